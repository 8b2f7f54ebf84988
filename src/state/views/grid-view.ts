/**
 * What the grid shows (issue 10: derived data lives in state, not in elements): the filter, the
 * positions it lets through in document order or as the review queue (riskiest first), row numbers and
 * review progress — recomputed only when what they depend on changed.
 */
import type { Segment } from '../../core/model/model.ts';
import type { Finding } from '../../core/qa/index.ts';
import { sortByRisk, type RiskReasons } from '../../core/review/risk.ts';
import { NO_FILTER, nextToReview, type SegmentFilter } from '../../core/review/segment-filter.ts';
import type { Session } from '../session/session.ts';
import { DocumentView, type Progress } from './document-view.ts';

/** Findings the reviewer has not ignored, grouped by segment (see QaFlow). */
export interface FindingSource {
  visible(findings: readonly Finding[]): Finding[];
  bySegment(findings: readonly Finding[]): Map<string, Finding[]>;
  /** Starts a whole-document check unless one ran or is running (the queue ranks by findings). */
  ensureChecked(): void;
}

export class GridView {
  /** Filtered positions, row numbers and progress, updated incrementally (issue 6). */
  readonly #document = new DocumentView();
  #risk:
    | {
        segments: unknown;
        visible: unknown;
        findings: unknown;
        order: readonly number[];
        reasons: ReadonlyMap<string, RiskReasons>;
      }
    | undefined;

  constructor(
    private readonly session: Session,
    private readonly qa: FindingSource,
  ) {}

  get filter(): SegmentFilter {
    return this.session.state.filter;
  }

  /**
   * Sets the filter. The review queue ranks by QA findings, so turning it on starts a check of the
   * whole document when none has run in this page (issue 11 item 8: without it the queue ranked by
   * length and untouched text alone).
   */
  setFilter(filter: SegmentFilter): void {
    if (filter.order === 'risk') this.qa.ensureChecked();
    this.session.update({ filter });
  }

  /**
   * Positions shown, in order. In document order they come from the incremental view: a keystroke does
   * not build a new array, so the virtualized grid does not lay out again.
   */
  get visible(): readonly number[] {
    const { segments, qa, filter } = this.session.state;
    const visible = this.#view(segments).visible;
    if (filter.order !== 'risk') return visible;
    const cache = this.#risk;
    if (cache?.segments === segments && cache.visible === visible && cache.findings === qa.findings)
      return cache.order;
    // The review queue: worst first, by QA findings, untouched text and doubtful alignment.
    const shown = new Set(visible);
    const bySegment = this.qa.bySegment(this.qa.visible(qa.findings));
    const ranked = sortByRisk(segments, bySegment).filter((r) => shown.has(r.index));
    const order = ranked.map((r) => r.index);
    const reasons = new Map(ranked.map((r) => [r.segment.id, r.reasons]));
    this.#risk = { segments, visible, findings: qa.findings, order, reasons };
    return order;
  }

  /**
   * Why segment `id` is where it is in the review queue (its findings by check, untouched MT, a
   * doubtful link; issue 11 item 8), for its row to say; undefined when the grid is not in queue order
   * or the segment is not queued (excluded, filtered out).
   */
  queueReasons(id: string): RiskReasons | undefined {
    if (this.session.state.filter.order !== 'risk') return undefined;
    void this.visible; // brings the queue up to date
    return this.#risk?.reasons.get(id);
  }

  /** Segment id → 1-based row number (a new map only when rows move). */
  get numbers(): ReadonlyMap<string, number> {
    return this.#view().numbers;
  }

  /** Reviewed or approved segments, out of those not excluded. */
  get progress(): Progress {
    return this.#view().progress;
  }

  /** True when some row comes from an automatic alignment link. */
  get aligned(): boolean {
    return this.#view().aligned;
  }

  /** 0-based position of segment `id`, or -1. */
  indexOf(id: string | undefined): number {
    return this.#view().indexOf(id);
  }

  /** Position of the shown segment `step` rows before or after segment `id`, if there is one. */
  neighbour(id: string, step: -1 | 1): number | undefined {
    const visible = this.visible;
    return visible[visible.indexOf(this.indexOf(id)) + step];
  }

  /** Position of the next segment to review after segment `id` (Ctrl+Enter), or -1. */
  nextToReview(id: string): number {
    return nextToReview(this.session.state.segments, this.indexOf(id));
  }

  /** Makes segment `id` visible (dropping the filter if it hides it); returns its position. */
  reveal(id: string): number {
    const index = this.indexOf(id);
    if (!this.visible.includes(index)) this.setFilter(NO_FILTER);
    return index;
  }

  #view(segments: readonly Segment[] = this.session.state.segments): DocumentView {
    this.#document.update(segments, this.session.state.filter);
    return this.#document;
  }
}
