/**
 * Interned word forms. A document of a million words has a few tens of thousands of distinct ones:
 * looking each up once here gives its lower-case form and a dense id without lower-casing (and
 * allocating) a million strings, and the phrase counting of variants.ts works on the ids directly.
 */
import { isStopWord } from './stop-words.ts';

/** One distinct word form as written. */
export interface Lexeme {
  readonly text: string;
  readonly lower: string;
  /**
   * Dense id of the lower-case form, shared by "Road" and "road"; -1 for words with digits (numbers
   * are not phrase words) and once the lexicon is full.
   */
  readonly id: number;
}

/** Distinct forms kept; beyond this (a pathological input) words are still scanned, just not interned. */
const MAX_FORMS = 2_000_000;

const forms = new Map<string, Lexeme>();
const idOfLower = new Map<string, number>();
const lowers: string[] = [];
const stops: boolean[] = [];
const HAS_DIGIT = /\d/;

/** The lexeme of a word form. */
export function lexeme(text: string): Lexeme {
  const known = forms.get(text);
  if (known) return known;
  const lower = text.toLowerCase();
  let id = idOfLower.get(lower);
  if (id === undefined) {
    id = HAS_DIGIT.test(lower) || lowers.length >= MAX_FORMS ? -1 : lowers.length;
    if (id >= 0) {
      lowers.push(lower);
      stops.push(isStopWord(lower));
    }
    if (lowers.length < MAX_FORMS) idOfLower.set(lower, id);
  }
  const entry = { text, lower, id };
  if (forms.size < MAX_FORMS) forms.set(text, entry);
  return entry;
}

/** The lower-case form of each id so far (index = id). */
export function lowerForms(): readonly string[] {
  return lowers;
}

/** Whether each id so far is a function word (index = id). */
export function stopFlags(): readonly boolean[] {
  return stops;
}
