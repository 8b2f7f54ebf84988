/**
 * Marks over the correction editor's text (issue 13 item 4): spans of the focused segment flagged by
 * spelling or another QA check, moved along while the reviewer types (the checks run again only after
 * a pause, in a worker), cut into runs for drawing, and found under the caret or the pointer.
 * Offsets are UTF-16 code units, as in `Finding`; no span boundary ever falls inside a surrogate pair.
 */
import { movedFinding } from '../qa/finding.ts';
import type { Finding } from '../qa/types.ts';

/** A flagged span of a text. */
export interface TextSpan {
  readonly start: number;
  readonly end: number;
}

/** Where `after` differs from `before`: from `start`, `removed` code units became `inserted`. */
export interface TextChange {
  readonly start: number;
  readonly removed: number;
  readonly inserted: number;
}

const isHigh = (code: number): boolean => code >= 0xd800 && code <= 0xdbff;
const isLow = (code: number): boolean => code >= 0xdc00 && code <= 0xdfff;
const WORD_CHAR = /[\p{L}\p{N}\p{M}'’_-]/u;

/**
 * The one changed stretch between two texts (common prefix and suffix), never splitting a surrogate
 * pair: typing "𠀀" after "𠀁" changes two code units at the pair's start, not one in its middle.
 */
export function textChange(before: string, after: string): TextChange {
  const limit = Math.min(before.length, after.length);
  let prefix = 0;
  while (prefix < limit && before.charCodeAt(prefix) === after.charCodeAt(prefix)) prefix += 1;
  if (prefix > 0 && isHigh(before.charCodeAt(prefix - 1))) prefix -= 1;
  let suffix = 0;
  while (
    suffix < limit - prefix &&
    before.charCodeAt(before.length - 1 - suffix) === after.charCodeAt(after.length - 1 - suffix)
  )
    suffix += 1;
  if (suffix > 0 && isLow(before.charCodeAt(before.length - suffix))) suffix -= 1;
  return {
    start: prefix,
    removed: before.length - prefix - suffix,
    inserted: after.length - prefix - suffix,
  };
}

/**
 * Moves spans of `before` onto `after`. Spans before the change stay, spans after it move by its
 * length; a span the change touches is dropped (its word changed: the next check decides), and so is
 * one whose word the change extends (a letter typed right after or before it).
 */
export function shiftSpans<T extends TextSpan>(
  before: string,
  after: string,
  spans: readonly T[],
): (T & TextSpan)[] {
  if (before === after) return [...spans];
  const change = textChange(before, after);
  const changeEnd = change.start + change.removed;
  const delta = change.inserted - change.removed;
  const kept: (T & TextSpan)[] = [];
  for (const span of spans) {
    if (span.end <= change.start) {
      if (span.end === change.start && extendsWord(after, change.start)) continue;
      kept.push(span);
    } else if (span.start >= changeEnd) {
      const start = span.start + delta;
      if (span.start === changeEnd && extendsWord(after, start - 1)) continue;
      kept.push({ ...span, start, end: span.end + delta });
    }
  }
  return kept;
}

/**
 * QA findings of `before` moved onto `after` like {@link shiftSpans}, each with the id the checks give
 * it at its new place (so ignoring a moved finding ignores what the next run finds).
 */
export function shiftFindings(
  before: string,
  after: string,
  findings: readonly Finding[],
): Finding[] {
  const spans = findings.map((finding) => ({ start: finding.start, end: finding.end, finding }));
  return shiftSpans(before, after, spans).map((s) => movedFinding(s.finding, s.start, s.end));
}

function extendsWord(text: string, at: number): boolean {
  const char = String.fromCodePoint(text.codePointAt(at) ?? 32);
  return at >= 0 && at < text.length && WORD_CHAR.test(char);
}

/** A stretch of the text drawn alike: the spans (by index) that cover it. */
export interface MarkRun {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly marks: readonly number[];
}

/**
 * Cuts `text` into runs at every span boundary (spans may overlap); empty spans and spans outside the
 * text are left out, boundaries inside a surrogate pair move to the pair's start.
 */
export function markRuns(text: string, spans: readonly TextSpan[]): MarkRun[] {
  const snap = (at: number): number => {
    const clamped = Math.max(0, Math.min(text.length, at));
    return clamped > 0 && clamped < text.length && isLow(text.charCodeAt(clamped))
      ? clamped - 1
      : clamped;
  };
  const usable = spans.map((s) => ({ start: snap(s.start), end: snap(s.end) }));
  const cuts = new Set<number>([0, text.length]);
  for (const s of usable) {
    if (s.end > s.start) {
      cuts.add(s.start);
      cuts.add(s.end);
    }
  }
  const points = [...cuts].sort((a, b) => a - b);
  const runs: MarkRun[] = [];
  for (let i = 0; i + 1 < points.length; i += 1) {
    const start = points[i]!;
    const end = points[i + 1]!;
    const marks: number[] = [];
    usable.forEach((s, index) => {
      if (s.start <= start && s.end >= end && s.end > s.start) marks.push(index);
    });
    runs.push({ start, end, text: text.slice(start, end), marks });
  }
  return runs;
}

/**
 * The index of the span at a caret offset (the caret inside it or at either end), the shortest when
 * several cover it; -1 when none does.
 */
export function spanAt(spans: readonly TextSpan[], offset: number): number {
  let best = -1;
  spans.forEach((s, index) => {
    if (s.end <= s.start || offset < s.start || offset > s.end) return;
    const bestSpan = spans[best];
    if (!bestSpan || s.end - s.start < bestSpan.end - bestSpan.start) best = index;
  });
  return best;
}
