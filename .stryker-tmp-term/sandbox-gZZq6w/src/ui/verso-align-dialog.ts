// @ts-nocheck
import { css, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { DialogElement } from './dialog-element.ts';
import { AlignActionEvent } from './events.ts';
import { controls } from './styles/shared.ts';

/**
 * Alignment repair for one row: merge, split at the cursor, move up or down — for the source, for the
 * MT (with its correction) or for the whole row. Every action is one undoable step.
 *
 * @fires verso-align-action
 */
@customElement('verso-align-dialog')
export class VersoAlignDialog extends DialogElement {
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

  @property() segmentId = '';
  /** 1-based row number. */
  @property({ type: Number }) number = 0;
  /** Caret offsets remembered in the source and in the correction (null: never placed). */
  @property({ attribute: false }) carets: {
    readonly source: number | null;
    readonly target: number | null;
  } = { source: null, target: null };

  override render() {
    const t = this.l.t;
    const n = this.number;
    const act =
      (action: AlignActionEvent['action'], side: AlignActionEvent['side'], offset = 0) =>
      () => {
        this.close();
        this.dispatchEvent(new AlignActionEvent(this.segmentId, action, side, offset));
      };
    const side = (which: 'source' | 'target') => {
      const caret = this.carets[which];
      const label = (key: string) => t(`align.${which}${key}Label` as 'align.sourceUpLabel', { n });
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
}

declare global {
  interface HTMLElementTagNameMap {
    'verso-align-dialog': VersoAlignDialog;
  }
}
