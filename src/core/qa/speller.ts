/**
 * The spelling dictionary behind `Speller`: nspell (a Hunspell-compatible checker in plain JavaScript)
 * over the Hunspell files of the `dictionary-en` package, which callers load as they can — the worker
 * and the CLI import `index.aff` and `index.dic` with Vite's `?raw`, Node tests read them from disk.
 */
import nspell from 'nspell';
import type { Speller } from './types.ts';

/** Longest word suggestions are looked for (longer "words" are codes or run-together text). */
const MAX_SUGGEST_LENGTH = 30;
/** Suggestions kept per word. */
const MAX_SUGGESTIONS = 5;
const ALPHABET = "abcdefghijklmnopqrstuvwxyz'-";

/** Words that are never misspellings whatever the dictionary says. */
const NEVER_FLAGGED = [
  /\d/, // numbers, model names, codes: "5G", "2017年"
  /^\p{Lu}[\p{Lu}\d&.-]+$/u, // acronyms: "BRI", "SCIO", "U.S."
  /\u27E8|\u27E9/, // inline-code placeholders
  /^(?:https?:|www\.)|@/, // URLs and e-mail addresses
];

/** True for words no speller should flag (see `createSpeller`). */
export function isExemptWord(word: string): boolean {
  return NEVER_FLAGGED.some((pattern) => pattern.test(word));
}

/**
 * A speller from Hunspell affix and dictionary text, with `extraWords` (the project's word list, the
 * terms' words) known too. Answers are cached per word: a document asks about the same few thousand
 * words a million times, and nspell's suggester is slow. Words with digits, acronyms in capitals,
 * placeholders, URLs and e-mail addresses are always correct. `lang` is the dictionary's language
 * (`dictionary-en`: English), so that targets in other languages are left alone.
 */
export function createSpeller(
  aff: string,
  dic: string,
  extraWords: readonly string[],
  lang = 'en',
): Speller {
  const spell = nspell(aff, dic);
  const extra = new Set<string>();
  for (const word of extraWords) {
    const trimmed = word.trim();
    if (trimmed === '') continue;
    spell.add(trimmed);
    extra.add(trimmed.toLowerCase());
  }
  const correct = new Map<string, boolean>();
  const suggestions = new Map<string, string[]>();
  return {
    lang,
    correct(word) {
      let known = correct.get(word);
      if (known === undefined) {
        known =
          isExemptWord(word) ||
          extra.has(word.toLowerCase()) ||
          spell.correct(word.replaceAll('’', "'"));
        correct.set(word, known);
      }
      return known;
    },
    suggest(word) {
      let list = suggestions.get(word);
      if (list === undefined) {
        list =
          word.length > MAX_SUGGEST_LENGTH ? [] : suggestByEdits(word, (w) => spell.correct(w));
        suggestions.set(word, list);
      }
      return list;
    },
  };
}

/**
 * Dictionary words one edit away from `word` (Norvig's corrector): a swap of neighbours, a deletion, a
 * replacement or an insertion, tried in that order (a swap is the likeliest slip: "teh" → "the").
 *
 * Not nspell's own `suggest`: on the seed's unknown pinyin names it takes 55–400 ms a word
 * ("Liaohai" 406 ms, "Chaoyang" 373 ms) and finds nothing useful; one edit takes ≈ 1 ms and finds
 * "Fourty" → "Forty", "recieve" → "receive", "goverment" → "government".
 */
export function suggestByEdits(word: string, correct: (word: string) => boolean): string[] {
  const found = new Set<string>();
  const consider = (candidate: string) => {
    if (candidate !== word && candidate !== '' && !found.has(candidate) && correct(candidate))
      found.add(candidate);
  };
  const w = word.replaceAll('’', "'");
  for (let i = 0; i + 1 < w.length; i++)
    consider(w.slice(0, i) + w[i + 1]! + w[i]! + w.slice(i + 2));
  for (let i = 0; i < w.length; i++) consider(w.slice(0, i) + w.slice(i + 1));
  for (let i = 0; i < w.length; i++)
    for (const c of ALPHABET) consider(w.slice(0, i) + c + w.slice(i + 1));
  for (let i = 0; i <= w.length; i++)
    for (const c of ALPHABET) consider(w.slice(0, i) + c + w.slice(i));
  return [...found].slice(0, MAX_SUGGESTIONS);
}
