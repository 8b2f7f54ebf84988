/**
 * The one pass over a text that every word-based check shares: its words with their offsets, and its
 * protected spans (inline-code placeholders, URLs, e-mail addresses) whose characters are never words,
 * misspellings or punctuation problems.
 *
 * A hand-written scanner, not a Unicode regex: a whole-document QA run scans about a million words,
 * and character-code tests are several times faster than `\p{…}` classes (see `npm run bench`). A whole
 * document is scanned into typed arrays (document-scan.ts); one text's `Word` objects are built from
 * them only when its checks run, so a million of them are never alive at once.
 */
// @ts-nocheck

import { HASH_START, hashStep, lexemeAt, type Lexeme } from './lexicon.ts';

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
  /** Index of the form as written in the lexicon (-1 if it was full): a key for per-form caches. */
  readonly form: number;
  /** True when an apostrophe or hyphen joins parts ("e-commerce", "Liaoning's"). */
  readonly joined: boolean;
  /**
   * True when punctuation that ends a phrase (see BREAKS) or a line break stands between the previous
   * word and this one: phrases do not run across it.
   */
  readonly breakBefore: boolean;
}

/** A scanned text. */
export interface ScannedText {
  readonly text: string;
  readonly words: readonly Word[];
  /** Placeholders, URLs and e-mail addresses, in order. */
  readonly protectedSpans: readonly Span[];
  /** What the scanner noticed on the way (see {@link TextFlags}). */
  readonly flags: number;
}

/** Bits of `ScannedText.flags`: cheap facts that let checks skip a regex over the text. */
export const TextFlags = {
  /** Spaces to collapse or trim: a run of white space, white space other than " ", or " " at an end. */
  UNNORMALISED_SPACE: 1,
  /** A character above ASCII outside words (CJK, full-width or typographic punctuation, ©). */
  NON_ASCII: 2,
  /** A word that boilerplate lines use (see `Lexeme.hint`). */
  HINT_WORD: 4,
  /** A word with a digit in it (a number, a year, a code). */
  DIGITS: 8,
  /** An ASCII bracket or double quote: ( ) [ ] { } ". */
  BRACKETS: 16,
} as const;

/** Called for each word by {@link visitWords}. */
export type WordVisitor = (
  start: number,
  end: number,
  lexeme: Lexeme,
  breakBefore: boolean,
  joined: boolean,
) => void;

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
const BRACKET_CODES = codeSet('()[]{}"');
/** White space other than the plain space (JavaScript's `\s`). */
const OTHER_SPACE = codeSet(
  '\t\n\v\f\r\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff',
);

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
 * flag, not English words). Surrogates (letters above the BMP, emoji) are not word characters.
 */
function isWordCode(code: number): boolean {
  if (code < 0x80) {
    return (
      (code >= 0x61 && code <= 0x7a) ||
      (code >= 0x41 && code <= 0x5a) ||
      (code >= 0x30 && code <= 0x39)
    );
  }
  let known = WORD_CHAR[code]!;
  if (known === 0) {
    const ch = String.fromCharCode(code);
    known = WORD_CHAR_PATTERN.test(ch) && !CJK_PATTERN.test(ch) ? 1 : 2;
    WORD_CHAR[code] = known;
  }
  return known === 1;
}

/**
 * Calls `visit` for each word of `text` outside `protectedSpans`, in order, and returns the text's
 * {@link TextFlags} (but HINT_WORD, which is the caller's to set from the lexemes).
 */
export function visitWords(
  text: string,
  protectedSpans: readonly Span[],
  visit: WordVisitor,
): number {
  let flags = 0;
  let nextProtected = 0;
  let pendingBreak = false;
  let previousSpace = true; // a space at the start is one to trim
  let i = 0;
  const n = text.length;
  while (i < n) {
    const guard = protectedSpans[nextProtected];
    if (guard !== undefined && i >= guard.start) {
      i = guard.end;
      nextProtected++;
      previousSpace = false;
      continue;
    }
    const code = text.charCodeAt(i);
    if (!isWordCode(code)) {
      if (code === 0x20) {
        if (previousSpace || i === n - 1) flags |= TextFlags.UNNORMALISED_SPACE;
        previousSpace = true;
      } else {
        if (OTHER_SPACE[code] === 1) flags |= TextFlags.UNNORMALISED_SPACE;
        else if (code >= 0x80) flags |= TextFlags.NON_ASCII;
        else if (BRACKET_CODES[code] === 1) flags |= TextFlags.BRACKETS;
        previousSpace = false;
      }
      if (BREAKS[code] === 1) pendingBreak = true;
      i++;
      continue;
    }
    previousSpace = false;
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
  return flags;
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
  if (
    !text.includes('\u27E8') &&
    !text.includes('@') &&
    !text.includes('://') &&
    !text.includes('www.')
  )
    return [];
  return [...text.matchAll(PROTECTED)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}
