/**
 * One page of a segment's history, newest first (issue 12 item 3: a segment with 10,000 revisions froze
 * History, which loaded and described them all at once). Storage reads `limit + 1` stored revisions
 * older than the page key and this module turns them into the page, so the IndexedDB and in-memory
 * repositories page alike.
 */
import type { Revision } from '../model/model.ts';

/** Revisions History loads at a time. */
export const REVISION_PAGE_SIZE = 50;

/** Which page to read: the newest (`before` absent) or those older than revision `before`. */
export interface RevisionPageQuery {
  /** Id of the oldest revision already shown; the page holds older ones. */
  readonly before?: number;
  /** At most this many revisions (default REVISION_PAGE_SIZE). */
  readonly limit?: number;
}

/** A page of revisions, newest first. */
export interface RevisionPage {
  readonly revisions: readonly Revision[];
  /** The revision just older than the page's oldest (its diff is against it), if any. */
  readonly previous: Revision | undefined;
  /** The key of the next (older) page, or `null` when the page ends with the import revision. */
  readonly next: number | null;
  /** Revisions the segment has in all, the implicit import revision included. */
  readonly total: number;
}

/** The page size of `query`, at least 1. */
export function pageLimit(query: RevisionPageQuery): number {
  return Math.max(1, Math.floor(query.limit ?? REVISION_PAGE_SIZE));
}

/**
 * The page from `older`: stored revisions older than the page key, newest first (at least
 * `limit + 1` of them when there are that many), then the import revision that precedes them all.
 */
export function revisionPage(
  older: readonly Revision[],
  imported: Revision,
  limit: number,
  total: number,
): RevisionPage {
  const sequence = older.length > limit ? older.slice(0, limit + 1) : [...older, imported];
  const revisions = sequence.slice(0, limit);
  const more = sequence.length > limit;
  return {
    revisions,
    previous: sequence[limit],
    next: more ? (revisions.at(-1)?.id ?? null) : null,
    total,
  };
}

/** The `limit + 1` newest of `stored` older than `before`, newest first (for in-memory storage). */
export function olderRevisions(
  stored: readonly Revision[],
  before: number | undefined,
  limit: number,
): Revision[] {
  const older = before === undefined ? [...stored] : stored.filter((r) => r.id < before);
  return older.sort((a, b) => b.id - a.id).slice(0, limit + 1);
}
