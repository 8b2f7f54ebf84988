import { css, html, nothing } from 'lit';
import { customElement, query, state } from 'lit/decorators.js';
import type { FindOptions } from '../../core/review/find-replace.ts';
import { StoreController } from '../../state/controllers/store-controller.ts';
import { MAX_LISTED, type FindResult } from '../../state/views/find-view.ts';
import { DialogElement } from './dialog-element.ts';
import { SegmentRequestedEvent } from '../shared/events.ts';
import { controls } from '../shared/styles.ts';
import '../shared/verso-diff-view.ts';

/**
 * Find and replace across the whole document, with a preview of every hit (before/after diff) in which
 * hits can be excluded one by one; "Replace all" replaces the included hits as one undoable step.
 * The search runs in the store (state/views/find-view.ts) and again whenever the document changes.
 *
 * @fires verso-segment-requested
 */
@customElement('verso-find-replace')
export class VersoFindReplace extends DialogElement<{ selection: string }> {
  static override styles = [
    controls,
    css`
      dialog {
        width: min(52rem, 94vw);
      }
      .fields {
        display: grid;
        grid-template-columns: auto 1fr;
        gap: 0.5rem 0.75rem;
        align-items: center;
      }
      .options {
        display: flex;
        flex-wrap: wrap;
        gap: 1rem;
        margin: 0.75rem 0;
      }
      .summary {
        color: var(--verso-muted);
        margin: 0.5rem 0;
      }
      .error {
        color: var(--verso-danger);
      }
      ol {
        list-style: none;
        margin: 0;
        padding: 0;
        max-height: 45vh;
        overflow: auto;
        border: 1px solid var(--verso-border);
        border-radius: var(--verso-radius);
      }
      li {
        display: grid;
        grid-template-columns: auto auto 1fr;
        gap: 0.5rem;
        padding: 0.35rem 0.5rem;
        border-bottom: 1px solid var(--verso-border);
        align-items: start;
      }
      li.excluded verso-diff-view {
        opacity: 0.45;
      }
      .seg {
        font-size: 0.85rem;
        padding: 0.1rem 0.4rem;
      }
    `,
  ];

  private readonly s = new StoreController(this, (state) => [state.segments]);

  @state() private options: FindOptions = {
    find: '',
    replace: '',
    matchCase: false,
    wholeWord: false,
    regex: false,
  };
  @state() private result: FindResult = { hits: [], previews: [], segments: 0, error: null };
  @state() private excluded: ReadonlySet<number> = new Set();
  #searched: unknown;

  @query('#find') private findInput!: HTMLInputElement;

  /** Opens the dialog, with text to find when the editor had a (short) selection. */
  override async open({ selection }: { selection: string }): Promise<void> {
    if (selection) this.options = { ...this.options, find: selection };
    await super.open({ selection });
    this.findInput.select();
    this.search();
  }

  protected override willUpdate(): void {
    // The document changed while the dialog is open (a replace, typing elsewhere): search again.
    if (this.isOpen && this.#searched !== this.s.value.segments) this.search();
  }

  override render() {
    const t = this.l.t;
    const o = this.options;
    const { hits, error, segments: segmentCount } = this.result;
    const included = hits.length - this.excluded.size;
    return html`
      <dialog aria-labelledby="title">
        <h2 id="title">${t('find.title')}</h2>
        <div class="fields">
          <label for="find">${t('find.find')}</label>
          <input
            id="find"
            type="text"
            .value=${o.find}
            @input=${(e: Event) => this.set({ find: (e.target as HTMLInputElement).value })}
            @keydown=${this.onKeydown}
          />
          <label for="replace">${t('find.replace')}</label>
          <input
            id="replace"
            type="text"
            .value=${o.replace}
            @input=${(e: Event) => this.set({ replace: (e.target as HTMLInputElement).value })}
            @keydown=${this.onKeydown}
          />
        </div>
        <div class="options">
          ${this.checkbox('matchCase', t('find.matchCase'))}
          ${this.checkbox('wholeWord', t('find.wholeWord'))}
          ${this.checkbox('regex', t('find.regex'))}
        </div>
        ${
          error
            ? html`<p class="error" role="alert">${t(error.key, error.params)}</p>`
            : html`<p class="summary" role="status">
                ${
                  o.find
                    ? t('find.summary', {
                        count: hits.length,
                        segments: segmentCount,
                        included,
                      })
                    : ''
                }
              </p>`
        }
        ${hits.length > 0 ? this.renderHits() : nothing}
        <div class="dialog-actions">
          <button type="button" @click=${this.close}>${t('common.close')}</button>
          <button
            type="button"
            class="primary"
            ?disabled=${included === 0 || error !== null}
            @click=${this.replaceAll}
          >
            ${t('find.replaceAll')}
          </button>
        </div>
      </dialog>
    `;
  }

  private renderHits() {
    const t = this.l.t;
    const { hits, previews } = this.result;
    const listed = hits.slice(0, MAX_LISTED);
    return html`
      <ol aria-label=${t('find.hits')}>
        ${listed.map((hit, i) => {
          const off = this.excluded.has(i);
          return html`<li class=${off ? 'excluded' : ''}>
            <input
              type="checkbox"
              aria-label=${t('find.includeHit', { n: i + 1, segment: hit.segmentIndex + 1 })}
              .checked=${!off}
              @change=${() => this.toggle(i)}
            />
            <button
              type="button"
              class="seg"
              aria-label=${t('find.goToSegment', { n: hit.segmentIndex + 1 })}
              @click=${() => this.dispatchEvent(new SegmentRequestedEvent(hit.segmentId))}
            >
              ${hit.segmentIndex + 1}
            </button>
            <verso-diff-view .ops=${previews[i] ?? []}></verso-diff-view>
          </li>`;
        })}
      </ol>
      ${
        hits.length > MAX_LISTED
          ? html`<p class="summary">${t('find.more', { count: hits.length - MAX_LISTED })}</p>`
          : nothing
      }
    `;
  }

  private checkbox(key: 'matchCase' | 'wholeWord' | 'regex', label: string) {
    return html`<label>
      <input
        type="checkbox"
        .checked=${this.options[key]}
        @change=${(e: Event) => this.set({ [key]: (e.target as HTMLInputElement).checked })}
      />
      ${label}
    </label>`;
  }

  private set(patch: Partial<FindOptions>): void {
    this.options = { ...this.options, ...patch };
    this.search();
  }

  private search(): void {
    this.excluded = new Set();
    this.#searched = this.s.value.segments;
    this.result = this.s.store.search(this.options);
  }

  private toggle(i: number): void {
    const next = new Set(this.excluded);
    if (next.has(i)) next.delete(i);
    else next.add(i);
    this.excluded = next;
  }

  private onKeydown(e: KeyboardEvent): void {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      this.replaceAll();
    }
  }

  private replaceAll(): void {
    const chosen = this.result.hits.filter((_, i) => !this.excluded.has(i));
    if (chosen.length === 0 || this.result.error) return;
    void this.s.store.replace(chosen);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'verso-find-replace': VersoFindReplace;
  }
}
