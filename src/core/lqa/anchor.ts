/**
 * Keeping errors on their text while the reviewer goes on editing (issue 15, deliverable 2: "the span
 * moves with the text; if its text is deleted the error is kept and marked detached").
 *
 * The edit is the word diff of the old and new text (diff.ts: whole words, CJK by character), read as
 * hunks — a run of deleted and/or inserted text between kept text. A span's ends move with the kept
 * text around them; a hunk that touches the span belongs to it:
 *
 * - kept text: an end moves by what was inserted and deleted before it;
 * - a hunk inside the span, or overlapping one of its ends, is taken into the span (the reviewer
 *   corrected the very words the error is about: "Fourty" → "Forty" keeps the error on "Forty");
 * - a hunk that covers the whole span maps the span onto its new text, or detaches the error when
 *   it inserted nothing (the words were deleted);
 * - text typed right at an end stays outside (a word added after the error is not part of it);
 * - a point (an error on a deleted change, or a detached error) stays at the place it marks, before
 *   any text typed there.
 *
 * A span that had words and is left with no text but white space is detached too: its words are gone.
 */
import { wordDiff, type DiffOp } from '../text/diff.ts';
import type { LqaError, LqaSpan } from './error.ts';

/** A span after an edit: where it is now, and whether its text was deleted. */
export interface AnchoredSpan {
  readonly span: LqaSpan;
  readonly detached: boolean;
}

/** A run of deleted and inserted text: `[oldStart, oldEnd)` of the old text became `[newStart, newEnd)`. */
interface Hunk {
  readonly oldStart: number;
  readonly oldEnd: number;
  readonly newStart: number;
  readonly newEnd: number;
}

/**
 * Where `span` of `before` is in `after`. `ops` is the word diff of the two when the caller has it
 * (the grid computes it anyway); a point stays a point; `detached` is true when the span had text and
 * has none left (see the module comment).
 */
export function anchorSpan(
  before: string,
  after: string,
  span: LqaSpan,
  ops?: readonly DiffOp[],
): AnchoredSpan {
  if (before === after) return { span, detached: false };
  const hunks = hunksOf(ops ?? wordDiff(before, after));
  if (span.start === span.end) {
    const at = mapPosition(hunks, span.start, 'point');
    return { span: { start: at, end: at }, detached: false };
  }
  const start = mapPosition(hunks, span.start, 'start');
  const end = Math.max(start, mapPosition(hunks, span.end, 'end'));
  if (after.slice(start, end).trim() === '' && before.slice(span.start, span.end).trim() !== '') {
    return { span: { start, end: start }, detached: true };
  }
  return { span: { start, end }, detached: false };
}

/**
 * The errors after segment `segmentId`'s text changed from `before` to `after` (typing, a replace, a
 * fix, a restore): the spans of its errors moved, those whose text was deleted marked detached (and
 * kept). Other segments' errors, whole-segment errors and unmoved ones are returned as they were (the
 * same objects, so a caller can tell what changed by identity). The diff is computed once.
 */
export function anchorErrors(
  errors: readonly LqaError[],
  segmentId: string,
  before: string,
  after: string,
): LqaError[] {
  if (before === after) return [...errors];
  let ops: readonly DiffOp[] | undefined;
  return errors.map((error) => {
    if (error.segmentId !== segmentId || !error.span) return error;
    ops ??= wordDiff(before, after);
    const anchored = anchorSpan(before, after, error.span, ops);
    const detached = error.detached === true || anchored.detached;
    const { span } = anchored;
    if (
      span.start === error.span.start &&
      span.end === error.span.end &&
      detached === !!error.detached
    )
      return error;
    return { ...error, span, ...(detached ? { detached: true as const } : {}) };
  });
}

/** The hunks of a diff, with their places in the old and new text. */
function hunksOf(ops: readonly DiffOp[]): Hunk[] {
  const hunks: Hunk[] = [];
  let oldAt = 0;
  let newAt = 0;
  let open: { oldStart: number; newStart: number } | undefined;
  const close = () => {
    if (open) hunks.push({ ...open, oldEnd: oldAt, newEnd: newAt });
    open = undefined;
  };
  for (const op of ops) {
    if (op.kind === 'equal') {
      close();
      oldAt += op.text.length;
      newAt += op.text.length;
      continue;
    }
    open ??= { oldStart: oldAt, newStart: newAt };
    if (op.kind === 'delete') oldAt += op.text.length;
    else newAt += op.text.length;
  }
  close();
  return hunks;
}

/**
 * Where old offset `p` is in the new text, as the start of a span (hunks at or after it belong to the
 * span, text typed at it does not), its end (hunks before it belong to the span, text typed at it
 * does not) or a point (before whatever replaced or was typed at it).
 */
function mapPosition(hunks: readonly Hunk[], p: number, as: 'start' | 'end' | 'point'): number {
  let delta = 0;
  for (const h of hunks) {
    if (h.oldStart > p) break;
    const deletes = h.oldEnd > h.oldStart;
    if (as === 'start') {
      if (deletes && p < h.oldEnd) return h.newStart;
      if (!deletes && h.oldStart === p) return h.newEnd;
    } else if (as === 'end') {
      if (deletes && p > h.oldStart && p <= h.oldEnd) return h.newEnd;
      if (h.oldStart === p) return h.newStart;
    } else if (h.oldStart === p || (deletes && p < h.oldEnd)) return h.newStart;
    delta = h.newEnd - h.oldEnd;
  }
  return p + delta;
}
