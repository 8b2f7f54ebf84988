/**
 * The tokens a translation-memory match is scored on (issue 16): the word diff's tokens
 * (text/diff.ts: a word for Latin scripts, one token per CJK character), with two merges CAT tools
 * make — an inline-code placeholder (`⟨1⟩`, `⟨/1⟩`, `⟨2/⟩`, model/inline-codes.ts) is one token, and
 * a number written with separators (`1,000.5`, `3.5`) is one — and white space left out (a token
 * only remembers the white space before it).
 */
import { forEachToken, type TokenKind } from '../text/tokens.ts';

/**
 * What a token is to the scorer. Words and numbers are the content the match percentage counts;
 * punctuation and inline codes only cost a fixed penalty (see score.ts).
 */
export type MatchTokenKind = 'word' | 'number' | 'code' | 'punct';

/** One token of a text, with its offsets in it. */
export interface MatchToken {
  readonly kind: MatchTokenKind;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /**
   * What two tokens are compared by: words in lower case, and anything outside ASCII in Unicode
   * compatibility form (NFKC: full-width `Ａ`, `，`, `２` are `a`, `,`, `2`). CJK characters as written.
   */
  readonly norm: string;
  /** The white space between the previous token (or the start of the text) and this one. */
  readonly space: string;
}

/** True for the content tokens, the ones the match percentage counts. */
export function isContent(token: { readonly kind: MatchTokenKind }): boolean {
  return token.kind === 'word' || token.kind === 'number';
}

/** A placeholder at a given offset (sticky). */
const PLACEHOLDER_AT = /\u27E8\/?\d+\/?\u27E9/y;
const ASCII = /^[\x00-\x7f]*$/;
const DIGITS = /^\p{Nd}+$/u;
/** Separators inside a number: `1,000`, `3.5`, `1 000` is two numbers (white space splits). */
const NUMBER_SEPARATORS = new Set(['.', ',', '\u066B', '\u066C']);

/** Raw diff tokens of one text, reused between calls (the indexer tokenizes 100,000 units). */
let starts = new Int32Array(1024);
let kinds = new Uint8Array(1024);
const SPACE = 0;
const WORD = 1;
const CJK = 2;
const OTHER = 3;
const KIND_CODES: Readonly<Record<TokenKind, number>> = {
  space: SPACE,
  word: WORD,
  cjk: CJK,
  other: OTHER,
};

/**
 * Calls `visit` for each match token of `text`, in order, without building token objects: the
 * indexer and the concordance need only the kinds, offsets and comparison keys.
 */
export function visitMatchTokens(
  text: string,
  visit: (kind: MatchTokenKind, start: number, end: number) => void,
): void {
  if (starts.length <= text.length) {
    starts = new Int32Array(text.length * 2 + 1);
    kinds = new Uint8Array(text.length * 2 + 1);
  }
  let count = 0;
  forEachToken(text, (start, _end, kind) => {
    starts[count] = start;
    kinds[count++] = KIND_CODES[kind];
  });
  starts[count] = text.length; // tokens are contiguous: a token ends where the next starts
  for (let k = 0; k < count; k++) {
    const kind = kinds[k]!;
    const start = starts[k]!;
    if (kind === SPACE) continue;
    if (kind === OTHER && text.charCodeAt(start) === 0x27e8) {
      PLACEHOLDER_AT.lastIndex = start;
      if (PLACEHOLDER_AT.test(text)) {
        const end = PLACEHOLDER_AT.lastIndex;
        while (k + 1 < count && starts[k + 1]! < end) k++;
        visit('code', start, end);
        continue;
      }
    }
    if (kind === WORD && isNumber(text, start, starts[k + 1]!)) {
      // Join `1` `,` `000` `.` `5`: a separator between digit runs, no space around it.
      while (
        k + 2 < count &&
        kinds[k + 1] === OTHER &&
        starts[k + 2]! - starts[k + 1]! === 1 &&
        NUMBER_SEPARATORS.has(text[starts[k + 1]!]!) &&
        kinds[k + 2] === WORD &&
        isNumber(text, starts[k + 2]!, starts[k + 3]!)
      )
        k += 2;
      visit('number', start, starts[k + 1]!);
    } else visit(kind === OTHER ? 'punct' : 'word', start, starts[k + 1]!);
  }
}

/** The match tokens of `text` (see the module comment). */
export function matchTokens(text: string): MatchToken[] {
  const out: MatchToken[] = [];
  let previousEnd = 0;
  visitMatchTokens(text, (kind, start, end) => {
    const raw = text.slice(start, end);
    const space = text.slice(previousEnd, start);
    out.push({ kind, start, end, text: raw, norm: normOf(kind, raw), space });
    previousEnd = end;
  });
  return out;
}

/** The comparison key of a token's text (see {@link MatchToken.norm}). */
export function normOf(kind: MatchTokenKind, text: string): string {
  if (kind === 'code') return text;
  if (ASCII.test(text)) return kind === 'word' ? text.toLowerCase() : text;
  // One CJK character: NFKC changes only rare compatibility ideographs; skip the cost.
  if (text.length === 1 && text >= '\u3400' && text <= '\u9fff') return text;
  const compatible = text.normalize('NFKC');
  return kind === 'word' ? compatible.toLowerCase() : compatible;
}

function isNumber(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0x30 && code <= 0x39) continue;
    if (code < 0x80) return false;
    return DIGITS.test(text.slice(start, end));
  }
  return true;
}
