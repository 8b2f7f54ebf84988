import { LitElement, css, html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import type { DiffOp } from '../../core/text/diff.ts';
import type { TmMatch } from '../../core/tm/lookup.ts';
import type { RecognizedTerm } from '../../core/tm/recognize-terms.ts';
import { Localize } from '../../i18n/localize.ts';
import { StoreController } from '../../state/controllers/store-controller.ts';
import { saveDownload } from '../shared/download.ts';
import { ShowDialogEvent } from '../shared/events.ts';
import { controls } from '../shared/styles.ts';

/**
 * The translation-memory panel (issue 16, items 2 and 4): the matches of the current segment, ranked,
 * with their percentage (100 % and 101 % context matches marked), the difference between the stored
 * and the current source (or MT) and a button per match (Ctrl+1…9 does the same); the glossary terms
 * that occur in the segment with their preferred target; the memory's scope, TMX import and export.
 * Follows `store.state.current`.
 *
 * @fires verso-show-dialog - the concordance dialog
 */
@customElement('verso-tm-panel')
export class VersoTmPanel extends LitElement {
  static override styles = [
    controls,
    css`
      :host {
        display: block;
        overflow: auto;
        padding: 0.5rem 0.75rem;
        border-left: 1px solid var(--verso-border);
        background: var(--verso-bg, #fff);
        font-size: 0.9rem;
      }
      h2 {
        font-size: 1rem;
        margin: 0.25rem 0 0.5rem;
      }
      h3 {
        font-size: 0.9rem;
        margin: 0.75rem 0 0.25rem;
      }
      ol,
      ul {
        list-style: none;
        margin: 0;
        padding: 0;
      }
      li {
        border-left: 4px solid var(--verso-border);
        padding: 0.3rem 0.5rem;
        margin: 0.3rem 0;
        background: var(--verso-surface);
        border-radius: var(--verso-radius);
      }
      li.exact,
      li.context {
        border-left-color: var(--verso-ok);
      }
      .head {
        display: flex;
        gap: 0.4rem;
        align-items: center;
        flex-wrap: wrap;
      }
      .score {
        font-weight: 700;
      }
      .origin {
        color: var(--verso-muted);
        font-size: 0.8rem;
        flex: 1;
      }
      .stored,
      .target {
        margin: 0.2rem 0;
        white-space: pre-wrap;
      }
      .stored {
        color: var(--verso-muted);
      }
      del {
        color: var(--verso-danger);
      }
      ins {
        color: var(--verso-ok);
        text-decoration: underline;
      }
      .empty {
        color: var(--verso-muted);
      }
      .memory {
        display: flex;
        flex-wrap: wrap;
        gap: 0.4rem;
        align-items: center;
      }
      input[type='file'] {
        display: none;
      }
    `,
  ];

  private readonly l = new Localize(this);
  private readonly s = new StoreController(this, (st) => [st.current, st.project, st.segments]);

  @state() private found: readonly TmMatch[] | null = null;
  @state() private terms: readonly RecognizedTerm[] = [];
  #asked = '';
  #unsubscribe: (() => void) | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    // A store here or in another tab, or an import batch: look the current segment up again.
    this.#unsubscribe = this.s.store.tm.onChange(() => {
      this.#asked = '';
      this.requestUpdate();
    });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#unsubscribe?.();
  }

  protected override willUpdate(): void {
    const { current, segments } = this.s.value;
    const segment = current ? segments.find((x) => x.id === current) : undefined;
    const key = segment ? `${segment.id}\u0000${segment.source ?? ''}\u0000${segment.mt}` : '';
    if (key === this.#asked) return;
    this.#asked = key;
    this.found = null;
    this.terms = [];
    if (!segment) return;
    const tm = this.s.store.tm;
    void Promise.all([tm.matches(segment.id), tm.recognizedTerms(segment)]).then(
      ([matches, terms]) => {
        if (this.#asked !== key) return;
        this.found = matches;
        this.terms = terms;
      },
      () => (this.found = []),
    );
  }

  override render() {
    const t = this.l.t;
    const current = this.s.value.current;
    return html`
      <h2>${t('tm.panel.title')}</h2>
      <button type="button" @click=${this.openConcordance}>${t('tm.panel.concordance')}</button>
      <h3>${t('tm.panel.matches')}</h3>
      ${
        !current
          ? html`<p class="empty">${t('tm.panel.noSegment')}</p>`
          : this.found === null
            ? html`<p class="empty" role="status">${t('tm.panel.loading')}</p>`
            : this.found.length === 0
              ? html`<p class="empty">${t('tm.panel.none')}</p>`
              : html`<ol aria-label=${t('tm.panel.matches')}>
                  ${this.found.map((m, i) => this.renderMatch(m, i + 1))}
                </ol>`
      }
      ${current ? this.renderTerms() : nothing} ${this.renderMemory()}
    `;
  }

  private renderMatch(m: TmMatch, n: number) {
    const t = this.l.t;
    const label =
      m.kind === 'context'
        ? t('tm.panel.context')
        : m.kind === 'exact'
          ? t('tm.panel.exact')
          : t('tm.panel.fuzzy', { score: m.score });
    const date = new Date(m.unit.changedAt).toLocaleDateString(this.l.language);
    return html`<li class=${m.kind} aria-label=${`${n}. ${label}`}>
      <div class="head">
        <span class="score">${label}</span>
        <span class="origin"
          >${t('tm.panel.origin', { project: m.unit.projectName ?? '—', date })}</span
        >
        <button
          type="button"
          aria-label=${t('tm.panel.insertLabel', { n })}
          @click=${() => void this.insert(n)}
        >
          ${t('tm.panel.insert', { n })}
        </button>
      </div>
      ${m.by === 'mt' ? html`<div class="empty">${t('tm.panel.byMt')}</div>` : nothing}
      <div class="stored" title=${t('tm.panel.stored')}>${diffView(m.diff)}</div>
      <div class="target" lang=${m.unit.targetLang}>${m.target}</div>
    </li>`;
  }

  private renderTerms() {
    const t = this.l.t;
    return html`<h3>${t('tm.panel.terms')}</h3>
      ${
        this.terms.length === 0
          ? html`<p class="empty">${t('tm.panel.noTerms')}</p>`
          : html`<ul>
              ${this.terms.map(
                (term) =>
                  html`<li>
                    <b>${term.text}</b> → ${term.preferred}
                    ${term.form === 'forbidden' ? html`<em>(${t('tm.panel.forbidden')})</em>` : nothing}
                  </li>`,
              )}
            </ul>`
      }`;
  }

  private renderMemory() {
    const t = this.l.t;
    const tm = this.s.store.tm;
    return html`<h3>${t('tm.memory.title')}</h3>
      <div class="memory">
        <label>
          ${t('tm.memory.scope')}
          <select @change=${this.onScope}>
            <option value="shared" ?selected=${tm.scope === 'shared'}>
              ${t('tm.memory.scopeShared')}
            </option>
            <option value="project" ?selected=${tm.scope === 'project'}>
              ${t('tm.memory.scopeProject')}
            </option>
          </select>
        </label>
        <button type="button" @click=${this.pickTmx}>${t('tm.memory.import')}</button>
        <input
          type="file"
          accept=".tmx,.xml"
          aria-label=${t('tm.memory.importLabel')}
          tabindex="-1"
          @change=${this.onTmx}
        />
        <button type="button" @click=${this.exportTmx}>${t('tm.memory.export')}</button>
      </div>
      ${this.renderImport()}`;
  }

  /** The TMX import under way: a progress bar and a button to stop it. */
  private renderImport() {
    const t = this.l.t;
    const progress = this.s.store.tm.importing;
    if (!progress) return nothing;
    const label = t('tm.memory.importing', { file: progress.file });
    return html`<div class="memory">
      <label
        >${label}
        <progress max=${progress.total || 1} value=${progress.done}></progress>
      </label>
      <span role="status"
        >${
          progress.total
            ? t('tm.memory.progress', { done: progress.done, total: progress.total })
            : t('tm.memory.reading')
        }</span
      >
      <button type="button" @click=${() => this.s.store.tm.cancelImport()}>
        ${t('tm.memory.cancelImport')}
      </button>
    </div>`;
  }

  /** Inserts match `n` into the current segment (the button; Ctrl+N in the app). */
  private async insert(n: number): Promise<void> {
    const current = this.s.value.current;
    if (current) await this.s.store.tm.insertMatch(current, n);
  }

  private readonly openConcordance = (): void => {
    const selection = document.getSelection()?.toString().trim() ?? '';
    this.dispatchEvent(
      new ShowDialogEvent('concordance', { text: selection.length < 200 ? selection : '' }),
    );
  };

  private readonly onScope = (e: Event): void => {
    const value = (e.target as HTMLSelectElement).value;
    this.s.store.tm.setScope(value === 'project' ? 'project' : 'shared');
    this.#asked = '';
    this.requestUpdate();
  };

  private readonly pickTmx = (): void => {
    this.renderRoot.querySelector<HTMLInputElement>('input[type=file]')?.click();
  };

  private readonly onTmx = async (e: Event): Promise<void> => {
    const input = e.target as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    await this.s.store.tm.importTmx(new Uint8Array(await file.arrayBuffer()), file.name);
    this.#asked = '';
    this.requestUpdate();
  };

  private readonly exportTmx = async (): Promise<void> => {
    const download = await this.s.store.tm.exportTmx();
    if (download) saveDownload(download);
  };
}

/** A stored → current diff: deletions struck, insertions underlined (GUIDE part 4). */
function diffView(ops: readonly DiffOp[]) {
  return ops.map((op) =>
    op.kind === 'equal'
      ? op.text
      : op.kind === 'delete'
        ? html`<del>${op.text}</del>`
        : html`<ins>${op.text}</ins>`,
  );
}

declare global {
  interface HTMLElementTagNameMap {
    'verso-tm-panel': VersoTmPanel;
  }
}
