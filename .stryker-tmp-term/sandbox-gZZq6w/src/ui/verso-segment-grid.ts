// @ts-nocheck
import '@lit-labs/virtualizer';
import type { LitVirtualizer } from '@lit-labs/virtualizer/LitVirtualizer.js';
import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, query } from 'lit/decorators.js';
import type { Segment } from '../core/model/model.ts';
import { Localize } from '../i18n/localize.ts';
import './verso-segment-row.ts';
import type { VersoSegmentRow } from './verso-segment-row.ts';

/**
 * The aligned segment list. Virtualized: only the rows near the viewport exist in the DOM, so a
 * 20,000-segment document costs a screenful of rows.
 */
@customElement('verso-segment-grid')
export class VersoSegmentGrid extends LitElement {
  static override styles = css`
    :host {
      display: flex;
      flex-direction: column;
      min-height: 0;
    }
    .head.bilingual {
      grid-template-columns: 3.2rem repeat(3, minmax(0, 1fr)) 12rem;
    }
    .head {
      display: grid;
      grid-template-columns: 3.2rem minmax(0, 1fr) minmax(0, 1fr) 12rem;
      gap: var(--verso-gap);
      padding: 0.4rem 0.75rem;
      border-bottom: 2px solid var(--verso-border);
      font-weight: 600;
      color: var(--verso-muted);
      font-size: 0.9rem;
    }
    lit-virtualizer {
      flex: 1 1 auto;
      min-height: 0;
      overflow: auto;
      contain: strict;
    }
    .empty {
      padding: 2rem;
      color: var(--verso-muted);
    }
  `;

  private readonly l = new Localize(this);

  /** All segments of the document, in order. */
  @property({ attribute: false }) segments: readonly Segment[] = [];
  /** Positions (0-based) of the segments to show. */
  @property({ attribute: false }) visible: readonly number[] = [];
  @property({ type: Boolean }) showDiff = true;
  @property() targetLang = 'en';
  /** '' for a project without a source text (two columns instead of three). */
  @property() sourceLang = '';

  @query('lit-virtualizer') private virtualizer?: LitVirtualizer<number>;

  /** Scrolls segment `index` (0-based, document order) into view and focuses its editor. */
  async focusSegment(index: number): Promise<boolean> {
    const position = this.visible.indexOf(index);
    if (position < 0 || !this.virtualizer) return false;
    const id = this.segments[index]?.id;
    this.virtualizer.element(position)?.scrollIntoView({ block: 'center' });
    for (let frame = 0; frame < 30; frame += 1) {
      const row = this.renderRoot.querySelector<VersoSegmentRow>(
        `verso-segment-row[data-segment-id="${id}"]`,
      );
      if (row) {
        await row.updateComplete;
        row.focusEditor();
        return true;
      }
      await new Promise((resolve) => requestAnimationFrame(resolve));
    }
    return false;
  }

  override render() {
    const t = this.l.t;
    // The items are the positions themselves: the same array while a keystroke changes one segment,
    // so the virtualizer re-renders its rows without laying out 20,000 items again (issue 6).
    const items = this.visible as number[];
    return html`
      <div class="head ${this.sourceLang ? 'bilingual' : ''}" aria-hidden="true">
        <span>#</span>${this.sourceLang ? html`<span>${t('grid.source')}</span>` : ''}<span
          >${t('grid.mt')}</span
        ><span>${t('grid.correction')}</span><span>${t('grid.status')}</span>
      </div>
      ${
        items.length === 0
          ? html`<p class="empty" role="status">${t('grid.empty')}</p>`
          : html`<lit-virtualizer
              scroller
              role="region"
              aria-label=${t('grid.label')}
              .items=${items}
              .keyFunction=${(i: number) => this.segments[i]?.id ?? i}
              .renderItem=${(i: number) => this.renderRow(i)}
            ></lit-virtualizer>`
      }
    `;
  }

  private renderRow(i: number) {
    const segment = this.segments[i];
    return segment
      ? html`<verso-segment-row
          role="group"
          .segment=${segment}
          .number=${i + 1}
          .showDiff=${this.showDiff}
          .targetLang=${this.targetLang}
          .sourceLang=${this.sourceLang}
        ></verso-segment-row>`
      : nothing;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'verso-segment-grid': VersoSegmentGrid;
  }
}
