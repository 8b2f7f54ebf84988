/**
 * The rare variants of a document's recurring phrases (see variants.ts): each frequent phrase of
 * phrases.ts is looked for with one content word changed, through its rarest other word, in one pass
 * over the document's word ids.
 *
 * To keep the flood down, a frequent form needs at least {@link MIN_FREQUENT} occurrences, at least
 * {@link MIN_RATIO} times as many as the variant, two words that are not function words, and the two
 * words that differ must not be function words either ("the plan" vs "a plan" is not a variant).
 */
import { MAX_WORDS, MIN_FREQUENT, MIN_WORDS, type Gram, type WordSequence } from './phrases.ts';

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

/**
 * The (frequent phrase, differing slot) pairs to look for, each through its rarest other word (its
 * anchor), in flat arrays grouped by anchor word: probes `first[w]` to `first[w + 1]` are anchored on
 * word id `w`, in the order of the phrases and then of their slots. Each probe carries a copy of its
 * phrase's word ids, so testing a position reads the document only near that position: on a million
 * words of real text (every sentence recurring) about 11 million positions are tested, and reaching
 * each phrase's first occurrence through objects and the whole word sequence missed the cache every
 * time (5 s of an 8 s whole-document run).
 */
interface Probes {
  readonly first: Int32Array;
  readonly gram: Int32Array;
  readonly slot: Uint8Array;
  readonly anchor: Uint8Array;
  /** {@link MAX_WORDS} word ids per probe: its phrase's, padded with -1. */
  readonly phrase: Int32Array;
}

/** One probe before it is placed (see {@link Probes}). */
interface ProbeSpec {
  readonly gram: number;
  readonly slot: number;
  readonly anchor: number;
  readonly anchorWord: number;
}

/** Every content-word slot of every phrase with two content words, with its anchor. */
function probeSpecs(seq: WordSequence, grams: readonly Gram[]): ProbeSpec[] {
  const { ids, counts, stop } = seq;
  const specs: ProbeSpec[] = [];
  grams.forEach((gram, g) => {
    const gramIds = ids.subarray(gram.at, gram.at + gram.length);
    if (gram.length < MIN_WORDS || gramIds.filter((id) => !stop[id]).length < 2) return;
    for (let slot = 0; slot < gram.length; slot++) {
      if (stop[gramIds[slot]!]) continue;
      let anchor = -1;
      for (let j = 0; j < gram.length; j++) {
        if (j !== slot && (anchor < 0 || counts[gramIds[j]!]! < counts[gramIds[anchor]!]!))
          anchor = j;
      }
      specs.push({ gram: g, slot, anchor, anchorWord: gramIds[anchor]! });
    }
  });
  return specs;
}

/** The probes of `grams`, grouped by anchor word by a stable counting sort (see {@link Probes}). */
function probesOf(seq: WordSequence, grams: readonly Gram[]): Probes {
  const specs = probeSpecs(seq, grams);
  const first = new Int32Array(seq.words.length + 1);
  for (const spec of specs) first[spec.anchorWord + 1]!++;
  for (let w = 0; w < seq.words.length; w++) first[w + 1]! += first[w]!;
  const fill = first.slice(0, seq.words.length);
  const gram = new Int32Array(specs.length);
  const slot = new Uint8Array(specs.length);
  const anchor = new Uint8Array(specs.length);
  const phrase = new Int32Array(specs.length * MAX_WORDS).fill(-1);
  for (const spec of specs) {
    const q = fill[spec.anchorWord]!++;
    const { at, length } = grams[spec.gram]!;
    gram[q] = spec.gram;
    slot[q] = spec.slot;
    anchor[q] = spec.anchor;
    phrase.set(seq.ids.subarray(at, at + length), q * MAX_WORDS);
  }
  return { first, gram, slot, anchor, phrase };
}

/** Where a probe matched with one word changed: how often, and where first. */
interface Match {
  readonly probe: number;
  readonly at: number;
  count: number;
}

/** The variants of `grams` (the frequent phrases of `seq`), in the order first met in `seq`. */
export function variantsOf(seq: WordSequence, grams: readonly Gram[]): VariantEntry[] {
  const { ids, words } = seq;
  const probes = probesOf(seq, grams);
  // A Map keeps the order in which they were first seen (see matchKey).
  const found = new Map<number, Match>();
  for (let p = 0; p < ids.length; p++) {
    const id = ids[p]!;
    if (id < 0) continue;
    for (let q = probes.first[id]!; q < probes.first[id + 1]!; q++) {
      const start = p - probes.anchor[q]!;
      const word = differingWord(seq, probes, q, grams[probes.gram[q]!]!.length, start);
      if (word < 0) continue;
      const key = matchKey(grams[probes.gram[q]!]!.at, probes.slot[q]!, word, words.length);
      const seen = found.get(key);
      if (seen) seen.count++;
      else found.set(key, { probe: q, count: 1, at: start });
    }
  }
  const entries: VariantEntry[] = [];
  for (const { probe, count, at } of found.values()) {
    const gram = grams[probes.gram[probe]!]!;
    const slot = probes.slot[probe]!;
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
 * The key of a match: where the frequent phrase first occurs, the slot and the differing word. Phrases
 * of different lengths that first occur at the same place share it (a phrase and its extension), so
 * their matches add up in one entry, the first seen; that is how the index has always counted, and
 * the findings stay those users have ignored or fixed. Exact below 2^53: ≈ 10^9 words of document.
 */
function matchKey(at: number, slot: number, word: number, wordCount: number): number {
  return (at * MAX_WORDS + slot) * wordCount + word;
}

/**
 * The id of the word at probe `q`'s slot of the phrase of `length` words starting at `start` when the
 * phrase equals the probe's frequent phrase everywhere else and differs there by a content word; else -1.
 */
function differingWord(
  { ids, stop }: WordSequence,
  { slot, phrase }: Probes,
  q: number,
  length: number,
  start: number,
): number {
  if (start < 0 || start + length > ids.length) return -1;
  const s = slot[q]!;
  const base = q * MAX_WORDS;
  for (let j = 0; j < length; j++) {
    if (j !== s && ids[start + j] !== phrase[base + j]) return -1;
  }
  const word = ids[start + s]!;
  return word < 0 || word === phrase[base + s] || stop[word] ? -1 : word;
}
