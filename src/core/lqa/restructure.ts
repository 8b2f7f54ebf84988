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

/** The text of a segment, by id. */
type Texts = ReadonlyMap<string, string>;

/**
 * The errors after any restructure that keeps the text (a merge, a split, sentence or paragraph rows),
 * told only the segment lists before and after: an error whose segment is still there with the same
 * text stays; otherwise its old text is looked for among the rows the restructure made or changed —
 * a row holding all of it (a merge: `mergeErrors`), else the run of consecutive rows its text was cut
 * into (a split: `splitErrors`). An error whose text is found nowhere is returned as it was.
 */
export function restructureErrors(
  errors: readonly LqaError[],
  before: readonly { readonly id: string; readonly text: string }[],
  after: readonly { readonly id: string; readonly text: string }[],
): LqaError[] {
  const old: Texts = new Map(before.map((s) => [s.id, s.text]));
  const now: Texts = new Map(after.map((s) => [s.id, s.text]));
  const moved = new Set(
    errors.filter((e) => old.has(e.segmentId) && now.get(e.segmentId) !== old.get(e.segmentId)),
  );
  if (moved.size === 0) return [...errors];
  // Rows the restructure made or changed: where moved text can have gone.
  const made = after.filter((s) => old.get(s.id) !== s.text);
  let result = [...errors];
  for (const segmentId of new Set([...moved].map((e) => e.segmentId))) {
    const text = old.get(segmentId) ?? '';
    const mine = (list: readonly LqaError[]) => list.filter((e) => e.segmentId === segmentId);
    const others = result.filter((e) => e.segmentId !== segmentId);
    const ours = mine(result);
    const holder = [...made]
      .sort((a, b) => Number(b.id === segmentId) - Number(a.id === segmentId))
      .find((s) => s.text.includes(text));
    if (holder) {
      const part = { id: segmentId, offset: holder.text.indexOf(text), length: text.length };
      result = [...others, ...mergeErrors(ours, [part], holder.id)];
      continue;
    }
    const pieces = piecesOf(text, segmentId, made);
    if (pieces.length > 0) result = [...others, ...splitErrors(ours, segmentId, pieces)];
  }
  // Keep the original order of the errors.
  const byId = new Map(result.map((e) => [e.id, e]));
  return errors.map((e) => byId.get(e.id) ?? e);
}

/**
 * The consecutive rows of `made` that `text` was cut into, with where each sits in `text`: starting
 * at the row keeping `segmentId` (else the first row found at the start of `text`).
 */
function piecesOf(
  text: string,
  segmentId: string,
  made: readonly { readonly id: string; readonly text: string }[],
): SegmentPiece[] {
  const startsAt = (s: { text: string }) => s.text.trim() !== '' && text.indexOf(s.text) >= 0;
  let i = made.findIndex((s) => s.id === segmentId && startsAt(s));
  if (i < 0) i = made.findIndex((s) => startsAt(s) && text.trimStart().startsWith(s.text.trim()));
  const pieces: SegmentPiece[] = [];
  let cursor = 0;
  for (; i >= 0 && i < made.length; i += 1) {
    const row = made[i];
    if (!row || row.text.trim() === '') break;
    const at = text.indexOf(row.text, cursor);
    if (at < 0) break;
    pieces.push({ id: row.id, start: at, end: at + row.text.length });
    cursor = at + row.text.length;
  }
  return pieces;
}
