/**
 * The words of a TER hypothesis and reference as numbers, which is all the edit distance and the
 * shifts look at (ter.ts): equal tokens get equal numbers. The tokens are the texts' runs of
 * non-separators (ter-tokenizer.ts, after `terText`), found and numbered in one pass over each text
 * through a small hash table of the reference's tokens, without making a string per token: in a
 * document's HTER, splitting the texts and numbering the tokens through a Map took half as long as
 * the edit distances themselves.
 */
// @ts-nocheck


/** Words as numbers: reference words 0…`words`-2, hypothesis words the reference lacks `words`-1. */
export interface TerWords {
  readonly hyp: number[];
  readonly ref: number[];
  /** How many distinct numbers there are. */
  readonly words: number;
}

// Scratch space, reused from call to call (the function is synchronous and calls nothing back).
/** Start, end and hash of each reference token; its word number. */
let starts = new Int32Array(256);
let ends = new Int32Array(256);
let hashes = new Int32Array(256);
let numbers = new Int32Array(256);
/** Open addressing: reference token index + 1 of the first token with that text; 0 when empty. */
let slots = new Int32Array(512);

/** The words of two prepared texts (`terText`) as numbers; hypothesis words the reference lacks share one. */
export function terWords(hypText: string, refText: string): TerWords {
  const count = scanReference(refText);
  let size = 16;
  while (size < count * 2) size *= 2;
  if (slots.length < size) slots = new Int32Array(size);
  else slots.fill(0, 0, size);
  const mask = size - 1;
  const ref = new Array<number>(count);
  let words = 0;
  for (let t = 0; t < count; t += 1) {
    const start = starts[t]!;
    const end = ends[t]!;
    const hash = hashes[t]!;
    let slot = hash & mask;
    let found = -1;
    for (let entry = slots[slot]!; entry !== 0; entry = slots[slot]!) {
      if (sameToken(refText, start, end, hash, entry - 1, refText)) {
        found = numbers[entry - 1]!;
        break;
      }
      slot = (slot + 1) & mask;
    }
    if (found < 0) {
      found = words;
      words += 1;
      slots[slot] = t + 1;
    }
    numbers[t] = found;
    ref[t] = found;
  }
  const other = words;
  const hyp: number[] = [];
  for (let i = 0; nextToken(hypText, i); i = tokenEnd) {
    let slot = tokenHash & mask;
    let number = other;
    for (let entry = slots[slot]!; entry !== 0; entry = slots[slot]!) {
      if (sameToken(hypText, tokenStart, tokenEnd, tokenHash, entry - 1, refText)) {
        number = numbers[entry - 1]!;
        break;
      }
      slot = (slot + 1) & mask;
    }
    hyp.push(number);
  }
  return { hyp, ref, words: other + 1 };
}

/** 32-bit FNV-1a over code units. */
const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 0x01000193;

/** Finds the reference's tokens (into the scratch arrays); returns how many. */
function scanReference(text: string): number {
  let count = 0;
  for (let i = 0; nextToken(text, i); i = tokenEnd) {
    if (count === starts.length) grow();
    starts[count] = tokenStart;
    ends[count] = tokenEnd;
    hashes[count] = tokenHash;
    count += 1;
  }
  return count;
}

/** The last token `nextToken` found: `text[tokenStart…tokenEnd)`, with its hash. */
let tokenStart = 0;
let tokenEnd = 0;
let tokenHash = 0;

/** Finds the first token at or after `i` in `text` (sets `tokenStart`…); false when none is left. */
function nextToken(text: string, i: number): boolean {
  const n = text.length;
  while (i < n && isPythonSpace(text.charCodeAt(i))) i += 1;
  if (i >= n) return false;
  tokenStart = i;
  let hash = FNV_OFFSET;
  let unit = text.charCodeAt(i);
  do {
    hash = Math.imul(hash ^ unit, FNV_PRIME);
    i += 1;
    unit = text.charCodeAt(i);
  } while (i < n && !isPythonSpace(unit));
  tokenEnd = i;
  tokenHash = hash;
  return true;
}

/**
 * True when the code unit separates TER tokens: one of ter-tokenizer.ts's `PY_WHITESPACE` (a test
 * compares both over every code unit). Here, not imported: it runs for every character, and a call
 * across modules is not inlined where modules stay apart (Vite's module runner, in tests and benches).
 */
export function isPythonSpace(unit: number): boolean {
  if (unit <= 0x20) return unit >= 0x1c || (unit >= 0x09 && unit <= 0x0d);
  if (unit < 0x85) return false;
  return (
    unit === 0x85 ||
    unit === 0xa0 ||
    unit === 0x1680 ||
    (unit >= 0x2000 && unit <= 0x200a) ||
    unit === 0x2028 ||
    unit === 0x2029 ||
    unit === 0x202f ||
    unit === 0x205f ||
    unit === 0x3000
  );
}

function grow(): void {
  const double = (a: Int32Array) => {
    const b = new Int32Array(a.length * 2);
    b.set(a);
    return b;
  };
  starts = double(starts);
  ends = double(ends);
  hashes = double(hashes);
  numbers = new Int32Array(numbers.length * 2);
}

/** Whether `text[start…end)` is the same token as reference token `t`. */
function sameToken(
  text: string,
  start: number,
  end: number,
  hash: number,
  t: number,
  refText: string,
): boolean {
  const refStart = starts[t]!;
  if (hashes[t] !== hash || ends[t]! - refStart !== end - start) return false;
  for (let k = 0; k < end - start; k += 1) {
    if (text.charCodeAt(start + k) !== refText.charCodeAt(refStart + k)) return false;
  }
  return true;
}
