/**
 * `spelling`: words the target-language dictionary does not know, nor the project's word list, nor the
 * term rules. Hyphenated compounds are checked part by part ("e-commerce"), possessives without their
 * "'s". Capitalised words inside a sentence are most likely names (pinyin names are everywhere in
 * Chinese-English MT), so they are only `info` and get no suggestion; any other unknown word is a
 * `warning` with the dictionary's first suggestion.
 */
import type { Check } from './check.ts';
import { isExemptWord } from './speller.ts';
import type { Speller } from './types.ts';

const POSSESSIVE = /['’]s$|['’]$/;
const CAPITALISED = /^\p{Lu}/u;
const SENTENCE_END = /[.!?:"“”]\s*$/;
const JOINER = /[-‐‑]/;

/** An unknown part of a word form; `suggestion` is looked up the first time it is needed. */
interface UnknownPart {
  readonly offset: number;
  readonly base: string;
  readonly capitalised: boolean;
  suggestion?: string | null;
}

const NONE: readonly UnknownPart[] = [];

/**
 * Verdicts per word form, per speller and known-word set: a document repeats a few thousand forms a
 * million times, and checking one (split, strip, four exemption patterns, the dictionary) costs far
 * more than a lookup.
 */
interface Verdicts {
  /** By lexicon form index (text-scan.ts `Word.form`). */
  readonly byForm: (readonly UnknownPart[] | undefined)[];
  /** Forms the lexicon could not index. */
  readonly byText: Map<string, readonly UnknownPart[]>;
}
const verdicts = new WeakMap<Speller, WeakMap<ReadonlySet<string>, Verdicts>>();

function verdictsFor(speller: Speller, known: ReadonlySet<string>): Verdicts {
  let bySet = verdicts.get(speller);
  if (!bySet) verdicts.set(speller, (bySet = new WeakMap()));
  let cache = bySet.get(known);
  if (!cache) bySet.set(known, (cache = { byForm: [], byText: new Map() }));
  return cache;
}

/** The parts of `form` (a word as scanned) that are misspelt. */
function unknownParts(
  form: string,
  speller: Speller,
  known: ReadonlySet<string>,
): readonly UnknownPart[] {
  if (form.length < 2 || known.has(form.toLowerCase()) || isExemptWord(form)) return NONE;
  let parts: UnknownPart[] | undefined;
  let offset = 0;
  for (const part of JOINER.test(form) ? form.split(JOINER) : [form]) {
    const base = part.replace(POSSESSIVE, '');
    if (base.length >= 2 && !known.has(base.toLowerCase()) && !speller.correct(base))
      (parts ??= []).push({ offset, base, capitalised: CAPITALISED.test(base) });
    offset += part.length + 1;
  }
  return parts ?? NONE;
}

/** Flags each unknown part of each word; verdicts are cached per word form (see {@link verdicts}). */
export const spellingCheck: Check = {
  id: 'spelling',
  run({ scan: { words, text }, context }, report) {
    const speller = context.ctx.speller;
    if (!speller) return;
    const cache = verdictsFor(speller, context.knownWords);
    for (let k = 0; k < words.length; k++) {
      const word = words[k]!;
      let parts = word.form >= 0 ? cache.byForm[word.form] : cache.byText.get(word.text);
      if (parts === undefined) {
        parts = unknownParts(word.text, speller, context.knownWords);
        if (word.form >= 0) cache.byForm[word.form] = parts;
        else cache.byText.set(word.text, parts);
      }
      for (const part of parts) {
        const previous = words[k - 1];
        const sentenceStart =
          part.offset === 0 &&
          (previous === undefined || SENTENCE_END.test(text.slice(previous.end, word.start)));
        const name = part.capitalised && !sentenceStart;
        if (!name && part.suggestion === undefined)
          part.suggestion = speller.suggest(part.base)[0] ?? null;
        const start = word.start + part.offset;
        report({
          rule: 'spelling',
          severity: name ? 'info' : 'warning',
          start,
          end: start + part.base.length,
          ...(name || !part.suggestion ? {} : { suggestion: part.suggestion }),
          key: name ? 'qa.spelling.name' : 'qa.spelling.unknown',
          params: { word: part.base },
        });
      }
    }
  },
};
