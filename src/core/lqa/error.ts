/**
 * An error a reviewer logs (issue 15, deliverable 2): on a span of a segment's correction, on a change
 * of the diff (a deleted piece of MT is a point in the correction), or on the whole segment; with a
 * category and a severity of the project's scorecard, an optional comment, who and when. Plain data:
 * it is stored and synced as it is, and crosses a worker boundary by structured clone.
 */
import type { Segment } from '../model/model.ts';
import { groupHitsBySegment } from '../review/hits.ts';

/** Offsets `[start, end)` in a segment's text (UTF-16 code units); `start === end` is a point. */
export interface LqaSpan {
  readonly start: number;
  readonly end: number;
}

/** One logged error. */
export interface LqaError {
  /** Unique in the project (the state layer makes it, e.g. `crypto.randomUUID()`). */
  readonly id: string;
  readonly segmentId: string;
  /**
   * Where in the segment's current text (its correction) the error is; absent for an error on the
   * whole segment. A point (`start === end`) marks an error on text the reviewer deleted from the MT,
   * or where a detached error's text was.
   */
  readonly span?: LqaSpan;
  /**
   * The text the error was logged on: the span's text, or the MT text of a deleted change. Kept so the
   * report can still quote a detached error.
   */
  readonly quote?: string;
  /** A category id of the scorecard (`mistranslation`, `spelling`…). */
  readonly categoryId: string;
  /** A severity id of the scorecard (`minor`, `major`…). */
  readonly severityId: string;
  readonly comment?: string;
  /** The reviewer's name (Settings › Your name). */
  readonly author: string;
  /** When it was logged and last changed by a person (ms since the epoch). */
  readonly createdAt: number;
  readonly changedAt: number;
  /**
   * The text of its span was deleted by a later edit: the error is kept (it still counts), its span is
   * the point where the text was.
   */
  readonly detached?: true;
}

/**
 * What the reviewer gives when logging an error (the rest is made by {@link newLqaError}); `quote`,
 * for an error on a deleted change, is the deleted MT text (else the span's text is quoted).
 */
export type NewLqaError = Pick<
  LqaError,
  'segmentId' | 'span' | 'quote' | 'categoryId' | 'severityId' | 'comment'
>;

/**
 * A new error on `segment`: the span is clamped to the segment's text and quoted, an empty comment
 * dropped.
 */
export function newLqaError(
  fields: NewLqaError,
  segment: Pick<Segment, 'id' | 'text'>,
  made: { readonly id: string; readonly author: string; readonly now: number },
): LqaError {
  const span = fields.span ? clampSpan(fields.span, segment.text.length) : undefined;
  const quote = fields.quote ?? (span ? segment.text.slice(span.start, span.end) : undefined);
  const comment = fields.comment?.trim();
  return {
    id: made.id,
    segmentId: segment.id,
    ...(span ? { span } : {}),
    ...(quote ? { quote } : {}),
    categoryId: fields.categoryId,
    severityId: fields.severityId,
    ...(comment ? { comment } : {}),
    author: made.author,
    createdAt: made.now,
    changedAt: made.now,
  };
}

/** What the error form may change of a logged error. */
export interface LqaErrorEdit {
  readonly categoryId?: string;
  readonly severityId?: string;
  /** `''` removes the comment. */
  readonly comment?: string;
}

/** The error with the reviewer's edit applied and `changedAt` set to `now`. */
export function editLqaError(error: LqaError, edit: LqaErrorEdit, now: number): LqaError {
  const { comment: _old, ...rest } = error;
  const comment = edit.comment === undefined ? error.comment : edit.comment.trim();
  return {
    ...rest,
    ...(edit.categoryId === undefined ? {} : { categoryId: edit.categoryId }),
    ...(edit.severityId === undefined ? {} : { severityId: edit.severityId }),
    ...(comment ? { comment } : {}),
    changedAt: now,
  };
}

/** `span` within `[0, length]`, start before end. */
export function clampSpan(span: LqaSpan, length: number): LqaSpan {
  const clamp = (n: number) => Math.min(Math.max(0, Math.trunc(n)), length);
  const a = clamp(span.start);
  const b = clamp(span.end);
  return a <= b ? { start: a, end: b } : { start: b, end: a };
}

/**
 * The text an error is about, as a report quotes it: its span's current text, the whole text for a
 * whole-segment error, its quote when detached or on a point.
 */
export function errorText(error: LqaError, segmentText: string): string {
  if (!error.span) return segmentText;
  const { start, end } = clampSpan(error.span, segmentText.length);
  if (error.detached || start === end) return error.quote ?? '';
  return segmentText.slice(start, end);
}

/**
 * Errors in document order: by their segment's position (`order`: segment ids in document order),
 * then by where they start (whole-segment errors first), then by when they were logged.
 */
export function sortErrors(
  errors: readonly LqaError[],
  order: readonly string[],
): readonly LqaError[] {
  const position = new Map(order.map((id, i) => [id, i]));
  const at = (e: LqaError) => position.get(e.segmentId) ?? Number.MAX_SAFE_INTEGER;
  return [...errors].sort(
    (a, b) =>
      at(a) - at(b) ||
      (a.span?.start ?? -1) - (b.span?.start ?? -1) ||
      a.createdAt - b.createdAt ||
      (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
}

/** The errors of each segment (segment id → errors, in the given order). */
export function errorsBySegment(
  errors: readonly LqaError[],
): ReadonlyMap<string, readonly LqaError[]> {
  return groupHitsBySegment(errors);
}
