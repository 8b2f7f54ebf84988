import { css, html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import type { ConcordanceField, ConcordanceResult, TextSpan } from '../../core/tm/concordance.ts';
import { StoreController } from '../../state/controllers/store-controller.ts';
import { controls } from '../shared/styles.ts';
import { DialogElement } from './dialog-element.ts';

const FIELDS: readonly ConcordanceField[] = ['source', 'mt', 'target'];
/** Pause after the last keystroke before the memory is searched. */
const SEARCH_DELAY_MS = 200;

/**
 * Concordance (issue 16, item 3; Ctrl+K): searches the translation memory for a word or phrase in
 * sources, MTs or targets, hits highlighted, filtered by project and date; "Make a term rule" turns
 * a hit into a rule of the project's termbase (its target, or the selected part of it, preferred).
 */
@customElement('verso-concordance')
export class VersoConcordance extends DialogElement<{ readonly text: string }> {
  static override styles = [
    controls,
    css`
      dialog {
        width: min(52rem, 94vw);
      }
      .filters {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5rem 1rem;
        align-items: center;
        margin: 0.5rem 0;
      }
      ol {
        list-style: none;
        padding: 0;
        max-height: 55vh;
        overflow: auto;
      }
      li {
        border-bottom: 1px solid var(--verso-border);
        padding: 0.4rem 0;
      }
      .field {
        margin: 0.1rem 0;
      }
      .text {
        white-space: pre-wrap;
      }
      .field b {
        font-size: 0.75rem;
        color: var(--verso-muted);
        margin-right: 0.4rem;
      }
      mark {
        background: var(--verso-highlight, #ffe58a);
      }
      .origin {
        font-size: 0.8rem;
        color: var(--verso-muted);
      }
    `,
  ];

  private readonly s = new StoreController(this, (st) => [st.project]);

  @state() private text = '';
  @state() private fields = new Set<ConcordanceField>(FIELDS);
  @state() private project = '';
  @state() private from = '';
  @state() private to = '';
  @state() private result: ConcordanceResult | null = null;
  @state() private rule: { sourceTerm: string; preferred: string } | null = null;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #asked = 0;

  override async open(params: { readonly text: string }): Promise<void> {
    if (params.text) this.text = params.text;
    await super.open(params);
    this.renderRoot.querySelector<HTMLInputElement>('input[type=search]')?.select();
    this.search();
  }

  override render() {
    const t = this.l.t;
    const result = this.result;
    const projects = new Map<string, string>();
    for (const hit of result?.hits ?? [])
      if (hit.unit.projectId) projects.set(hit.unit.projectId, hit.unit.projectName ?? '');
    return html`<dialog aria-labelledby="title">
      <h2 id="title">${t('tm.concordance.title')}</h2>
      <input
        type="search"
        aria-label=${t('tm.concordance.search')}
        placeholder=${t('tm.concordance.search')}
        .value=${this.text}
        @input=${(e: Event) => this.typed((e.target as HTMLInputElement).value)}
      />
      <div class="filters">
        <span>${t('tm.concordance.fields')}</span>
        ${FIELDS.map(
          (f) =>
            html`<label
              ><input
                type="checkbox"
                .checked=${this.fields.has(f)}
                @change=${() => this.toggle(f)}
              />${t(`tm.concordance.${f}`)}</label
            >`,
        )}
        <label
          >${t('tm.concordance.project')}
          <select
            @change=${(e: Event) => this.set('project', (e.target as HTMLSelectElement).value)}
          >
            <option value="">${t('tm.concordance.allProjects')}</option>
            ${[...projects].map(
              ([id, name]) =>
                html`<option value=${id} ?selected=${this.project === id}>${name}</option>`,
            )}
          </select></label
        >
        <label
          >${t('tm.concordance.from')}
          <input
            type="date"
            .value=${this.from}
            @change=${(e: Event) => this.set('from', (e.target as HTMLInputElement).value)}
        /></label>
        <label
          >${t('tm.concordance.to')}
          <input
            type="date"
            .value=${this.to}
            @change=${(e: Event) => this.set('to', (e.target as HTMLInputElement).value)}
        /></label>
      </div>
      ${result === null ? nothing : this.renderHits(result)} ${this.renderRule()}
      <div class="dialog-actions">
        <button type="button" @click=${this.close}>${t('common.close')}</button>
      </div>
    </dialog>`;
  }

  private renderHits(result: ConcordanceResult) {
    const t = this.l.t;
    if (result.hits.length === 0) return html`<p role="status">${t('tm.concordance.none')}</p>`;
    return html`<p role="status">
        ${t('tm.concordance.count', { count: result.hits.length })}
        ${result.more ? t('tm.concordance.more') : ''}
      </p>
      <ol aria-label=${t('tm.concordance.title')}>
        ${result.hits.map(
          (hit) =>
            html`<li>
              ${FIELDS.map((f) => {
                const text = hit.unit[f];
                return text === undefined
                  ? nothing
                  : html`<div class="field">
                      <b>${t(`tm.concordance.${f}`)}</b
                      ><span class="text">${marked(text, hit.spans[f] ?? [])}</span>
                    </div>`;
              })}
              <div class="origin">
                ${hit.unit.projectName ?? ''}
                ${new Date(hit.unit.changedAt).toLocaleDateString(this.l.language)}
                <button
                  type="button"
                  @click=${() =>
                    (this.rule = { sourceTerm: this.text.trim(), preferred: hit.unit.target })}
                >
                  ${t('tm.concordance.makeRule')}
                </button>
              </div>
            </li>`,
        )}
      </ol>`;
  }

  private renderRule() {
    const rule = this.rule;
    if (!rule) return nothing;
    const t = this.l.t;
    return html`<form @submit=${this.addRule}>
      <label
        >${t('tm.concordance.preferred')}
        <input
          .value=${rule.preferred}
          @input=${(e: Event) =>
            (this.rule = { ...rule, preferred: (e.target as HTMLInputElement).value })}
      /></label>
      <button type="submit">${t('tm.concordance.addRule')}</button>
    </form>`;
  }

  private readonly addRule = async (e: Event): Promise<void> => {
    e.preventDefault();
    const rule = this.rule;
    if (!rule || !rule.preferred.trim()) return;
    await this.s.store.tm.addTermRule({
      preferred: rule.preferred,
      ...(rule.sourceTerm ? { sourceTerm: rule.sourceTerm } : {}),
    });
    this.s.store.report({
      kind: 'info',
      key: 'tm.concordance.ruleAdded',
      params: { source: rule.sourceTerm, preferred: rule.preferred.trim() },
    });
    this.rule = null;
  };

  private typed(text: string): void {
    this.text = text;
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => this.search(), SEARCH_DELAY_MS);
  }

  private toggle(field: ConcordanceField): void {
    const next = new Set(this.fields);
    if (next.has(field)) next.delete(field);
    else next.add(field);
    this.fields = next;
    this.search();
  }

  private set(key: 'project' | 'from' | 'to', value: string): void {
    this[key] = value;
    this.search();
  }

  private search(): void {
    const text = this.text.trim();
    const asked = ++this.#asked;
    if (!text) {
      this.result = null;
      return;
    }
    const day = (value: string, end: boolean) =>
      value ? Date.parse(`${value}T${end ? '23:59:59.999' : '00:00:00'}`) : undefined;
    const from = day(this.from, false);
    const to = day(this.to, true);
    void this.s.store.tm
      .concordance({
        text,
        fields: FIELDS.filter((f) => this.fields.has(f)),
        ...(this.project ? { projects: [this.project] } : {}),
        ...(from === undefined ? {} : { from }),
        ...(to === undefined ? {} : { to }),
      })
      .then((result) => {
        if (asked === this.#asked) this.result = result;
      });
  }
}

/** `text` with `spans` marked. */
function marked(text: string, spans: readonly TextSpan[]) {
  const parts = [];
  let at = 0;
  for (const span of spans) {
    parts.push(text.slice(at, span.start), html`<mark>${text.slice(span.start, span.end)}</mark>`);
    at = span.end;
  }
  parts.push(text.slice(at));
  return parts;
}

declare global {
  interface HTMLElementTagNameMap {
    'verso-concordance': VersoConcordance;
  }
}
