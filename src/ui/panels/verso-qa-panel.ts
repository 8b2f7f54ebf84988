import { LitElement, css, html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import type { Finding, Severity } from '../../core/qa/types.ts';
import { isMessageKey, messageKey } from '../../i18n/keys.ts';
import { Localize } from '../../i18n/localize.ts';
import { StoreController } from '../../state/controllers/store-controller.ts';
import { SegmentRequestedEvent, ShowDialogEvent } from '../shared/events.ts';
import { controls } from '../shared/styles.ts';

const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

/** Findings listed per group before "show more" (a 20,000-segment document can have thousands). */
const PAGE = 200;

/**
 * The QA panel: findings of the whole document grouped by check, filtered by severity and check; each
 * finding jumps to its segment, can be fixed in one click (when the check suggests a fix) or ignored;
 * "Fix all" applies every suggestion of a check as one undoable step, except those that may change
 * meaning, which "Preview fixes" lists first (issue 11 item 5). A name finding goes to the word list in
 * one click; checks that could not run are said once (issue 11 item 7).
 *
 * @fires verso-show-dialog
 * @fires verso-segment-requested
 */
@customElement('verso-qa-panel')
export class VersoQaPanel extends LitElement {
  static override styles = [
    controls,
    css`
      :host {
        display: flex;
        flex-direction: column;
        min-height: 0;
        border-left: 1px solid var(--verso-border);
        background: var(--verso-bg);
      }
      header {
        display: flex;
        flex-wrap: wrap;
        gap: 0.4rem;
        align-items: center;
        padding: 0.5rem 0.75rem;
        border-bottom: 1px solid var(--verso-border);
      }
      h2 {
        font-size: 1rem;
        margin: 0 auto 0 0;
      }
      .list {
        overflow: auto;
        flex: 1;
        padding: 0 0.75rem 1rem;
      }
      h3 {
        font-size: 0.9rem;
        margin: 0.75rem 0 0.25rem;
        display: flex;
        gap: 0.5rem;
        align-items: center;
      }
      h3 span {
        margin-right: auto;
      }
      ul {
        list-style: none;
        margin: 0;
        padding: 0;
      }
      li {
        border-left: 4px solid var(--verso-border);
        padding: 0.3rem 0.5rem;
        margin: 0.25rem 0;
        background: var(--verso-surface);
        border-radius: var(--verso-radius);
        font-size: 0.9rem;
      }
      li.error {
        border-left-color: var(--verso-danger);
      }
      li.warning {
        border-left-color: var(--verso-warn);
      }
      .row {
        display: flex;
        gap: 0.35rem;
        align-items: center;
        flex-wrap: wrap;
      }
      .row button {
        padding: 0.1rem 0.45rem;
        font-size: 0.85rem;
      }
      q {
        font-family: var(--verso-font-mono);
        font-size: 0.85em;
        white-space: pre-wrap;
      }
      .sev {
        font-size: 0.75rem;
        text-transform: uppercase;
        letter-spacing: 0.04em;
      }
      .empty {
        color: var(--verso-muted);
      }
    `,
  ];

  private readonly l = new Localize(this);

  private readonly s: StoreController = new StoreController(this, (state): unknown[] => [
    state.qa.findings,
    state.qa.running,
    state.project?.qa,
    this.s.store.view.numbers,
  ]);

  /** Findings to show (ignored ones left out), in document order. */
  private get findings(): readonly Finding[] {
    return this.s.store.qa.visible(this.s.value.qa.findings);
  }

  private get running(): boolean {
    return this.s.value.qa.running;
  }

  @state() private severity: Severity | 'all' = 'all';
  @state() private rule = 'all';
  @state() private shown = new Map<string, number>();

  /** The project this panel last saw (a project opened while it is shown is checked too). */
  #project: string | undefined;

  protected override updated(): void {
    // Opening the panel starts the first check (side-panels.ts, onShow); a project opened while the
    // panel stays open — a file opened, a project switched — is checked the same way, not left blank.
    const { project, qa } = this.s.store.state;
    if (!project || project.id === this.#project) return;
    this.#project = project.id;
    if (qa.ranAt === null && !qa.running) void this.s.store.qa.runAll();
  }

  override render() {
    const t = this.l.t;
    const findings = this.findings;
    const rules = [...new Set(findings.map((f) => f.rule))].sort();
    const visible = findings.filter(
      (f) =>
        (this.severity === 'all' || f.severity === this.severity) &&
        (this.rule === 'all' || f.rule === this.rule),
    );
    const groups = new Map<string, Finding[]>();
    // Worst first: groups ordered by their most severe finding, then by size.
    const rank = (list: readonly Finding[]) =>
      list.reduce((worst, f) => Math.min(worst, SEVERITIES.indexOf(f.severity)), SEVERITIES.length);
    for (const f of visible) {
      const list = groups.get(f.rule);
      if (list) list.push(f);
      else groups.set(f.rule, [f]);
    }
    const ordered = [...groups].sort(([, a], [, b]) => rank(a) - rank(b) || b.length - a.length);
    const counts = SEVERITIES.map((s) => findings.filter((f) => f.severity === s).length);
    return html`
      <header>
        <h2 id="qa-title">${t('qa.panel.title')}</h2>
        <button
          type="button"
          ?disabled=${this.running}
          @click=${() => void this.s.store.qa.runAll()}
        >
          ${this.running ? t('qa.panel.running') : t('qa.panel.run')}
        </button>
        <span role="status"
          >${t('qa.panel.counts', { errors: counts[0], warnings: counts[1], infos: counts[2] })}</span
        >
        <label>
          ${t('qa.panel.severity')}
          <select @change=${(e: Event) => (this.severity = value(e) as Severity | 'all')}>
            <option value="all">${t('qa.panel.allSeverities')}</option>
            ${SEVERITIES.map((s) => html`<option value=${s}>${t(`qa.severity.${s}`)}</option>`)}
          </select>
        </label>
        <label>
          ${t('qa.panel.check')}
          <select @change=${(e: Event) => (this.rule = value(e))}>
            <option value="all">${t('qa.panel.allChecks')}</option>
            ${rules.map((r) => html`<option value=${r}>${this.ruleName(r)}</option>`)}
          </select>
        </label>
      </header>
      <div class="list" role="region" aria-labelledby="qa-title">
        ${this.renderSkipped()}
        ${visible.length === 0 ? html`<p class="empty">${t('qa.panel.none')}</p>` : nothing}
        ${ordered.map(([rule, list]) => this.renderGroup(rule, list))}
      </div>
    `;
  }

  private renderGroup(rule: string, list: readonly Finding[]) {
    const t = this.l.t;
    const limit = this.shown.get(rule) ?? PAGE;
    const fixable = list.filter((f) => f.suggestion !== undefined && !f.needsPreview).length;
    const toPreview = list.filter((f) => f.suggestion !== undefined && f.needsPreview).length;
    return html`<section aria-label=${this.ruleName(rule)}>
      <h3>
        <span>${this.ruleName(rule)} (${list.length})</span>
        ${
          fixable > 0
            ? html`<button
                type="button"
                aria-label=${t('qa.panel.fixAllLabel', { check: this.ruleName(rule), count: fixable })}
                @click=${() => void this.s.store.qa.fixRule(rule)}
              >
                ${t('qa.panel.fixAll')}
              </button>`
            : nothing
        }
        ${
          toPreview > 0
            ? html`<button
                type="button"
                aria-label=${t('qa.panel.previewFixesLabel', {
                  check: this.ruleName(rule),
                  count: toPreview,
                })}
                @click=${() => this.dispatchEvent(new ShowDialogEvent('fixPreview', { rule }))}
              >
                ${t('qa.panel.previewFixes')}
              </button>`
            : nothing
        }
      </h3>
      <ul>
        ${list.slice(0, limit).map((f) => this.renderFinding(f))}
      </ul>
      ${
        list.length > limit
          ? html`<button
              type="button"
              @click=${() => (this.shown = new Map(this.shown).set(rule, limit + PAGE))}
            >
              ${t('qa.panel.more', { count: list.length - limit })}
            </button>`
          : nothing
      }
    </section>`;
  }

  private renderFinding(f: Finding) {
    const t = this.l.t;
    const n = this.s.store.view.numbers.get(f.segmentId) ?? 0;
    const qa = this.s.store.qa;
    return html`<li class=${f.severity}>
      <div class="row">
        <span class="sev">${t(`qa.severity.${f.severity}`)}</span>
        <button
          type="button"
          aria-label=${t('find.goToSegment', { n })}
          @click=${() => this.dispatchEvent(new SegmentRequestedEvent(f.segmentId))}
        >
          ${n}
        </button>
        <span>${t(messageKey(f.message.key, 'qa.panel.unknown'), f.message.params)}</span>
      </div>
      <div class="row">
        ${f.text ? html`<q>${excerpt(f.text)}</q>` : nothing}
        ${
          f.suggestion !== undefined
            ? html`→ <q>${f.suggestion}</q>
                <button
                  type="button"
                  aria-label=${t('qa.panel.fixLabel', { n, text: f.text, suggestion: f.suggestion })}
                  @click=${() => void qa.fix(f)}
                >
                  ${t('qa.panel.fix')}
                </button>`
            : nothing
        }
        ${
          f.rule === 'name'
            ? html`<button
                type="button"
                aria-label=${t('qa.panel.addWordLabel', { word: f.text })}
                @click=${() => void qa.addWord(f.text)}
              >
                ${t('qa.panel.addWord')}
              </button>`
            : nothing
        }
        <button
          type="button"
          aria-label=${t('qa.panel.ignoreLabel', { n, text: f.text })}
          @click=${() => void qa.ignore(f, this.s.store.sync.name || t('comments.you'))}
        >
          ${t('qa.panel.ignore')}
        </button>
      </div>
    </li>`;
  }

  /** Checks that could not run (spelling on a target without a dictionary), said once. */
  private renderSkipped() {
    const skipped = this.s.store.qa.skippedChecks();
    if (skipped.length === 0) return nothing;
    return skipped.map(
      (m) =>
        html`<p class="empty">${this.l.t(messageKey(m.key, 'qa.panel.unknown'), m.params)}</p>`,
    );
  }

  private ruleName(rule: string): string {
    const key = `qa.rule.${rule}`;
    return isMessageKey(key) ? this.l.t(key) : rule;
  }
}

/** Long flagged texts (a whole duplicated paragraph) are shortened in the list. */
function excerpt(text: string): string {
  return text.length > 90 ? `${text.slice(0, 87)}…` : text;
}

function value(e: Event): string {
  return (e.target as HTMLSelectElement).value;
}

declare global {
  interface HTMLElementTagNameMap {
    'verso-qa-panel': VersoQaPanel;
  }
}
