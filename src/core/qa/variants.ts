/**
 * Variants without a glossary (issue 4, deliverable 3): phrases of 3–6 words that recur in the
 * document, and rarer phrases equal to one of them but for one word — "one belt and one way" (2 times
 * in the seed) beside "one belt and one road" (16 times). The rare one is likely an inconsistency.
 *
 * To keep the flood down, a frequent form needs at least {@link MIN_FREQUENT} occurrences, at least
 * {@link MIN_RATIO} times as many as the variant, two words that are not function words, and the two
 * words that differ must not be function words either ("the plan" vs "a plan" is not a variant).
 *
 * The recurring phrases come from phrases.ts; each is then looked for with one word changed, through
 * its rarest other word, in one pass over the document's word ids.
 */
import { followCase } from '../text/case.ts';
import { lexeme } from '../text/lexicon.ts';
import { frequentGrams, MIN_FREQUENT, MIN_WORDS, type Gram, type WordSequence } from './phrases.ts';
import { isStopWord } from '../text/stop-words.ts';
import { isFormVariant } from '../text/word-forms.ts';
import type { ScannedText, Word } from '../text/words.ts';

/** Frequent form : variant, at least. */
export const MIN_RATIO = 3;
/**
 * Occurrences a frequent form needs when the variant differs in its first or last word. Then the
 * variant has context on one side only, and a phrase followed by different words is ordinary language
 * ("…comprehensive experimental zone" ×3 vs "…comprehensive plan" ×1 in the seed); "one belt and one
 * road" ×16 vs "one belt and one way" ×2 is well above it.
 */
export const MIN_FREQUENT_EDGE = 5;

/** A rare phrase and the frequent form it varies from. */
export interface VariantEntry {
  /** The variant's words, lower case. */
  readonly words: readonly string[];
  /** Position of the word that differs. */
  readonly slot: number;
  /** The frequent form's word at `slot`, lower case. */
  readonly replacement: string;
  /** The frequent form, lower case, words joined by spaces. */
  readonly frequent: string;
  readonly frequentCount: number;
  readonly count: number;
}

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
 * a function word ("one belt and one way", not "the one belt and one way"), then the longest.
 */
export function findVariants(scan: ScannedText, index: VariantIndex): VariantHit[] {
  if (index.bySlotWord.size === 0) return [];
  const { words, text } = scan;
  const hits: VariantHit[] = [];
  const slotIds = slotIdsOf(index);
  for (let k = 0; k < words.length; k++) {
    if (slotIds[words[k]!.id] !== 1) continue;
    const entries = index.bySlotWord.get(words[k]!.lower);
    if (!entries) continue;
    let best: VariantEntry | undefined;
    for (const entry of entries) {
      if (!matchesAt(words, k - entry.slot, entry)) continue;
      if (!best || rank(entry) > rank(best)) best = entry;
    }
    if (!best) continue;
    const first = words[k - best.slot]!;
    const last = words[k - best.slot + best.words.length - 1]!;
    const differing = words[k]!;
    const phrase = text.slice(first.start, last.end);
    const at = differing.start - first.start;
    const previous = words[k - 1];
    const sentenceStart =
      previous === undefined ||
      /[.!?:。！？：]\s*$/.test(text.slice(previous.end, differing.start));
    hits.push({
      start: first.start,
      end: last.end,
      entry: best,
      sameWord: isFormVariant(differing.text, best.replacement),
      name: /^\p{Lu}/u.test(differing.text) && !sentenceStart,
      suggestion:
        phrase.slice(0, at) +
        followCase(best.replacement, differing.text) +
        phrase.slice(at + differing.text.length),
    });
  }
  return hits;
}

/**
 * The word ids (in this thread's lexicon: the index may come from a worker) of the index's differing
 * words, so that most words are passed over by a small-integer lookup instead of a string one.
 */
const slotIdCache = new WeakMap<VariantIndex, Uint8Array>();
function slotIdsOf(index: VariantIndex): Uint8Array {
  let flags = slotIdCache.get(index);
  if (!flags) {
    const ids = [...index.bySlotWord.keys()].map((word) => lexeme(word).id);
    flags = new Uint8Array(Math.max(0, ...ids) + 1);
    for (const id of ids) if (id >= 0) flags[id] = 1;
    slotIdCache.set(index, flags);
  }
  return flags;
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

/** One (frequent phrase, differing slot) to look for, found through its rarest other word. */
interface Probe {
  readonly gram: Gram;
  readonly slot: number;
  readonly anchor: number;
}

function variantsOf(seq: WordSequence, grams: readonly Gram[]): VariantEntry[] {
  const { ids, words, counts, stop } = seq;
  const probesByWord: (Probe[] | undefined)[] = [];
  for (const gram of grams) {
    const gramIds = Array.from(ids.subarray(gram.at, gram.at + gram.length));
    if (gram.length < MIN_WORDS || gramIds.filter((id) => !stop[id]).length < 2) continue;
    for (let slot = 0; slot < gram.length; slot++) {
      if (stop[gramIds[slot]!]) continue;
      let anchor = -1;
      for (let j = 0; j < gram.length; j++) {
        if (j !== slot && (anchor < 0 || counts[gramIds[j]!]! < counts[gramIds[anchor]!]!))
          anchor = j;
      }
      const probe = { gram, slot, anchor };
      (probesByWord[gramIds[anchor]!] ??= []).push(probe);
    }
  }
  const found = new Map<string, { probe: Probe; count: number; at: number }>();
  if (probesByWord.length === 0) return [];
  for (let p = 0; p < ids.length; p++) {
    const id = ids[p]!;
    const probes = id < 0 ? undefined : probesByWord[id];
    if (!probes) continue;
    for (const probe of probes) {
      const start = p - probe.anchor;
      const word = differingWord(ids, stop, start, probe);
      if (word < 0) continue;
      const key = `${probe.gram.at}:${probe.slot}:${word}`;
      const seen = found.get(key);
      if (seen) seen.count++;
      else found.set(key, { probe, count: 1, at: start });
    }
  }
  const entries: VariantEntry[] = [];
  for (const { probe, count, at } of found.values()) {
    const { gram, slot } = probe;
    const edge = slot === 0 || slot === gram.length - 1;
    if (gram.count < (edge ? MIN_FREQUENT_EDGE : MIN_FREQUENT) || gram.count < MIN_RATIO * count)
      continue;
    const variantWords = Array.from(ids.subarray(at, at + gram.length), (id) => words[id]!);
    const frequentWords = Array.from(
      ids.subarray(gram.at, gram.at + gram.length),
      (id) => words[id]!,
    );
    entries.push({
      words: variantWords,
      slot,
      replacement: frequentWords[slot]!,
      frequent: frequentWords.join(' '),
      frequentCount: gram.count,
      count,
    });
  }
  return entries;
}

/**
 * The id of the word at `probe.slot` of the phrase starting at `start` when the phrase equals the
 * probe's frequent phrase everywhere else and differs there by a content word; else -1.
 */
function differingWord(ids: Int32Array, stop: Uint8Array, start: number, probe: Probe): number {
  const { gram, slot } = probe;
  if (start < 0 || start + gram.length > ids.length) return -1;
  for (let j = 0; j < gram.length; j++) {
    if (j !== slot && ids[start + j] !== ids[gram.at + j]) return -1;
  }
  const word = ids[start + slot]!;
  return word < 0 || word === ids[gram.at + slot] || stop[word] ? -1 : word;
}
