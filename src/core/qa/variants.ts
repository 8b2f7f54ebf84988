/**
 * Variants without a glossary (issue 4, deliverable 3): phrases of 3–6 words that recur in the
 * document, and rarer phrases equal to one of them but for one word — "one belt and one way" (2 times
 * in the seed) beside "one belt and one road" (16 times). The rare one is likely an inconsistency.
 *
 * The recurring phrases come from phrases.ts, their variants from variant-search.ts (which says what
 * counts as one); a segment's are then found through the index built here.
 */
import { followCase } from '../text/case.ts';
import { lexeme } from '../text/lexicon.ts';
import { frequentGrams, type WordSequence } from './phrases.ts';
import { variantsOf, type VariantEntry } from './variant-search.ts';
import { isStopWord } from '../text/stop-words.ts';
import { isFormVariant } from '../text/word-forms.ts';
import type { ScannedText, Word } from '../text/words.ts';

export type { VariantEntry } from './variant-search.ts';

/** The variants of a document, by the word that differs (lower case). */
export interface VariantIndex {
  readonly bySlotWord: ReadonlyMap<string, readonly VariantEntry[]>;
}

/** A variant found in a segment. */
export interface VariantHit {
  readonly start: number;
  readonly end: number;
  readonly entry: VariantEntry;
  /** The phrase with the differing word replaced by the frequent form's, cased like it. */
  readonly suggestion: string;
  /**
   * The two words are forms of one word (inflection, spelling, hyphenation: see word-forms.ts), so
   * the suggestion only makes the form consistent; otherwise it would change the meaning.
   */
  readonly sameWord: boolean;
  /** The differing word is capitalised inside its sentence: the phrase is a name. */
  readonly name: boolean;
}

/** Finds the variants of a document from its word sequence (see the file comment). */
export function buildVariantIndex(seq: WordSequence): VariantIndex {
  const grams = frequentGrams(seq);
  const bySlotWord = new Map<string, VariantEntry[]>();
  for (const entry of variantsOf(seq, grams)) {
    const key = entry.words[entry.slot]!;
    const list = bySlotWord.get(key);
    if (list) list.push(entry);
    else bySlotWord.set(key, [entry]);
  }
  return { bySlotWord };
}

/**
 * The variants in one segment. Of several on the same word, the one that neither starts nor ends with
 * a function word ("one belt and one way", not "the one belt and one way"), then the longest, then the
 * first in the index.
 */
export function findVariants(scan: ScannedText, index: VariantIndex): VariantHit[] {
  if (index.bySlotWord.size === 0) return [];
  const { words } = scan;
  const hits: VariantHit[] = [];
  const { slotIds, bySlotWord } = lookupOf(index);
  for (let k = 0; k < words.length; k++) {
    const word = words[k]!;
    if (slotIds[word.id] !== 1) continue;
    const beside = bySlotWord.get(word.lower);
    if (!beside) continue;
    const before = bestAt(words, k, beside.previous.get(words[k - 1]?.lower ?? ''), undefined);
    const best = bestAt(words, k, beside.next.get(words[k + 1]?.lower ?? ''), before);
    if (best) hits.push(hitAt(scan, k, best.entry));
  }
  return hits;
}

/** The hit of `entry` whose differing word is word `k` of `scan`. */
function hitAt({ words, text }: ScannedText, k: number, entry: VariantEntry): VariantHit {
  const first = words[k - entry.slot]!;
  const last = words[k - entry.slot + entry.words.length - 1]!;
  const differing = words[k]!;
  const phrase = text.slice(first.start, last.end);
  const at = differing.start - first.start;
  const previous = words[k - 1];
  const sentenceStart =
    previous === undefined || /[.!?:。！？：]\s*$/.test(text.slice(previous.end, differing.start));
  return {
    start: first.start,
    end: last.end,
    entry,
    sameWord: isFormVariant(differing.text, entry.replacement),
    name: /^\p{Lu}/u.test(differing.text) && !sentenceStart,
    suggestion:
      phrase.slice(0, at) +
      followCase(entry.replacement, differing.text) +
      phrase.slice(at + differing.text.length),
  };
}

/** An entry with its rank and its place among its differing word's entries (a tie goes to the first). */
interface Candidate {
  readonly entry: VariantEntry;
  readonly rank: number;
  readonly order: number;
}

/** A differing word's entries by the word beside it: the next one, or the previous one for entries ending with it. */
interface Beside {
  readonly next: Map<string, Candidate[]>;
  readonly previous: Map<string, Candidate[]>;
}

/**
 * The index arranged for finding its entries in a text, in this thread (the index may come from a
 * worker): the lexicon ids of the differing words, so that most words are passed over by a small
 * integer lookup, and each differing word's entries by the word beside it. A common word has tens of
 * entries ("while", "two", "new" on real text); its neighbour leaves one or two to compare word by
 * word, where comparing them all at each of a million words was the costliest part of a
 * whole-document run.
 */
interface Lookup {
  readonly slotIds: Uint8Array;
  readonly bySlotWord: ReadonlyMap<string, Beside>;
}

const lookups = new WeakMap<VariantIndex, Lookup>();
function lookupOf(index: VariantIndex): Lookup {
  let lookup = lookups.get(index);
  if (!lookup) {
    const ids = [...index.bySlotWord.keys()].map((word) => lexeme(word).id);
    const slotIds = new Uint8Array(Math.max(0, ...ids) + 1);
    for (const id of ids) if (id >= 0) slotIds[id] = 1;
    const bySlotWord = new Map<string, Beside>();
    for (const [word, entries] of index.bySlotWord) bySlotWord.set(word, besideOf(entries));
    lookups.set(index, (lookup = { slotIds, bySlotWord }));
  }
  return lookup;
}

/** One differing word's entries by the word after it, or before it when it is their last. */
function besideOf(entries: readonly VariantEntry[]): Beside {
  const beside: Beside = { next: new Map(), previous: new Map() };
  entries.forEach((entry, order) => {
    const last = entry.slot === entry.words.length - 1;
    const map = last ? beside.previous : beside.next;
    const key = entry.words[entry.slot + (last ? -1 : 1)]!;
    const candidate = { entry, rank: rank(entry), order };
    const list = map.get(key);
    if (list) list.push(candidate);
    else map.set(key, [candidate]);
  });
  return beside;
}

/** The best of `candidates` that matches with its differing word at `k`, or else `best`. */
function bestAt(
  words: readonly Word[],
  k: number,
  candidates: readonly Candidate[] | undefined,
  best: Candidate | undefined,
): Candidate | undefined {
  if (!candidates) return best;
  for (const c of candidates) {
    if (best && (c.rank < best.rank || (c.rank === best.rank && c.order > best.order))) continue;
    if (matchesAt(words, k - c.entry.slot, c.entry)) best = c;
  }
  return best;
}

function rank(entry: VariantEntry): number {
  const clean = !isStopWord(entry.words[0]!) && !isStopWord(entry.words.at(-1)!);
  return (clean ? 100 : 0) + entry.words.length;
}

function matchesAt(words: readonly Word[], start: number, entry: VariantEntry): boolean {
  if (start < 0 || start + entry.words.length > words.length) return false;
  for (let i = 0; i < entry.words.length; i++) {
    const word = words[start + i]!;
    if (word.lower !== entry.words[i] || (i > 0 && word.breakBefore)) return false;
  }
  return true;
}
