/**
 * Errors when segments are split or merged (alignment repairs, sentence mode, split at the cursor):
 * an error stays on its text, in the segment that now holds it. Pure: the state layer applies the
 * result in the same undoable step as the restructure.
 */
import type { LqaError } from './error.ts';

/** A piece of a split segment: its id, and the part of the old text it holds (`[start, end)`). */
export interface SegmentPiece {
  readonly id: string;
  readonly start: number;
  readonly end: number;
}

/**
 * The errors after segment `segmentId` was split into `pieces` (in text order, the first usually
 * keeping the old id): each error goes to the piece its span starts in, its span shifted to that
 * piece's text and cut at its end; a point between two pieces stays with the earlier one; an error on
 * the whole segment goes to the first piece, whole. Other errors are returned as they were.
 */
export function splitErrors(
  errors: readonly LqaError[],
  segmentId: string,
  pieces: readonly SegmentPiece[],
): LqaError[] {
  const first = pieces[0];
  if (!first) return [...errors];
  return errors.map((error) => {
    if (error.segmentId !== segmentId) return error;
    if (!error.span) return { ...error, segmentId: first.id };
    const { start, end } = error.span;
    const piece =
      pieces.find(
        (p) => start >= p.start && (start < p.end || (start === end && start === p.end)),
      ) ??
      [...pieces].reverse().find((p) => p.start <= start) ??
      first;
    const at = (offset: number) => Math.min(Math.max(offset, piece.start), piece.end) - piece.start;
    return { ...error, segmentId: piece.id, span: { start: at(start), end: at(end) } };
  });
}

/** A segment merged into another: its id, and where its text starts in the merged text. */
export interface MergedPart {
  readonly id: string;
  readonly offset: number;
  /** The length of its text (an error on the whole part becomes a span over it). */
  readonly length: number;
}

/**
 * The errors after `parts` were merged into segment `into`: each part's errors move to `into`, their
 * spans shifted by the part's offset; an error on a whole part becomes one on that part's text. Other
 * errors are returned as they were.
 */
export function mergeErrors(
  errors: readonly LqaError[],
  parts: readonly MergedPart[],
  into: string,
): LqaError[] {
  const byId = new Map(parts.map((p) => [p.id, p]));
  return errors.map((error) => {
    const part = byId.get(error.segmentId);
    if (!part) return error;
    const span = error.span
      ? { start: error.span.start + part.offset, end: error.span.end + part.offset }
      : { start: part.offset, end: part.offset + part.length };
    return { ...error, segmentId: into, span };
  });
}
