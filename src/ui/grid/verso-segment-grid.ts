import '@lit-labs/virtualizer';
import type { LitVirtualizer } from '@lit-labs/virtualizer/LitVirtualizer.js';
import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, query } from 'lit/decorators.js';
import { Localize } from '../../i18n/localize.ts';
import { StoreController } from '../../state/controllers/store-controller.ts';
import type {
  SegmentConfirmedEvent,
  SegmentEditedEvent,
  SegmentNavigatedEvent,
  StatusChangedEvent,
} from '../shared/events.ts';
import { VersoSegmentRow } from './verso-segment-row.ts';

/**
 * The aligned segment list, and what its rows ask for: typing, statuses, Ctrl+Enter, Alt+↑/↓ go to the
 * store and move the focus here. Virtualized: only the rows near the viewport exist in the DOM, so a
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
    :host([compact]) .head {
      grid-template-columns: 2.4rem minmax(0, 1fr) minmax(0, 1fr) 8.5rem;
      padding: 0.2rem 0.5rem;
      gap: 0.4rem;
      font-size: 0.8rem;
      border-bottom-width: 1px;
    }
    :host([compact]) .head.bilingual {
      grid-template-columns: 2.4rem repeat(3, minmax(0, 1fr)) 8.5rem;
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

  /** Re-renders when the rows or their order change (the same `visible` array while one is typed in). */
  private readonly s: StoreController = new StoreController(this, (state): unknown[] => [
    state.segments,
    state.project,
    this.s.store.view.visible,
  ]);

  @property({ type: Boolean }) showDiff = true;
  /** Where rows show their diff (see VersoSegmentRow.diffPlacement). */
  @property() diffPlacement: 'inline' | 'below' = 'inline';
  /** Compact row density (issue 13 item 3). */
  @property({ type: Boolean, reflect: true }) compact = false;

  @query('lit-virtualizer') private virtualizer?: LitVirtualizer<number>;

  override connectedCallback(): void {
    super.connectedCallback();
    this.addEventListener('verso-segment-edited', this.onEdited);
    this.addEventListener('verso-segment-left', this.onLeft);
    this.addEventListener('verso-status-changed', this.onStatus);
    this.addEventListener('verso-segment-confirmed', (e) => void this.onConfirmed(e));
    this.addEventListener('verso-segment-navigated', this.onNavigated);
    this.addEventListener('focusin', this.onFocusIn);
  }

  /** Scrolls segment `index` (0-based, document order) into view without moving the focus. */
  showSegment(index: number): void {
    const position = this.s.store.view.visible.indexOf(index);
    if (position >= 0) this.virtualizer?.element(position)?.scrollIntoView({ block: 'center' });
  }

  /** Scrolls segment `index` (0-based, document order) into view and focuses its editor. */
  async focusSegment(index: number): Promise<boolean> {
    const position = this.s.store.view.visible.indexOf(index);
    if (position < 0 || !this.virtualizer) return false;
    const id = this.s.value.segments[index]?.id;
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
    const { segments, project } = this.s.value;
    // The items are the positions themselves: the same array while a keystroke changes one segment,
    // so the virtualizer re-renders its rows without laying out 20,000 items again (issue 6).
    const items = this.s.store.view.visible as number[];
    const sourceLang = project?.sourceLang ?? '';
    return html`
      <div class="head ${sourceLang ? 'bilingual' : ''}" aria-hidden="true">
        <span>#</span>${sourceLang ? html`<span>${t('grid.source')}</span>` : ''}<span
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
              .keyFunction=${(i: number) => segments[i]?.id ?? i}
              .renderItem=${(i: number) => this.renderRow(i)}
            ></lit-virtualizer>`
      }
    `;
  }

  private renderRow(i: number) {
    const { segments, project } = this.s.value;
    const segment = segments[i];
    return segment
      ? html`<verso-segment-row
          role="group"
          .segment=${segment}
          .number=${i + 1}
          .showDiff=${this.showDiff}
          .diffPlacement=${this.diffPlacement}
          ?compact=${this.compact}
          .targetLang=${project?.targetLang ?? 'en'}
          .sourceLang=${project?.sourceLang ?? ''}
        ></verso-segment-row>`
      : nothing;
  }

  private readonly onEdited = (e: SegmentEditedEvent): void =>
    this.s.store.editText(e.segmentId, e.text);

  private readonly onLeft = (): void => void this.s.store.flush();

  private readonly onStatus = (e: StatusChangedEvent): void =>
    void this.s.store.setStatus(e.segmentId, e.status);

  /** Ctrl+Enter: reviewed, then on to the next segment to review; Ctrl+Shift+Enter stays. */
  private readonly onConfirmed = async (e: SegmentConfirmedEvent): Promise<void> => {
    const store = this.s.store;
    await store.setStatus(e.segmentId, 'reviewed');
    if (!e.advance) return;
    const next = store.view.nextToReview(e.segmentId);
    if (next >= 0) await this.focusSegment(next);
  };

  /** The row that takes the focus makes its segment the current one (side panels follow it). */
  private readonly onFocusIn = (e: FocusEvent): void => {
    const row = e.composedPath().find((n): n is VersoSegmentRow => n instanceof VersoSegmentRow);
    if (row) this.s.store.setCurrent(row.segment.id);
  };

  /** Alt+↑/↓: the previous or next row shown. */
  private readonly onNavigated = (e: SegmentNavigatedEvent): void => {
    const target = this.s.store.view.neighbour(e.segmentId, e.step);
    if (target !== undefined) void this.focusSegment(target);
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'verso-segment-grid': VersoSegmentGrid;
  }
}
