/**
 * Levenshtein edit distances between the MT and the final text: by word (whitespace-separated tokens,
 * as TER counts them, but without block shifts) and by character (what suits CJK text, written without
 * spaces). Unit costs for insertion, deletion and substitution.
 */
// @ts-nocheck

import { terTokens } from './ter-tokenizer.ts';

/** An edit distance and the length of the text it is measured against (the final text). */
export interface EditDistance {
  readonly distance: number;
  /** Units (words or characters) of the final text. */
  readonly length: number;
}

/** Levenshtein distance of two sequences, compared with `===`. */
export function levenshtein<T>(a: readonly T[], b: readonly T[]): number {
  // Common ends cost nothing and are skipped (most post-edits touch a few places).
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start += 1;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA -= 1;
    endB -= 1;
  }
  const n = endA - start;
  const m = endB - start;
  if (n === 0 || m === 0) return n + m;
  let prev = new Uint32Array(m + 1);
  let row = new Uint32Array(m + 1);
  for (let j = 0; j <= m; j += 1) prev[j] = j;
  for (let i = 1; i <= n; i += 1) {
    row[0] = i;
    const x = a[start + i - 1];
    for (let j = 1; j <= m; j += 1) {
      const sub = prev[j - 1]! + (x === b[start + j - 1] ? 0 : 1);
      row[j] = Math.min(sub, prev[j]! + 1, row[j - 1]! + 1);
    }
    [prev, row] = [row, prev];
  }
  return prev[m]!;
}

/**
 * Word edit distance from `mt` to `final`: whitespace-separated tokens, case-insensitive unless
 * `caseSensitive` (the tokens TER uses).
 */
export function wordEditDistance(
  mt: string,
  final: string,
  options: { readonly caseSensitive?: boolean } = {},
): EditDistance {
  const opts = { caseSensitive: options.caseSensitive === true };
  const ref = terTokens(final, opts);
  return { distance: levenshtein(terTokens(mt, opts), ref), length: ref.length };
}

/**
 * Character edit distance from `mt` to `final`, by code point. White space is left out unless
 * `keepWhitespace`: in CJK text spaces are not characters of the text (a tokenized corpus such as
 * MLQE-PE has them between words).
 */
export function charEditDistance(
  mt: string,
  final: string,
  options: { readonly keepWhitespace?: boolean } = {},
): EditDistance {
  const chars = (text: string) =>
    Array.from(options.keepWhitespace ? text : text.replace(/\s+/gu, ''));
  const ref = chars(final);
  return { distance: levenshtein(chars(mt), ref), length: ref.length };
}

/** Totals of several segments' distances (a document's). */
export function totalDistance(parts: readonly EditDistance[]): EditDistance {
  let distance = 0;
  let length = 0;
  for (const p of parts) {
    distance += p.distance;
    length += p.length;
  }
  return { distance, length };
}
