/**
 * One pass over a segment's text that every word-based check shares: the words with their offsets,
 * and the protected spans (inline-code placeholders, URLs, e-mail addresses) whose characters are
 * never words, misspellings or punctuation problems.
 *
 * A hand-written scanner, not a Unicode regex: a whole-document QA run scans about a million words,
 * and character-code tests are several times faster than `\p{…}` classes (see `npm run bench`).
 */

/** A half-open range of offsets. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/** A word: letters, digits and marks, with single apostrophes or hyphens inside (`don't`, `e-commerce`). */
export interface Word {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** `text` in lower case (the key of every case-insensitive comparison). */
  readonly lower: string;
  /** Id of the lower-case form (see lexicon.ts); -1 for words with digits. */
  readonly id: number;
  /** True when an apostrophe or hyphen joins parts ("e-commerce", "Liaoning's"). */
  readonly joined: boolean;
  /**
   * True when punctuation that ends a phrase (see BREAKS) or a line break stands between the previous
   * word and this one: phrases do not run across it.
   */
  readonly breakBefore: boolean;
}

/** What {@link scanText} found. */
export interface ScannedText {
  readonly text: string;
  readonly words: readonly Word[];
  /** Placeholders, URLs and e-mail addresses, in order. */
  readonly protectedSpans: readonly Span[];
}

import { HASH_START, hashStep, lexemeAt, type Lexeme } from './lexicon.ts';

/** Placeholders of inline codes (inline-codes.ts), URLs and e-mail addresses. */
const PROTECTED =
  /\u27E8\/?\d+\/?\u27E9|\b(?:https?:\/\/|www\.)[^\s<>"“”‘’\u27E8]+[^\s<>"“”‘’\u27E8.,;:!?)]|\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+/gu;

/**
 * Punctuation that ends a phrase (ASCII and full-width): sentence ends, colons, brackets, dashes, and
 * also commas and double quotes — a "phrase" running out of a quotation ("one road" and) is no phrase.
 */
const BREAKS = codeSet(
  '.,!?;:()[]{}"“”…—–\n\u3001\u3002\uff01\uff0c\uff1f\uff1b\uff1a\uff08\uff09\u3010\u3011',
);
const JOINERS = codeSet("'’-‐‑");

/** A lookup table of the BMP code units of `chars` (faster than a Set of one-character strings). */
function codeSet(chars: string): Uint8Array {
  const table = new Uint8Array(0x10000);
  for (let i = 0; i < chars.length; i++) table[chars.charCodeAt(i)] = 1;
  return table;
}

/** Per BMP code unit: 0 not yet known, 1 word character, 2 not. */
const WORD_CHAR = new Uint8Array(0x10000);
const WORD_CHAR_PATTERN = /[\p{L}\p{N}\p{M}]/u;
const CJK_PATTERN = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

/**
 * True for a letter, digit or combining mark outside the CJK scripts (CJK characters are leftovers to
 * flag, not English words). Code points above the BMP (rare letters, emoji) are not word characters.
 */
function isWordCode(code: number): boolean {
  if (code < 0x80) {
    return (
      (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || (code >= 0x30 && code <= 0x39)
    );
  }
  let known = WORD_CHAR[code];
  if (known === 0 || known === undefined) {
    const ch = String.fromCharCode(code);
    known = WORD_CHAR_PATTERN.test(ch) && !CJK_PATTERN.test(ch) ? 1 : 2;
    if (code < 0x10000) WORD_CHAR[code] = known;
  }
  return known === 1;
}

/** Called for each word by {@link visitWords}. */
export type WordVisitor = (
  start: number,
  end: number,
  lexeme: Lexeme,
  breakBefore: boolean,
  joined: boolean,
) => void;

/**
 * Calls `visit` for each word of `text` outside `protectedSpans`, in order, without building anything
 * (the document statistics feed ids straight into one array). {@link scanText} builds on it.
 */
export function visitWords(text: string, protectedSpans: readonly Span[], visit: WordVisitor): void {
  let nextProtected = 0;
  let pendingBreak = false;
  let i = 0;
  const n = text.length;
  while (i < n) {
    const guard = protectedSpans[nextProtected];
    if (guard !== undefined && i >= guard.start) {
      i = guard.end;
      nextProtected++;
      continue;
    }
    const code = text.charCodeAt(i);
    if (!isWordCode(code)) {
      if (BREAKS[code] === 1) pendingBreak = true;
      i++;
      continue;
    }
    const start = i;
    const limit = guard === undefined ? n : guard.start;
    let joined = false;
    let hash = hashStep(HASH_START, code);
    i++;
    while (i < limit) {
      const c = text.charCodeAt(i);
      if (isWordCode(c)) {
        hash = hashStep(hash, c);
        i++;
      } else if (JOINERS[c] === 1 && i + 1 < limit && isWordCode(text.charCodeAt(i + 1))) {
        hash = hashStep(hashStep(hash, c), text.charCodeAt(i + 1));
        i += 2;
        joined = true;
      } else break;
    }
    visit(start, i, lexemeAt(text, start, i, hash), pendingBreak, joined);
    pendingBreak = false;
  }
}

/** Scans `text` into words and protected spans (see the file comment). */
export function scanText(text: string): ScannedText {
  const protectedSpans = findProtectedSpans(text);
  const words: Word[] = [];
  visitWords(text, protectedSpans, (start, end, { text: form, lower, id }, breakBefore, joined) => {
    words.push({ start, end, text: form, lower, id, joined, breakBefore });
  });
  return { text, words, protectedSpans };
}

/**
 * Words as {@link scanText} finds them, plus one per CJK character (align/script.ts's `words` unit,
 * up to hyphenated compounds counting once), counted without building anything: the length check
 * measures every edited segment and its MT.
 */
export function countWords(text: string): number {
  let count = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (isWordCode(code)) {
      if (!inWord) count++;
      inWord = true;
    } else {
      if (!(inWord && JOINERS[code] === 1 && isWordCode(text.charCodeAt(i + 1)))) inWord = false;
      if (
        (code >= 0x3400 && code <= 0x9fff) ||
        (code >= 0x3040 && code <= 0x30ff) ||
        (code >= 0xac00 && code <= 0xd7af) ||
        (code >= 0xf900 && code <= 0xfaff)
      )
        count++;
    }
  }
  return count;
}

/** True when [start, end) overlaps a protected span. */
export function isProtected(spans: readonly Span[], start: number, end: number): boolean {
  for (const span of spans) {
    if (span.start >= end) return false;
    if (span.end > start) return true;
  }
  return false;
}

/** Placeholders, URLs and e-mail addresses in `text`, in order. */
export function findProtectedSpans(text: string): Span[] {
  // Most segments have none of the three: skip the regex (a measurable share of a document run).
  if (!text.includes('\u27E8') && !text.includes('@') && !text.includes('://') && !text.includes('www.'))
    return [];
  return [...text.matchAll(PROTECTED)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}
