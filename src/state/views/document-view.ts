import type { Segment } from '../../core/model/model.ts';
import {
  filterSegments,
  isDone,
  passesFilter,
  type SegmentFilter,
} from '../../core/review/segment-filter.ts';

/** Review progress as the filter bar shows it. */
export interface Progress {
  readonly done: number;
  readonly total: number;
}

/** A filter without its ordering: what decides whether one segment is shown. */
type Criteria = Omit<SegmentFilter, 'order'>;

function sameCriteria(a: Criteria, b: Criteria): boolean {
  return (
    a.status === b.status &&
    a.edit === b.edit &&
    a.text === b.text &&
    Boolean(a.lowConfidence) === Boolean(b.lowConfidence) &&
    // Flag and error sets are rebuilt whenever what they hold changes: identity says enough.
    a.rework === b.rework &&
    a.errors?.ids === b.errors?.ids
  );
}

/**
 * What the container derives from the whole segment list — filtered positions, row numbers, review
 * progress — kept up to date incrementally (issue 6: a keystroke in a 20,000-segment document must not
 * cost work over the whole document). A keystroke replaces one segment object in an otherwise identical
 * list: `update` finds it by identity (a pointer comparison per segment, tens of microseconds for
 * 20,000), adjusts the counts, and keeps the `visible` array itself when the segment still passes the
 * filter as before, so the virtualized grid does not lay out again. Anything else (another list length,
 * another order of ids, another filter) is a full recomputation.
 */
export class DocumentView {
  #segments: readonly Segment[] = [];
  #criteria: Criteria | undefined;
  #passes = new Uint8Array(0);
  #visible: readonly number[] = [];
  #numbers: ReadonlyMap<string, number> = new Map();
  #done = 0;
  #total = 0;
  #aligned = 0;

  /** Positions (0-based, document order) of the segments the filter lets through. */
  get visible(): readonly number[] {
    return this.#visible;
  }

  /** Segment id → 1-based row number (a new map only when ids or their order change). */
  get numbers(): ReadonlyMap<string, number> {
    return this.#numbers;
  }

  /** Reviewed or approved segments, out of those not excluded. */
  get progress(): Progress {
    return { done: this.#done, total: this.#total };
  }

  /** True when some row comes from an automatic alignment link (it has a score). */
  get aligned(): boolean {
    return this.#aligned > 0;
  }

  /** 0-based position of segment `id`, or -1. */
  indexOf(id: string | undefined): number {
    return id === undefined ? -1 : (this.#numbers.get(id) ?? 0) - 1;
  }

  /** Brings every derived value up to date with `segments` filtered by `filter`. */
  update(segments: readonly Segment[], filter: SegmentFilter): void {
    const criteria = this.#criteria;
    if (segments === this.#segments && criteria && sameCriteria(criteria, filter)) return;
    const changed = criteria && sameCriteria(criteria, filter) ? this.#changed(segments) : null;
    if (changed === null) this.#recompute(segments, filter);
    else this.#patch(segments, changed);
    this.#segments = segments;
    this.#criteria = { ...filter };
  }

  /** Positions whose segment object changed, or null when the list's shape (length, ids) changed. */
  #changed(segments: readonly Segment[]): number[] | null {
    const before = this.#segments;
    if (segments.length !== before.length) return null;
    const changed: number[] = [];
    for (let i = 0; i < segments.length; i += 1) {
      if (segments[i] === before[i]) continue;
      if (segments[i]?.id !== before[i]?.id) return null;
      changed.push(i);
    }
    return changed;
  }

  #recompute(segments: readonly Segment[], filter: Criteria): void {
    const visible = filterSegments(segments, filter);
    this.#passes = new Uint8Array(segments.length);
    for (const i of visible) this.#passes[i] = 1;
    this.#visible = visible;
    this.#numbers = new Map(segments.map((s, i) => [s.id, i + 1]));
    this.#done = 0;
    this.#total = 0;
    this.#aligned = 0;
    for (const s of segments) this.#count(s, 1);
  }

  #patch(segments: readonly Segment[], changed: readonly number[]): void {
    const criteria = this.#criteria;
    if (!criteria) return;
    let membershipChanged = false;
    for (const i of changed) {
      const old = this.#segments[i];
      const now = segments[i];
      if (!old || !now) continue;
      this.#count(old, -1);
      this.#count(now, 1);
      const passes = passesFilter(now, criteria) ? 1 : 0;
      if (passes !== this.#passes[i]) {
        this.#passes[i] = passes;
        membershipChanged = true;
      }
    }
    if (!membershipChanged) return;
    const visible: number[] = [];
    for (let i = 0; i < this.#passes.length; i += 1) if (this.#passes[i]) visible.push(i);
    this.#visible = visible;
  }

  #count(s: Segment, sign: 1 | -1): void {
    if (s.alignScore !== undefined) this.#aligned += sign;
    if (s.status === 'excluded') return;
    this.#total += sign;
    if (isDone(s.status)) this.#done += sign;
  }
}
