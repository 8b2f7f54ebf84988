/**
 * A whole document scanned in one pass into typed arrays: what the document statistics count phrases
 * in, and what each segment's words are then built from when its checks run — no text is scanned
 * twice and no million `Word` objects live through a run (keeping them cost more in garbage collection
 * than the scanning itself).
 */
// @ts-nocheck

import { lexeme, lexemeByIndex } from './lexicon.ts';
import {
  findProtectedSpans,
  TextFlags,
  visitWords,
  type ScannedText,
  type Span,
  type Word,
} from './words.ts';

/** Word k of text t is at `offsets[t] + k` in the arrays. */
export interface ScannedDocument {
  readonly texts: readonly string[];
  readonly offsets: Int32Array;
  readonly starts: Int32Array;
  readonly ends: Int32Array;
  /** Lexeme index of each word (-1 when the lexicon was full: the word is looked up again). */
  readonly lexemes: Int32Array;
  /** Word id of each word (`Lexeme.id`). */
  readonly ids: Int32Array;
  /** Per word: 1 = break before, 2 = joined. */
  readonly wordFlags: Uint8Array;
  /** Per text: `TextFlags`. */
  readonly textFlags: Uint8Array;
  readonly protectedSpans: readonly (readonly Span[])[];
}

const BREAK = 1;
const JOINED = 2;

/** Scans every text once (see the file comment). */
export function scanDocument(texts: readonly string[]): ScannedDocument {
  let capacity = 1024;
  for (const text of texts) capacity += Math.ceil(text.length / 5); // English: ≈ 6 characters a word
  let starts = new Int32Array(capacity);
  let ends = new Int32Array(capacity);
  let lexemes = new Int32Array(capacity);
  let ids = new Int32Array(capacity);
  let wordFlags = new Uint8Array(capacity);
  const offsets = new Int32Array(texts.length + 1);
  const textFlags = new Uint8Array(texts.length);
  const protectedSpans: Span[][] = [];
  let count = 0;
  let hint = 0;
  const grow = () => {
    capacity *= 2;
    const bigger = <T extends Int32Array | Uint8Array>(a: T, make: (n: number) => T): T => {
      const b = make(capacity);
      b.set(a);
      return b;
    };
    starts = bigger(starts, (n) => new Int32Array(n));
    ends = bigger(ends, (n) => new Int32Array(n));
    lexemes = bigger(lexemes, (n) => new Int32Array(n));
    ids = bigger(ids, (n) => new Int32Array(n));
    wordFlags = bigger(wordFlags, (n) => new Uint8Array(n));
  };
  texts.forEach((text, t) => {
    const spans = findProtectedSpans(text);
    protectedSpans.push(spans);
    hint = 0;
    const flags = visitWords(text, spans, (start, end, word, breakBefore, joined) => {
      if (count === capacity) grow();
      starts[count] = start;
      ends[count] = end;
      lexemes[count] = word.index;
      ids[count] = word.id;
      wordFlags[count] = (breakBefore ? BREAK : 0) | (joined ? JOINED : 0);
      if (word.hint) hint |= TextFlags.HINT_WORD;
      if (word.digits) hint |= TextFlags.DIGITS;
      count++;
    });
    textFlags[t] = flags | hint;
    offsets[t + 1] = count;
  });
  return {
    texts,
    offsets,
    starts: starts.subarray(0, count),
    ends: ends.subarray(0, count),
    lexemes: lexemes.subarray(0, count),
    ids: ids.subarray(0, count),
    wordFlags: wordFlags.subarray(0, count),
    textFlags,
    protectedSpans,
  };
}

/** Scans one text (a live check of the segment being edited). */
export function scanText(text: string): ScannedText {
  return scannedText(scanDocument([text]), 0);
}

/** Text `t` of a scanned document with its `Word` objects. */
export function scannedText(doc: ScannedDocument, t: number): ScannedText {
  const text = doc.texts[t]!;
  const from = doc.offsets[t]!;
  const to = doc.offsets[t + 1]!;
  const words: Word[] = [];
  for (let k = from; k < to; k++) {
    const start = doc.starts[k]!;
    const end = doc.ends[k]!;
    const index = doc.lexemes[k]!;
    const form = index >= 0 ? lexemeByIndex(index) : lexeme(text.slice(start, end));
    const flags = doc.wordFlags[k]!;
    words.push({
      start,
      end,
      text: form.text,
      lower: form.lower,
      id: form.id,
      form: form.index,
      joined: (flags & JOINED) !== 0,
      breakBefore: (flags & BREAK) !== 0,
    });
  }
  return { text, words, protectedSpans: doc.protectedSpans[t] ?? [], flags: doc.textFlags[t]! };
}
