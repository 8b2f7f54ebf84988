import { css, html } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import type { AlignAction, Side } from '../../core/align/realign.ts';
import { StoreController } from '../../state/controllers/store-controller.ts';
import { DialogElement } from './dialog-element.ts';
import { SegmentRequestedEvent, type SegmentCarets } from '../shared/events.ts';
import { controls } from '../shared/styles.ts';

/**
 * Alignment repair for one row: merge, split at the cursor, move up or down — for the source, for the
 * MT (with its correction) or for the whole row. Every action is one undoable step; the focus then
 * goes back to the row.
 *
 * @fires verso-segment-requested
 */
@customElement('verso-align-dialog')
export class VersoAlignDialog extends DialogElement<{ segmentId: string; carets: SegmentCarets }> {
  static override styles = [
    controls,
    css`
      dialog {
        width: min(40rem, 94vw);
      }
      section {
        margin-bottom: 0.75rem;
      }
      h3 {
        font-size: 0.95rem;
        margin: 0 0 0.35rem;
      }
      .buttons {
        display: flex;
        flex-wrap: wrap;
        gap: 0.4rem;
      }
      .hint {
        color: var(--verso-muted);
        font-size: 0.85rem;
      }
    `,
  ];

  private readonly s = new StoreController(this, (state) => [state.segments]);
  @state() private segmentId = '';
  /** Caret offsets remembered in the source and in the correction (null: never placed). */
  @state() private carets: SegmentCarets = { source: null, target: null };

  override async open(params: { segmentId: string; carets: SegmentCarets }): Promise<void> {
    this.segmentId = params.segmentId;
    this.carets = params.carets;
    await super.open(params);
  }

  override render() {
    const t = this.l.t;
    const n = this.s.store.view.indexOf(this.segmentId) + 1;
    const act =
      (action: AlignAction, side: Side, offset = 0) =>
      () => {
        this.close();
        void this.apply(action, side, offset);
      };
    const side = (which: 'source' | 'target') => {
      const caret = this.carets[which];
      const label = (key: 'Merge' | 'Split' | 'Down' | 'Up') =>
        t(`align.${which}${key}Label`, { n });
      return html`<section aria-labelledby="h-${which}">
        <h3 id="h-${which}">${t(`align.${which}`)}</h3>
        <div class="buttons">
          <button type="button" aria-label=${label('Merge')} @click=${act('merge-next', which)}>
            ${t('align.mergeNext')}
          </button>
          <button
            type="button"
            aria-label=${label('Split')}
            ?disabled=${caret === null}
            @click=${act('split', which, caret ?? 0)}
          >
            ${t('align.split')}
          </button>
          <button type="button" aria-label=${label('Down')} @click=${act('shift-down', which)}>
            ${t('align.shiftDown')}
          </button>
          <button
            type="button"
            aria-label=${label('Up')}
            ?disabled=${n <= 1}
            @click=${act('shift-up', which)}
          >
            ${t('align.shiftUp')}
          </button>
        </div>
        ${caret === null ? html`<p class="hint">${t('align.noCaret')}</p>` : ''}
      </section>`;
    };
    return html`
      <dialog aria-labelledby="title">
        <h2 id="title">${t('align.title', { n })}</h2>
        <section aria-labelledby="h-rows">
          <h3 id="h-rows">${t('align.rows')}</h3>
          <button type="button" class="primary" @click=${act('merge-rows', 'target')}>
            ${t('align.mergeRows')}
          </button>
        </section>
        ${side('source')} ${side('target')}
        <div class="dialog-actions">
          <button type="button" @click=${this.close}>${t('common.close')}</button>
        </div>
      </dialog>
    `;
  }

  /** Repairs the alignment at this row, then focuses the row that now stands there. */
  private async apply(action: AlignAction, side: Side, offset: number): Promise<void> {
    const store = this.s.store;
    const index = store.view.indexOf(this.segmentId);
    if (index < 0) return;
    const { applyAlignAction } = await import('../../core/align/realign.ts');
    await store.realign((segments, newId, now) =>
      applyAlignAction(segments, index, action, side, offset, newId, now),
    );
    const segments = store.state.segments;
    const focus = segments[Math.min(index, segments.length - 1)];
    if (focus) this.dispatchEvent(new SegmentRequestedEvent(focus.id));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'verso-align-dialog': VersoAlignDialog;
  }
}
