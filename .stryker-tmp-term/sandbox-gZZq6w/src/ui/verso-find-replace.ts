// @ts-nocheck
import { css, html, nothing } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import type { DiffOp } from '../core/text/diff.ts';
import { VersoInputError } from '../core/model/errors.ts';
import { findHits, type FindHit, type FindOptions } from '../core/review/find-replace.ts';
import type { Segment } from '../core/model/model.ts';
import { DialogElement } from './dialog-element.ts';
import { HitActivatedEvent, ReplaceRequestedEvent } from './events.ts';
import { controls } from './styles/shared.ts';
import './verso-diff-view.ts';

/** Characters of context shown on each side of a hit in the preview. */
const CONTEXT = 48;
/** Hits listed in the preview; beyond that they are counted (and replaced) but not listed. */
const MAX_LISTED = 1000;

/** Before/after of one hit, in context, as a diff. */
function hitPreview(text: string, hit: FindHit): DiffOp[] {
  const from = Math.max(0, hit.start - CONTEXT);
  const to = Math.min(text.length, hit.end + CONTEXT);
  const ops: DiffOp[] = [
    { kind: 'equal', text: (from > 0 ? '…' : '') + text.slice(from, hit.start) },
    { kind: 'delete', text: hit.match },
    { kind: 'insert', text: hit.replacement },
    { kind: 'equal', text: text.slice(hit.end, to) + (to < text.length ? '…' : '') },
  ];
  return ops.filter((op) => op.text.length > 0);
}

/**
 * Find and replace across the whole document, with a preview of every hit (before/after diff) in which
 * hits can be excluded one by one; "Replace all" replaces the included hits as one undoable step.
 *
 * @fires verso-replace-requested @fires verso-hit-activated
 */
@customElement('verso-find-replace')
export class VersoFindReplace extends DialogElement {
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

  @property({ attribute: false }) segments: readonly Segment[] = [];

  @state() private options: FindOptions = {
    find: '',
    replace: '',
    matchCase: false,
    wholeWord: false,
    regex: false,
  };
  @state() private hits: readonly FindHit[] = [];
  @state() private excluded: ReadonlySet<number> = new Set();
  @state() private error: VersoInputError | null = null;

  @query('#find') private findInput!: HTMLInputElement;

  /** Opens the dialog, optionally with text to find (e.g. the editor's selection). */
  override async show(find?: string): Promise<void> {
    if (find) this.options = { ...this.options, find };
    await super.show();
    this.findInput.select();
    this.search();
  }

  protected override willUpdate(changed: Map<string, unknown>): void {
    if (changed.has('segments') && this.dialog?.open) this.search();
  }

  override render() {
    const t = this.l.t;
    const o = this.options;
    const included = this.hits.length - this.excluded.size;
    const segmentCount = new Set(this.hits.map((h) => h.segmentId)).size;
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
          this.error
            ? html`<p class="error" role="alert">
                ${t(this.error.code as 'errors.invalidRegex', this.error.params)}
              </p>`
            : html`<p class="summary" role="status">
                ${
                  o.find
                    ? t('find.summary', {
                        count: this.hits.length,
                        segments: segmentCount,
                        included,
                      })
                    : ''
                }
              </p>`
        }
        ${this.hits.length > 0 ? this.renderHits() : nothing}
        <div class="dialog-actions">
          <button type="button" @click=${this.close}>${t('common.close')}</button>
          <button
            type="button"
            class="primary"
            ?disabled=${included === 0 || this.error !== null}
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
    const listed = this.hits.slice(0, MAX_LISTED);
    return html`
      <ol aria-label=${t('find.hits')}>
        ${listed.map((hit, i) => {
          const segment = this.segments[hit.segmentIndex];
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
              @click=${() => this.dispatchEvent(new HitActivatedEvent(hit.segmentId))}
            >
              ${hit.segmentIndex + 1}
            </button>
            <verso-diff-view .ops=${hitPreview(segment?.text ?? '', hit)}></verso-diff-view>
          </li>`;
        })}
      </ol>
      ${
        this.hits.length > MAX_LISTED
          ? html`<p class="summary">${t('find.more', { count: this.hits.length - MAX_LISTED })}</p>`
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
    this.error = null;
    if (!this.options.find) {
      this.hits = [];
      return;
    }
    try {
      this.hits = findHits(this.segments, this.options);
    } catch (error) {
      this.hits = [];
      if (error instanceof VersoInputError) this.error = error;
      else throw error;
    }
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
    const chosen = this.hits.filter((_, i) => !this.excluded.has(i));
    if (chosen.length === 0 || this.error) return;
    this.dispatchEvent(new ReplaceRequestedEvent(chosen));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'verso-find-replace': VersoFindReplace;
  }
}
