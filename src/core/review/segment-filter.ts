import type { Segment, SegmentStatus } from '../model/model.ts';

/** What the grid shows: by status, by whether the correction differs from the MT, by text. */
export interface SegmentFilter {
  readonly status: SegmentStatus | 'all';
  readonly edit: 'all' | 'edited' | 'unedited';
  /** Case-insensitive substring of the source, MT or correction; empty = no text filter. */
  readonly text: string;
  /** Only rows whose automatic source↔MT link is below {@link LOW_CONFIDENCE}. */
  readonly lowConfidence?: boolean;
  /**
   * Only segments flagged "needs rework" (issue 15): the ids of the flagged segments, as
   * `reworkSegmentIds` (lqa/rework.ts) gives them.
   */
  readonly rework?: ReadonlySet<string>;
  /**
   * Only segments with logged errors (issue 15), of one severity or of any: the severity chosen and
   * the ids of the segments holding such errors, as `errorSegmentIds` (lqa/error-filter.ts) gives them.
   */
  readonly errors?: ErrorFilter;
  /** Document order, or the review queue: riskiest first (issue 4). */
  readonly order?: 'document' | 'risk';
}

/** The logged-errors filter: a severity id or `any`, and the segments it lets through. */
export interface ErrorFilter {
  readonly severity: string;
  readonly ids: ReadonlySet<string>;
}

export const NO_FILTER: SegmentFilter = { status: 'all', edit: 'all', text: '' };

/** Links scored below this are shown as doubtful and can be filtered (issue 3). */
export const LOW_CONFIDENCE = 0.5;

/** True when the row came from an automatic link the aligner was not sure of. */
export function isLowConfidence(segment: Pick<Segment, 'alignScore'>): boolean {
  return segment.alignScore !== undefined && segment.alignScore < LOW_CONFIDENCE;
}

/** Positions (0-based, document order) of the segments that pass the filter. */
export function filterSegments(segments: readonly Segment[], filter: SegmentFilter): number[] {
  const needle = filter.text.trim().toLocaleLowerCase();
  const out: number[] = [];
  segments.forEach((segment, index) => {
    if (passesFilter(segment, filter, needle)) out.push(index);
  });
  return out;
}

/**
 * Whether one segment passes `filter`; `needle` is its text, trimmed and lower-cased (callers that
 * test many segments prepare it once).
 */
export function passesFilter(
  segment: Segment,
  filter: Omit<SegmentFilter, 'order'>,
  needle = filter.text.trim().toLocaleLowerCase(),
): boolean {
  if (filter.status !== 'all' && segment.status !== filter.status) return false;
  const edited = segment.text !== segment.mt;
  if (filter.edit === 'edited' && !edited) return false;
  if (filter.edit === 'unedited' && edited) return false;
  if (filter.lowConfidence && !isLowConfidence(segment)) return false;
  if (filter.rework && !filter.rework.has(segment.id)) return false;
  if (filter.errors && !filter.errors.ids.has(segment.id)) return false;
  return (
    !needle ||
    segment.text.toLocaleLowerCase().includes(needle) ||
    segment.mt.toLocaleLowerCase().includes(needle) ||
    (segment.source ?? '').toLocaleLowerCase().includes(needle)
  );
}

/** Reviewed or approved: counts as done in the review progress. */
export function isDone(status: SegmentStatus): boolean {
  return status === 'reviewed' || status === 'approved';
}

/** Review progress: segments reviewed or approved, out of those that belong in the edition. */
export function reviewProgress(segments: readonly Segment[]): { done: number; total: number } {
  let done = 0;
  let total = 0;
  for (const segment of segments) {
    if (segment.status === 'excluded') continue;
    total += 1;
    if (isDone(segment.status)) done += 1;
  }
  return { done, total };
}

/** Statuses that count as "still to review" for Ctrl+Enter's jump to the next segment. */
export function needsReview(status: SegmentStatus): boolean {
  return status === 'new' || status === 'edited' || status === 'rejected';
}

/** Index of the next segment after `from` that still needs review, wrapping around; -1 if none. */
export function nextToReview(segments: readonly Segment[], from: number): number {
  const n = segments.length;
  for (let step = 1; step <= n; step += 1) {
    const i = (from + step) % n;
    const segment = segments[i];
    if (segment && needsReview(segment.status)) return i;
  }
  return -1;
}
