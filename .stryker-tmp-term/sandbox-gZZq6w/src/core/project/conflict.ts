/**
 * Writes based on a stale view of a segment (issue 6: two tabs on one project). Every save says what it
 * believes is stored (`ExpectedState`); the repository compares inside its transaction and refuses the
 * whole write when another tab changed a segment since, so a stale text never silently wins.
 */
// @ts-nocheck

import { VersoInputError } from '../model/errors.ts';
import type { SegmentStatus } from '../model/model.ts';

/** A segment's stored text and status, as the writer last saw it (or as it is stored now). */
export interface StoredState {
  readonly text: string;
  readonly status: SegmentStatus;
}

/** Segment id → the state a write expects to replace. Segments not listed are not checked. */
export type ExpectedState = ReadonlyMap<string, StoredState>;

/** A segment stored differently from what a write expected, with what is stored now. */
export interface StaleSegment extends StoredState {
  readonly segmentId: string;
  /** Revisions stored for it (import included), when the refusing repository knows. */
  readonly revisionCount?: number;
}

/** A write refused because other writers changed segments it was based on; nothing was stored. */
export class StaleWriteError extends VersoInputError {
  constructor(
    readonly stale: readonly StaleSegment[],
    /** Segments the write expected that are no longer stored (another tab merged or split them). */
    readonly gone: readonly string[] = [],
  ) {
    const count = stale.length + gone.length;
    super(
      'errors.staleWrite',
      { count },
      `${count} segment(s) changed elsewhere (another tab) since this write was made; nothing was stored.`,
    );
    this.name = 'StaleWriteError';
  }
}

/**
 * Throws `StaleWriteError` listing every segment of `stored` whose text or status differs from what
 * `expected` says, and every expected segment `stored` no longer has. `stored` yields the segments
 * as they are in storage now (all of the project's, or at least those `expected` lists).
 */
export function checkExpected(
  stored: Iterable<StoredState & { readonly id: string; readonly revisionCount?: number }>,
  expected: ExpectedState | undefined,
): void {
  if (!expected || expected.size === 0) return;
  const stale: StaleSegment[] = [];
  const seen = new Set<string>();
  for (const segment of stored) {
    const want = expected.get(segment.id);
    if (!want) continue;
    seen.add(segment.id);
    if (want.text !== segment.text || want.status !== segment.status) {
      const { id: segmentId, text, status, revisionCount } = segment;
      stale.push({
        segmentId,
        text,
        status,
        ...(revisionCount === undefined ? {} : { revisionCount }),
      });
    }
  }
  const gone = [...expected.keys()].filter((id) => !seen.has(id));
  if (stale.length > 0 || gone.length > 0) throw new StaleWriteError(stale, gone);
}
