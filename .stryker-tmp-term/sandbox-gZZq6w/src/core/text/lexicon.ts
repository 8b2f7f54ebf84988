/**
 * Interned word forms. A document of a million words has a few tens of thousands of distinct ones:
 * each form is looked up here straight from the text — by a hash the scanner computes as it reads the
 * characters, compared in place with `startsWith` — so a known word costs no string and no lower-casing,
 * and the phrase counting of variants.ts works on dense ids.
 */
// @ts-nocheck

import { isStopWord } from './stop-words.ts';

/** One distinct word form as written. */
export interface Lexeme {
  /** Position in the lexicon ({@link lexemeByIndex}); -1 once the lexicon is full. */
  readonly index: number;
  readonly text: string;
  readonly lower: string;
  /** A word of boilerplate lines ("ICP", "copyright", "reserved"): see boilerplate.ts. */
  readonly hint: boolean;
  /** The word has a digit (a number, a year, a code). */
  readonly digits: boolean;
  /**
   * Dense id of the lower-case form, shared by "Road" and "road"; -1 for words with digits (numbers
   * are not phrase words) and once the lexicon is full.
   */
  readonly id: number;
}

/** Distinct forms kept; beyond this (a pathological input) words are still scanned, just not interned. */
const MAX_FORMS = 1 << 21;

const forms: Lexeme[] = [];
const hashes: number[] = [];
/** Open addressing: slot → index in `forms` + 1 (0 = empty). */
let slots = new Int32Array(1 << 16);
const idOfLower = new Map<string, number>();
const lowers: string[] = [];
const stops: boolean[] = [];
/** ASCII digits, as before the scanner: Ⅳ, ² and ① are words like any other. */
const HAS_DIGIT = /\d/;

/** FNV-1a step: the scanner folds each code unit of a word into its hash with this. */
export function hashStep(hash: number, code: number): number {
  return Math.imul(hash ^ code, 0x01000193);
}

/** The FNV-1a offset basis, the hash of the empty word. */
export const HASH_START = 0x811c9dc5 | 0;

/** The lexeme of `text.slice(start, end)`, whose {@link hashStep} hash is `hash`. */
export function lexemeAt(text: string, start: number, end: number, hash: number): Lexeme {
  const length = end - start;
  const mask = slots.length - 1;
  let slot = hash & mask;
  for (;;) {
    const index = slots[slot]! - 1;
    if (index < 0) break;
    const form = forms[index]!;
    if (hashes[index] === hash && form.text.length === length && text.startsWith(form.text, start))
      return form;
    slot = (slot + 1) & mask;
  }
  const full = forms.length >= MAX_FORMS;
  const entry = newLexeme(text.slice(start, end), full ? -1 : forms.length);
  if (!full) {
    forms.push(entry);
    hashes.push(hash);
    slots[slot] = forms.length;
    if (forms.length * 2 > slots.length) rehash();
  }
  return entry;
}

/** The lexeme of a word given as a string. */
export function lexeme(text: string): Lexeme {
  let hash = HASH_START;
  for (let i = 0; i < text.length; i++) hash = hashStep(hash, text.charCodeAt(i));
  return lexemeAt(text, 0, text.length, hash);
}

/** The lexeme at `index` (see {@link Lexeme.index}). */
export function lexemeByIndex(index: number): Lexeme {
  return forms[index]!;
}

/** The lower-case form of each id so far (index = id). */
export function lowerForms(): readonly string[] {
  return lowers;
}

/** Whether each id so far is a function word (index = id). */
export function stopFlags(): readonly boolean[] {
  return stops;
}

/** Lower-case words that make a long segment worth the boilerplate patterns (see boilerplate.ts). */
const HINTS = new Set(['icp', 'copyright', 'reserved', 'c']);

function newLexeme(text: string, index: number): Lexeme {
  const lower = text.toLowerCase();
  const digits = HAS_DIGIT.test(lower);
  let id = idOfLower.get(lower);
  if (id === undefined) {
    id = digits || lowers.length >= MAX_FORMS ? -1 : lowers.length;
    if (id >= 0) {
      lowers.push(lower);
      stops.push(isStopWord(lower));
    }
    idOfLower.set(lower, id);
  }
  return { index, text, lower, hint: HINTS.has(lower), digits, id };
}

function rehash(): void {
  slots = new Int32Array(slots.length * 2);
  const mask = slots.length - 1;
  forms.forEach((_, index) => {
    let slot = hashes[index]! & mask;
    while (slots[slot] !== 0) slot = (slot + 1) & mask;
    slots[slot] = index + 1;
  });
}
