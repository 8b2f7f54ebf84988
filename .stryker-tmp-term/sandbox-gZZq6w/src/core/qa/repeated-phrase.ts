/**
 * `repeated-phrase`: a phrase joined to itself ("double-attraction and double-attraction", a calque of
 * Chinese reduplication such as 双招双引) or said twice in a row ("in the past in the past").
 */
// @ts-nocheck

import type { Check } from './check.ts';
import { lexeme } from '../text/lexicon.ts';
import type { Word } from '../text/words.ts';

/** Longest phrase compared, in words. */
const MAX_WORDS = 4;
/** Word ids (lexicon.ts) of "and" and "or": compared as integers in the loop over every word. */
const CONJUNCTION_IDS = new Set(['and', 'or'].map((w) => lexeme(w).id));
/**
 * A second copy followed by one of these is modified differently from the first ("science institutions
 * and institutions of higher learning"): a legitimate construction, not a slip.
 */
const POSTMODIFIERS = new Set([
  'of',
  'for',
  'in',
  'on',
  'at',
  'with',
  'from',
  'to',
  'that',
  'which',
  'who',
]);
/** Single words English repeats on purpose around "and": "more and more", "again and again". */
const IDIOMATIC = new Set(
  'more less again over on round through by time out up down back forth side step day year neck little far few such'.split(
    ' ',
  ),
);

/** True when words[a..a+n) equal words[b..b+n) (any case) and no phrase break falls inside either. */
function samePhrase(words: readonly Word[], a: number, b: number, n: number): boolean {
  for (let i = 0; i < n; i++) {
    const x = words[a + i];
    const y = words[b + i];
    if (!x || !y || x.id !== y.id || x.lower !== y.lower) return false;
    if (i > 0 && (x.breakBefore || y.breakBefore)) return false;
  }
  return true;
}

/** Comparatives ("better and better", "bigger and bigger") are idiomatic too. */
function idiomatic(word: Word): boolean {
  return IDIOMATIC.has(word.lower) || (word.lower.length > 4 && word.lower.endsWith('er'));
}

/**
 * Flags "X and X" / "X or X" (X of 1–4 words) and "X X" (X of 2–4 words; one word is
 * `repeated-word`'s). The span covers the whole repetition, the suggestion is the first X alone.
 */
export const repeatedPhraseCheck: Check = {
  id: 'repeated-phrase',
  run({ scan }, report) {
    const { words, text } = scan;
    const flag = (first: number, n: number, lastWord: Word) => {
      const start = words[first]!.start;
      report({
        rule: 'repeated-phrase',
        severity: 'warning',
        start,
        end: lastWord.end,
        suggestion: text.slice(start, words[first + n - 1]!.end),
        key: 'qa.repeatedPhrase.repeated',
        params: { phrase: text.slice(start, words[first + n - 1]!.end) },
      });
    };
    let coveredTo = -1;
    for (let k = 1; k < words.length; k++) {
      const word = words[k]!;
      if (!word.breakBefore && CONJUNCTION_IDS.has(word.id)) {
        for (let n = Math.min(MAX_WORDS, k); n >= 1; n--) {
          const last = words[k + n];
          if (k - n <= coveredTo || !last || words[k + 1]!.breakBefore) continue;
          if (!samePhrase(words, k - n, k + 1, n)) continue;
          if (n === 1 && idiomatic(words[k - 1]!)) break;
          const next = words[k + n + 1];
          if (next && !next.breakBefore && POSTMODIFIERS.has(next.lower)) break;
          flag(k - n, n, last);
          coveredTo = k + n;
          break;
        }
      }
      for (let n = Math.min(MAX_WORDS, Math.floor((k + 1) / 2)); n >= 2; n--) {
        // The two copies end on the same word: a cheap test before comparing them whole (words with
        // digits share id -1, so those compare by text).
        const end = words[k - n]!;
        if (end.id !== word.id || (word.id < 0 && end.lower !== word.lower)) continue;
        const first = k + 1 - 2 * n;
        const second = words[first + n]!;
        if (first <= coveredTo || second.breakBefore) continue;
        if (!samePhrase(words, first, first + n, n)) continue;
        if (!/^\s+$/.test(text.slice(words[first + n - 1]!.end, second.start))) continue;
        flag(first, n, word);
        coveredTo = k;
        break;
      }
    }
  },
};
