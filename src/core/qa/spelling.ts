/**
 * `spelling` and `name`: words the target-language dictionary does not know, nor the project's word
 * list, nor the term rules. Hyphenated compounds are checked part by part ("e-commerce"), possessives
 * without their "'s". Only a target in the dictionary's language is checked (see `spellerFor`).
 * Capitalised words inside a sentence that the MT or source has too are names (pinyin names are
 * everywhere in Chinese-English MT): `name` notes, without suggestion. Any other unknown word is
 * `spelling`: a `warning` with the dictionary's first suggestion, `info` when capitalised inside a
 * sentence (a name the reviewer typed, perhaps).
 */
import type { Check, CheckInput } from './check.ts';
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

/** One unknown part of a word in the text, with whether it reads as a name. */
interface Unknown {
  readonly part: UnknownPart;
  readonly start: number;
  /** Capitalised, not at the start of a sentence. */
  readonly inner: boolean;
  /** An inner capital the MT or the source has too. */
  readonly name: boolean;
}

/**
 * Calls `visit` for each unknown part of each word; verdicts are cached per word form (see
 * {@link verdicts}). A part is a name when it is capitalised inside a sentence and the MT or the source
 * has it too (issue 11 item 7: on the seed, 14 of 16 spelling flags were pinyin place and person
 * names the MT already carried).
 */
function forEachUnknown(input: CheckInput, visit: (unknown: Unknown) => void): void {
  const {
    segment,
    scan: { words, text },
    context,
  } = input;
  const speller = context.speller;
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
      const inner = part.capitalised && !sentenceStart;
      const name =
        inner && (segment.mt.includes(part.base) || (segment.source ?? '').includes(part.base));
      visit({ part, start: word.start + part.offset, inner, name });
    }
  }
}

/** `spelling`: unknown words that are not names, with the dictionary's first suggestion. */
export const spellingCheck: Check = {
  id: 'spelling',
  run(input, report) {
    const speller = input.context.speller;
    forEachUnknown(input, ({ part, start, inner, name }) => {
      if (name || !speller) return;
      if (part.suggestion === undefined) part.suggestion = speller.suggest(part.base)[0] ?? null;
      report({
        rule: 'spelling',
        severity: inner ? 'info' : 'warning',
        start,
        end: start + part.base.length,
        ...(part.suggestion ? { suggestion: part.suggestion } : {}),
        key: 'qa.spelling.unknown',
        params: { word: part.base },
      });
    });
  },
};

/**
 * `name`: unknown words that read as names (capitalised inside a sentence, in the MT or source too):
 * a note, without a suggestion — the reviewer adds the right ones to the word list in one click.
 */
export const nameCheck: Check = {
  id: 'name',
  run(input, report) {
    forEachUnknown(input, ({ part, start, name }) => {
      if (!name) return;
      report({
        rule: 'name',
        severity: 'info',
        start,
        end: start + part.base.length,
        key: 'qa.name.unknown',
        params: { word: part.base },
      });
    });
  },
};
