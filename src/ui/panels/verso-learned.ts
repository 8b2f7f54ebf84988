import { LitElement, css, html, nothing } from 'lit';
import { customElement, query, state } from 'lit/decorators.js';
import type { LearnedHit } from '../../core/review/learned-fixes.ts';
import { Localize } from '../../i18n/localize.ts';
import { StoreController } from '../../state/controllers/store-controller.ts';
import { controls } from '../shared/styles.ts';
import '../shared/verso-diff-view.ts';

/**
 * The offer of a fix learned from the reviewer's last correction: a bar saying where else the same
 * phrase is, and a preview of every hit (each can be left out) to apply as one undoable step,
 * optionally kept as a term rule.
 */
@customElement('verso-learned')
export class VersoLearned extends LitElement {
  static override styles = [
    controls,
    css`
      .bar {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5rem;
        align-items: center;
        padding: 0.45rem 0.75rem;
        background: var(--verso-highlight-bg);
        border-bottom: 1px solid var(--verso-border);
      }
      .bar p {
        margin: 0;
        flex: 1;
      }
      dialog {
        width: min(50rem, 94vw);
      }
      ol {
        list-style: none;
        padding: 0;
        max-height: 50vh;
        overflow: auto;
      }
      li {
        display: grid;
        grid-template-columns: auto auto 1fr;
        gap: 0.5rem;
        align-items: start;
        padding: 0.3rem 0;
        border-bottom: 1px solid var(--verso-border);
      }
      .ctx {
        color: var(--verso-muted);
      }
      verso-diff-view {
        display: inline;
      }
    `,
  ];

  private readonly l = new Localize(this);

  private readonly s = new StoreController(this, (state) => [state.qa.learned]);

  @state() private excluded: ReadonlySet<number> = new Set();
  @state() private keepAsRule = false;
  @query('dialog') private dialog!: HTMLDialogElement;

  override render() {
    const offer = this.s.value.qa.learned;
    if (!offer) return nothing;
    const t = this.l.t;
    const { fix, hits } = offer;
    const chosen = hits.length - this.excluded.size;
    return html`
      <div class="bar" role="status">
        <p>
          ${t('learned.offer', {
            removed: fix.removed,
            inserted: fix.inserted,
            count: offer.segments,
          })}
        </p>
        <button type="button" class="primary" @click=${this.review}>${t('learned.review')}</button>
        <button type="button" @click=${() => this.s.store.qa.dismissLearned()}>
          ${t('learned.dismiss')}
        </button>
      </div>
      <dialog aria-labelledby="title">
        <h2 id="title">${t('learned.title', { find: fix.find, replace: fix.replace })}</h2>
        <ol aria-label=${t('find.hits')}>
          ${hits.map((hit, i) => this.renderHit(hit, i))}
        </ol>
        <label>
          <input
            type="checkbox"
            .checked=${this.keepAsRule}
            @change=${(e: Event) => (this.keepAsRule = (e.target as HTMLInputElement).checked)}
          />
          ${t('learned.keepAsRule')}
        </label>
        <div class="dialog-actions">
          <button type="button" @click=${() => this.dialog.close()}>${t('common.cancel')}</button>
          <button type="button" class="primary" ?disabled=${chosen === 0} @click=${this.apply}>
            ${t('learned.apply', { count: chosen })}
          </button>
        </div>
      </dialog>
    `;
  }

  private renderHit(hit: LearnedHit, i: number) {
    const t = this.l.t;
    const n = this.s.store.view.numbers.get(hit.segmentId) ?? hit.segmentIndex + 1;
    return html`<li>
      <input
        type="checkbox"
        aria-label=${t('find.includeHit', { n: i + 1, segment: n })}
        .checked=${!this.excluded.has(i)}
        @change=${() => this.toggle(i)}
      />
      <span>${n}</span>
      <span
        ><span class="ctx">${hit.contextBefore}</span
        ><verso-diff-view .ops=${hit.diff}></verso-diff-view
        ><span class="ctx">${hit.contextAfter}</span></span
      >
    </li>`;
  }

  /** Opens the preview; hits the evidence does not support start unticked (issue 11 item 6). */
  private review(): void {
    const hits = this.s.value.qa.learned?.hits ?? [];
    this.excluded = new Set(hits.flatMap((hit, i) => (hit.preselected ? [] : [i])));
    this.dialog.showModal();
  }

  private toggle(i: number): void {
    const next = new Set(this.excluded);
    if (next.has(i)) next.delete(i);
    else next.add(i);
    this.excluded = next;
  }

  private apply(): void {
    const hits = (this.s.value.qa.learned?.hits ?? []).filter((_, i) => !this.excluded.has(i));
    this.dialog.close();
    void this.s.store.qa.applyLearned(hits, this.keepAsRule);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'verso-learned': VersoLearned;
  }
}
