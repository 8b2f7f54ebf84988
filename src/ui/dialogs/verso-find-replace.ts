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
 * hits can be excluded one by one; "Replace all" replaces the included hits as one undoable step (also
 * Ctrl+Enter anywhere in the dialog). "Find next" walks the hits (the grid shows each behind the
 * dialog) and "Replace" replaces the current one. The search runs in the store (the expression engine
 * loads with the first search), again whenever the document changes; hits left out stay left out.
 *
 * @fires verso-segment-requested
 */
const NO_RESULT: FindResult = { hits: [], previews: [], keys: [], segments: 0, error: null };
/** Pause after the last key in a field before the document is searched again. */
const TYPING_PAUSE_MS = 120;

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
  @state() private result: FindResult = NO_RESULT;
  /** Keys (see FindResult.keys) of the hits the reviewer left out. */
  @state() private excluded: ReadonlySet<string> = new Set();
  /** The hit "Find next" reached, or -1. */
  @state() private current = -1;
  #searched: unknown;
  /** Counts searches, so an answer that arrives after a newer search is dropped. */
  #search = 0;
  /** The options the shown result was found with (typing changes them before the search runs). */
  #resultFor: FindOptions | undefined;
  #typing: ReturnType<typeof setTimeout> | undefined;

  @query('#find') private findInput!: HTMLInputElement;

  /** Opens the dialog, with text to find when the editor had a (short) selection. */
  override async open({ selection }: { selection: string }): Promise<void> {
    if (selection) this.options = { ...this.options, find: selection };
    await super.open({ selection });
    this.findInput.select();
    await this.search(false);
  }

  protected override willUpdate(): void {
    // The document changed while the dialog is open (a replace, typing elsewhere): search again,
    // keeping the hits the reviewer left out.
    if (this.isOpen && this.#searched !== this.s.value.segments) void this.search(true);
  }

  override render() {
    const t = this.l.t;
    const o = this.options;
    const { hits, error, segments: segmentCount } = this.result;
    const included = this.included().length;
    return html`
      <dialog aria-labelledby="title" @keydown=${this.onKeydown}>
        <h2 id="title">${t('find.title')}</h2>
        <div class="fields">
          <label for="find">${t('find.find')}</label>
          <input
            id="find"
            type="text"
            .value=${o.find}
            @input=${(e: Event) => this.type({ find: (e.target as HTMLInputElement).value })}
            @keydown=${this.onFindKey}
          />
          <label for="replace">${t('find.replace')}</label>
          <input
            id="replace"
            type="text"
            .value=${o.replace}
            @input=${(e: Event) => this.type({ replace: (e.target as HTMLInputElement).value })}
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
          <button type="button" ?disabled=${hits.length === 0} @click=${() => void this.findNext()}>
            ${t('find.next')}
          </button>
          <button
            type="button"
            ?disabled=${this.current < 0 || error !== null}
            @click=${() => void this.replaceCurrent()}
          >
            ${t('find.replaceOne')}
          </button>
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
    const { hits, previews, keys } = this.result;
    const listed = hits.slice(0, MAX_LISTED);
    return html`
      <ol aria-label=${t('find.hits')}>
        ${listed.map((hit, i) => {
          const off = this.excluded.has(keys[i] ?? '');
          return html`<li
            class=${off ? 'excluded' : ''}
            aria-current=${i === this.current ? 'true' : 'false'}
          >
            <input
              type="checkbox"
              aria-label=${t('find.includeHit', { n: i + 1, segment: hit.segmentIndex + 1 })}
              .checked=${!off}
              @change=${() => this.toggle(keys[i] ?? '')}
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
    void this.search(false);
  }

  /** Typing in a field: the search waits for a short pause (a large document takes a while). */
  private type(patch: Partial<FindOptions>): void {
    this.options = { ...this.options, ...patch };
    clearTimeout(this.#typing);
    this.#typing = setTimeout(() => void this.search(false), TYPING_PAUSE_MS);
  }

  /**
   * Searches the document. `keep`: the same search again over a changed document — the hits left out
   * stay left out and the current hit stays the current one where it can.
   */
  private async search(keep: boolean): Promise<void> {
    clearTimeout(this.#typing);
    const id = (this.#search += 1);
    this.#searched = this.s.value.segments;
    const options = this.options;
    const result = await this.s.store.search(options);
    if (id !== this.#search) return;
    // Only the replacement changed: the same hits, so the reviewer's choices and place stand.
    const sameHits = sameQuery(this.#resultFor, options);
    this.#resultFor = options;
    if (!keep && !sameHits) {
      this.excluded = new Set();
      this.current = -1;
    } else {
      const present = new Set(result.keys);
      this.excluded = new Set([...this.excluded].filter((k) => present.has(k)));
      this.current = Math.min(this.current, result.hits.length - 1);
    }
    this.result = result;
  }

  private toggle(key: string): void {
    const next = new Set(this.excluded);
    if (next.has(key)) next.delete(key);
    else next.add(key);
    this.excluded = next;
  }

  /** The hits not left out, in document order. */
  private included() {
    const { hits, keys } = this.result;
    return hits.filter((_, i) => !this.excluded.has(keys[i] ?? ''));
  }

  /** Ctrl+Enter, wherever the focus is in the dialog: replace all. */
  private onKeydown(e: KeyboardEvent): void {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      void this.replaceAll();
    }
  }

  /** Enter in the Find field: find next. */
  private onFindKey(e: KeyboardEvent): void {
    if (e.key !== 'Enter' || e.ctrlKey || e.metaKey) return;
    e.preventDefault();
    void this.search(true).then(() => this.findNext());
  }

  /** The next hit becomes the current one; the grid shows its segment behind the dialog. */
  private async findNext(): Promise<void> {
    // Clicked right after typing: the search of what was typed runs first (not after, which would
    // take the reached hit away again).
    if (this.#resultFor !== this.options) await this.search(false);
    const { hits } = this.result;
    if (hits.length === 0) return;
    this.current = (this.current + 1) % Math.min(hits.length, MAX_LISTED);
    const hit = hits[this.current];
    if (hit) this.dispatchEvent(new SegmentRequestedEvent(hit.segmentId, true));
    void this.updateComplete.then(() =>
      this.renderRoot
        .querySelector('li[aria-current="true"]')
        ?.scrollIntoView({ block: 'nearest' }),
    );
  }

  /** Replaces the current hit only (one undoable step); the next one becomes current. */
  private async replaceCurrent(): Promise<void> {
    const hit = this.result.hits[this.current];
    if (!hit || this.result.error) return;
    const at = this.current;
    await this.s.store.replace([hit]);
    await this.search(true);
    // The replaced hit is gone (unless the replacement matches again): the one after it is current.
    this.current = Math.min(at, this.result.hits.length - 1);
  }

  private async replaceAll(): Promise<void> {
    // Ctrl+Enter right after typing: the search of what was typed has not run yet; run it first.
    if (this.#resultFor !== this.options || this.#searched !== this.s.value.segments)
      await this.search(true);
    const chosen = this.included();
    if (chosen.length === 0 || this.result.error) return;
    await this.s.store.replace(chosen);
  }
}

/** Whether two searches find the same hits (they differ at most in the replacement). */
function sameQuery(o: FindOptions | undefined, b: FindOptions): boolean {
  return (
    o !== undefined &&
    o.find === b.find &&
    o.matchCase === b.matchCase &&
    o.wholeWord === b.wholeWord &&
    o.regex === b.regex
  );
}

declare global {
  interface HTMLElementTagNameMap {
    'verso-find-replace': VersoFindReplace;
  }
}
