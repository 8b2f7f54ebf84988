/**
 * The phrases that recur in a document (variants.ts looks for their near-variants): the document as
 * one sequence of word ids, and every phrase of {@link MIN_WORDS}–{@link MAX_WORDS} words occurring at
 * least {@link MIN_FREQUENT} times, counted level by level with Apriori pruning (a phrase can only
 * recur 3 times if both its shorter sub-phrases do) in typed arrays, so a million-word document takes
 * tens of milliseconds.
 */
// @ts-nocheck

import type { ScannedDocument } from '../text/document-scan.ts';
import { lowerForms, stopFlags } from '../text/lexicon.ts';
import { scratch } from './scratch.ts';

/** Occurrences a phrase needs to be a frequent form. */
export const MIN_FREQUENT = 3;
/** Shortest and longest phrases counted, in words. */
export const MIN_WORDS = 3;
export const MAX_WORDS = 6;

/** Word ids of a document: one separator (-1) between texts and at phrase breaks; words with digits -1. */
export interface WordSequence {
  readonly ids: Int32Array;
  /** Lower-case form, occurrences and function-word flag per word id. */
  readonly words: readonly string[];
  readonly counts: Int32Array;
  readonly stop: Uint8Array;
}

/**
 * The word sequence of the texts of `doc` for which `include` is true. Its `ids` live in scratch space
 * (scratch.ts): valid until the next call.
 */
export function wordSequence(
  doc: ScannedDocument,
  include: (text: number) => boolean = () => true,
): WordSequence {
  const ids = scratch(0, doc.ids.length * 2 + doc.texts.length);
  let p = 0;
  for (let t = 0; t < doc.texts.length; t++) {
    if (!include(t)) continue;
    ids[p++] = -1;
    for (let k = doc.offsets[t]!; k < doc.offsets[t + 1]!; k++) {
      if ((doc.wordFlags[k]! & 1) !== 0) ids[p++] = -1;
      ids[p++] = doc.ids[k]!;
    }
  }
  const words = lowerForms();
  const counts = new Int32Array(words.length);
  const stop = Uint8Array.from(stopFlags(), (flag) => (flag ? 1 : 0));
  const seq = ids.subarray(0, p);
  for (let i = 0; i < seq.length; i++) if (seq[i]! >= 0) counts[seq[i]!]!++;
  return { ids: seq, words, counts, stop };
}

/** A phrase occurring at least {@link MIN_FREQUENT} times: where it first occurs, its length and count. */
export interface Gram {
  readonly at: number;
  readonly length: number;
  readonly count: number;
}

/**
 * The frequent phrases of 3–6 words, found level by level. `level[p]` is the id of the frequent
 * phrase of the current length starting at p, or -1; a phrase one word longer is counted only where
 * both phrases it contains are frequent (Apriori). Counting needs no hash table: positions are sorted
 * by the id of the phrase they start with (a counting sort), and within one phrase the next words are
 * counted in an array indexed by word id. Both passes are linear and cache-friendly; a `Map` keyed by
 * packed pairs took over a second on a million words, mostly in the garbage collector.
 */
export function frequentGrams(seq: WordSequence): Gram[] {
  const { ids, words } = seq;
  const result: Gram[] = [];
  let level = ids.slice(); // length 1: a word's phrase id is its word id
  let groups = words.length;
  let next = new Int32Array(ids.length);
  const order = new Int32Array(ids.length);
  const follow = new Int32Array(ids.length); // the word after the phrase, beside its position
  const tally = new Int32Array(words.length);
  const idOfWord = new Int32Array(words.length).fill(-1);
  for (let n = 2; n <= MAX_WORDS && groups > 0; n++) {
    const last = ids.length - n;
    // Counting sort of the candidate positions by the id of the phrase they start with.
    const offsets = new Int32Array(groups + 1);
    for (let p = 0; p <= last; p++)
      if (level[p]! >= 0 && level[p + 1]! >= 0) offsets[level[p]! + 1]!++;
    for (let g = 0; g < groups; g++) offsets[g + 1]! += offsets[g]!;
    const fill = offsets.slice(0, groups);
    for (let p = 0; p <= last; p++) {
      if (level[p]! < 0 || level[p + 1]! < 0) continue;
      const k = fill[level[p]!]!++;
      order[k] = p;
      follow[k] = ids[p + n - 1]!;
    }
    next.fill(-1);
    let nextGroups = 0;
    for (let g = 0; g < groups; g++) {
      const from = offsets[g]!;
      const to = offsets[g + 1]!;
      if (to - from < MIN_FREQUENT) continue;
      for (let k = from; k < to; k++) tally[follow[k]!]!++;
      for (let k = from; k < to; k++) {
        const word = follow[k]!;
        const count = tally[word]!;
        if (count < MIN_FREQUENT) continue;
        if (idOfWord[word]! < 0) {
          idOfWord[word] = nextGroups++;
          if (n >= MIN_WORDS) result.push({ at: order[k]!, length: n, count });
        }
        next[order[k]!] = idOfWord[word]!;
      }
      for (let k = from; k < to; k++) {
        tally[follow[k]!] = 0;
        idOfWord[follow[k]!] = -1;
      }
    }
    [level, next] = [next, level];
    groups = nextGroups;
  }
  return result;
}
