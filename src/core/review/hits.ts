/**
 * Find hits and applying them (issue 10: kept apart from the search engine, so the edits and QA flows that
 * apply hits do not load the regular-expression engine with the first page).
 */

/** One match in one segment, with the text that would replace it. Offsets are UTF-16 code units. */
export interface FindHit {
  readonly segmentId: string;
  /** 0-based position of the segment in the list searched. */
  readonly segmentIndex: number;
  readonly start: number;
  readonly end: number;
  readonly match: string;
  readonly replacement: string;
}

/**
 * Applies hits of one segment to its text, from the end so earlier offsets stay valid. Hits may come
 * in any order.
 *
 * @throws RangeError when hits overlap or no longer match the text (it changed since the search).
 */
export function applyHits(text: string, hits: readonly FindHit[]): string {
  const ordered = [...hits].sort((a, b) => b.start - a.start);
  let result = text;
  let limit = text.length;
  for (const hit of ordered) {
    if (hit.end > limit) throw new RangeError(`Overlapping hits at ${hit.start}–${hit.end}.`);
    if (text.slice(hit.start, hit.end) !== hit.match) {
      throw new RangeError(`Hit at ${hit.start}–${hit.end} no longer matches "${hit.match}".`);
    }
    result = result.slice(0, hit.start) + hit.replacement + result.slice(hit.end);
    limit = hit.start;
  }
  return result;
}

/**
 * Groups hits (or anything else of a segment, such as QA findings) by segment id, segments in order of
 * first hit, hits in their given order.
 */
export function groupHitsBySegment<T extends { readonly segmentId: string }>(
  hits: readonly T[],
): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const hit of hits) {
    const group = groups.get(hit.segmentId);
    if (group) group.push(hit);
    else groups.set(hit.segmentId, [hit]);
  }
  return groups;
}
