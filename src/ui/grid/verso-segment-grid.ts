import type { LitVirtualizer } from '@lit-labs/virtualizer/LitVirtualizer.js';
import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, query } from 'lit/decorators.js';
import { Localize } from '../../i18n/localize.ts';
import { StoreController } from '../../state/controllers/store-controller.ts';
import { noticeFor } from '../../state/notices.ts';
import type {
  SegmentConfirmedEvent,
  SegmentEditedEvent,
  SegmentNavigatedEvent,
  StatusChangedEvent,
} from '../shared/events.ts';
import type { Finding } from '../../core/qa/types.ts';
import { isLowConfidence } from '../../core/review/segment-filter.ts';
import type { EditorMarkChosenEvent } from './editor-marks.ts';
import type { JumpAwareFlowLayout } from './virtualizer.ts';
import { VersoSegmentRow } from './verso-segment-row.ts';

const NO_FINDINGS: readonly Finding[] = [];
/**
 * The virtualizer and its layout (its flow layout, without off-screen rows while the view jumps). Not
 * part of the first load (issue 13: initial JS ≤ 80 kB): asked for now, they load while the project
 * is read from IndexedDB, and the rows render once they are there.
 */
let layout: { readonly type: typeof JumpAwareFlowLayout } | undefined;
let layoutLoading: Promise<unknown> | undefined;
function loadLayout(): Promise<unknown> {
  layoutLoading ??= import('./virtualizer.ts').then(
    (m) => (layout = { type: m.JumpAwareFlowLayout }),
    (error: unknown) => {
      layoutLoading = undefined;
      throw error;
    },
  );
  return layoutLoading;
}
void loadLayout().catch(() => undefined);

/** Largest document whose first focused row starts the whole-document check by itself. */
const AUTO_CHECK_MAX_SEGMENTS = 2_000;
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
    state.sync?.access,
    this.s.store.view.visible,
    state.current,
    state.qa.findings,
  ]);

  /** The focused segment's findings the reviewer has not ignored (marked in its editor). */
  private currentFindings: { key: readonly unknown[]; findings: readonly Finding[] } = {
    key: [],
    findings: NO_FINDINGS,
  };

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
    // On the shadow root, not the host: focus moving from one row to another does not reach the host
    // (the DOM trims a focus event's path where target and relatedTarget retarget to the same node).
    this.renderRoot.addEventListener('focusin', this.onFocusIn as EventListener);
    this.addEventListener('verso-editor-mark-chosen', (e) => void this.onMarkChosen(e));
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
          : !layout
            ? this.#awaitLayout()
            : html`<lit-virtualizer
                scroller
                role="region"
                aria-label=${t('grid.label')}
                .layout=${layout}
                .items=${items}
                .keyFunction=${(i: number) => segments[i]?.id ?? i}
                .renderItem=${(i: number) => this.renderRow(i)}
              ></lit-virtualizer>`
      }
    `;
  }

  #layoutFailed = false;

  /**
   * Renders again once the layout has loaded. A failed load (offline before the app was cached) is
   * reported once and tried again at the next render.
   */
  #awaitLayout() {
    loadLayout().then(
      () => {
        this.#layoutFailed = false;
        this.requestUpdate();
      },
      (error: unknown) => {
        if (this.#layoutFailed) return;
        this.#layoutFailed = true;
        this.s.store.report(noticeFor(error));
      },
    );
    return nothing;
  }

  private renderRow(i: number) {
    const { segments, project } = this.s.value;
    const segment = segments[i];
    const sourceLang = project?.sourceLang ?? '';
    // The row's host attributes are bound here too, so they are set before the row is connected:
    // the row then finds them in place instead of writing them on a connected host (a style
    // invalidation for each of the ≈20 rows a frame makes while scrolling).
    return segment
      ? html`<verso-segment-row
          role="group"
          aria-label=${this.l.t('segment.label', { n: i + 1 })}
          data-status=${segment.status}
          data-segment-id=${segment.id}
          ?bilingual=${sourceLang !== ''}
          ?data-low=${isLowConfidence(segment)}
          .segment=${segment}
          .findings=${segment.id === this.s.value.current ? this.findingsOfCurrent() : NO_FINDINGS}
          .number=${i + 1}
          .showDiff=${this.showDiff}
          .diffPlacement=${this.diffPlacement}
          ?compact=${this.compact}
          .targetLang=${project?.targetLang ?? 'en'}
          .sourceLang=${sourceLang}
          .queueReasons=${this.s.store.view.queueReasons(segment.id)}
          .readOnly=${this.s.value.sync?.access === 'view'}
          .shared=${this.s.value.sync !== null}
        ></verso-segment-row>`
      : nothing;
  }

  private findingsOfCurrent(): readonly Finding[] {
    const { current, qa, project } = this.s.store.state;
    const key = [current, qa.findings, project];
    if (key.some((k, i) => k !== this.currentFindings.key[i])) {
      const mine = qa.findings.filter((f) => f.segmentId === current);
      this.currentFindings = {
        key,
        findings: mine.length > 0 ? this.s.store.qa.visible(mine) : NO_FINDINGS,
      };
    }
    return this.currentFindings.findings;
  }

  /** A choice in the menu of a mark in the editor: each is one undoable step or one setting. */
  private async onMarkChosen(e: EditorMarkChosenEvent): Promise<void> {
    const qa = this.s.store.qa;
    await this.s.store.flush();
    if (e.action === 'fix') await qa.fix(e.finding);
    else if (e.action === 'add-word') await qa.addWord(e.finding.text);
    else await qa.ignore(e.finding, this.s.store.sync.name || this.l.t('comments.you'));
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
    if (!row) return;
    this.s.store.setCurrent(row.segment.id);
    // The editor marks the focused segment's spelling and QA findings: check once, in the worker —
    // unless the document is large, where a whole-document run started by a click would slow typing
    // and scrolling (bench: 20,000 segments); there the reviewer starts it from the QA panel.
    const { qa, segments } = this.s.store.state;
    if (qa.ranAt === null && !qa.running && segments.length <= AUTO_CHECK_MAX_SEGMENTS)
      void this.s.store.qa.runAll();
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
