/**
 * Translation Edit Rate with block shifts (Snover et al. 2006, "A Study of Translation Edit Rate with
 * Targeted Human Annotation"), computed as sacreBLEU 2.x does (`sacrebleu/metrics/lib_ter.py`, which
 * follows Tercom): greedily apply the block shift that lowers the word edit distance most, until none
 * does, then add the remaining edit distance. Each shift costs one edit, whatever its length.
 * sacreBLEU's limits are kept: shifted blocks of at most 10 words, moved at most 50 positions, a
 * 25-wide beam in the edit distance, and at most 1,000 shift candidates evaluated per sentence.
 *
 * Verified against sacreBLEU's own test vectors and the MLQE-PE en-zh reference HTER
 * (tests/conformance/metrics.test.ts).
 */
import { alignment, BeamEditDistance } from './beam-edit-distance.ts';
import { terText, terTokens, type TerOptions } from './ter-tokenizer.ts';
import { terWords } from './ter-words.ts';

export type { TerOptions } from './ter-tokenizer.ts';
export { terTokens } from './ter-tokenizer.ts';

/** sacreBLEU's `_MAX_SHIFT_SIZE`: longest block a shift moves. */
const MAX_SHIFT_SIZE = 10;
/** sacreBLEU's `_MAX_SHIFT_DIST`: farthest a block's start may be from the matching reference words. */
const MAX_SHIFT_DIST = 50;
/** sacreBLEU's `_MAX_SHIFT_CANDIDATES`: shift candidates evaluated per sentence, all rounds together. */
const MAX_SHIFT_CANDIDATES = 1000;

/** TER of one hypothesis against one reference. */
export interface TerResult {
  /** Edits: insertions, deletions, substitutions and block shifts. */
  readonly edits: number;
  /** Words (tokens) of the reference. */
  readonly refLength: number;
  /**
   * `edits / refLength` as a fraction (sacreBLEU reports 100 × this); with an empty reference, 1 when
   * there are edits and 0 when there are none, as in sacreBLEU. Not capped: see hter.ts.
   */
  readonly score: number;
  /** How many of the edits are block shifts. */
  readonly shifts: number;
}

/**
 * TER of `hypothesis` against `reference`, sacreBLEU-compatible: case-insensitive by default, tokens
 * are the whitespace-separated tokens (see {@link terTokens} for the options).
 */
export function ter(hypothesis: string, reference: string, options: TerOptions = {}): TerResult {
  // An unchanged segment (a third of a reviewed document): no edit, tokenized once.
  if (hypothesis === reference) {
    return { edits: 0, refLength: terTokens(reference, options).length, score: 0, shifts: 0 };
  }
  const { hyp, ref, words } = terWords(terText(hypothesis, options), terText(reference, options));
  const { edits, shifts } = editRate(hyp, ref, words);
  return { edits, refLength: ref.length, score: rate(edits, ref.length), shifts };
}

/** TER of already tokenized text (the tokens compared exactly). */
export function terOfTokens(
  hypothesis: readonly string[],
  reference: readonly string[],
): TerResult {
  const ids = new Map<string, number>();
  const ref = reference.map((token) => {
    let id = ids.get(token);
    if (id === undefined) ids.set(token, (id = ids.size));
    return id;
  });
  // Hypothesis words the reference lacks all get one number (as in ter-words.ts): each differs from
  // every reference word, so they play the same part in the edit distance and in shifts (both only
  // compare with reference words), and the edit distance's row cache may share their rows.
  const other = ids.size;
  const hyp = hypothesis.map((token) => ids.get(token) ?? other);
  const { edits, shifts } = editRate(hyp, ref, other + 1);
  return { edits, refLength: ref.length, score: rate(edits, ref.length), shifts };
}

/** sacreBLEU's score from totals: edits per reference word, with its empty-reference convention. */
export function rate(edits: number, refLength: number): number {
  if (refLength > 0) return edits / refLength;
  return edits > 0 ? 1 : 0;
}

/** sacreBLEU `translation_edit_rate`. */
function editRate(
  hyp: readonly number[],
  ref: readonly number[],
  vocabulary: number,
): { edits: number; shifts: number } {
  // An empty reference: every hypothesis word is deleted (sacreBLEU's special case).
  if (ref.length === 0) return { edits: hyp.length, shifts: 0 };
  // Equal texts need no shift (sacreBLEU would try candidates and reject them all).
  // Stryker disable next-line ArrowFunction: speed only; equal texts have no error, so no shift candidate and 0 edits
  if (hyp.length === ref.length && hyp.every((w, i) => w === ref[i]))
    return { edits: 0, shifts: 0 };
  const ed = new BeamEditDistance(ref, vocabulary);
  const refPositions = positionsOf(ref, vocabulary);
  let words = hyp;
  let shifts = 0;
  let checked = 0;
  for (;;) {
    const best = bestShift(words, ref, refPositions, ed, checked);
    checked = best.checked;
    // As in sacreBLEU, running out of candidates discards the round's shift too.
    if (checked >= MAX_SHIFT_CANDIDATES || best.gain <= 0) break;
    shifts += 1;
    words = best.words;
  }
  const edits = shifts + ed.cost(words);
  ed.release();
  return { edits, shifts };
}

/**
 * Where each word occurs in the reference, in order: the positions of word `w` are
 * `positions[start[w]]` up to (not including) `positions[start[w + 1]]`.
 */
interface Positions {
  readonly start: readonly number[];
  readonly positions: readonly number[];
}

/** {@link Positions} of `ref` (a counting sort: words are numbers below `vocabulary`). */
function positionsOf(ref: readonly number[], vocabulary: number): Positions {
  const start = new Array<number>(vocabulary + 1).fill(0);
  for (const word of ref) start[word + 1]! += 1;
  for (let w = 0; w < vocabulary; w += 1) start[w + 1]! += start[w]!;
  const next = start.slice(0, vocabulary);
  // Stryker disable next-line ArrayDeclaration: every index below ref.length is assigned next; the size is a hint
  const positions = new Array<number>(ref.length).fill(0);
  ref.forEach((word, r) => {
    positions[next[word]!] = r;
    next[word]! += 1;
  });
  return { start, positions };
}

interface Shift {
  readonly gain: number;
  readonly words: readonly number[];
  readonly checked: number;
}

/**
 * sacreBLEU `_shift`: of all shifts of a block of hypothesis words onto matching reference words, the
 * one that lowers the edit distance most (ties: longer block, earlier block, earlier target). The
 * blocks are those of sacreBLEU's `_find_shifted_pairs`, in its order: for each hypothesis position h,
 * each reference position r within 50 of it where the words match, blocks of 1 to 10 matching words.
 */
function bestShift(
  words: readonly number[],
  ref: readonly number[],
  refPositions: Positions,
  ed: BeamEditDistance,
  checked: number,
): Shift {
  const { start, positions } = refPositions;
  const { cost: before, trace } = ed.distance(words);
  const { align, refErr, hypErr } = alignment(trace);
  let best:
    | { gain: number; length: number; startH: number; idx: number; words: readonly number[] }
    | undefined;
  for (let startH = 0; startH < words.length; startH += 1) {
    const word = words[startH]!;
    for (let p = start[word]!; p < start[word + 1]!; p += 1) {
      const startR = positions[p]!;
      if (startR < startH - MAX_SHIFT_DIST) continue;
      if (startR > startH + MAX_SHIFT_DIST) break;
      for (let length = 1; length <= MAX_SHIFT_SIZE; length += 1) {
        if (words[startH + length - 1] !== ref[startR + length - 1]) break;
        // Shift only a block that is wrong where it is, onto reference words not yet matched.
        const at = align[startR]!;
        if (
          anyError(hypErr, startH, length) &&
          anyError(refErr, startR, length) &&
          !(startH <= at && at < startH + length)
        ) {
          let prevIdx = -1;
          for (let offset = -1; offset < length; offset += 1) {
            let idx: number;
            if (startR + offset === -1) idx = 0;
            else if (startR + offset < align.length) idx = align[startR + offset]! + 1;
            else break;
            if (idx === prevIdx) continue;
            prevIdx = idx;
            const shifted = performShift(words, startH, length, idx);
            const gain = before - ed.cost(shifted);
            checked += 1;
            if (!best || better(gain, length, startH, idx, best)) {
              best = { gain, length, startH, idx, words: shifted };
            }
          }
          if (checked >= MAX_SHIFT_CANDIDATES) return result(best, words, checked);
        }
        // Stryker disable next-line ArithmeticOperator: when only one side runs out, the next match test fails (undefined) and breaks
        if (startH + length === words.length || startR + length === ref.length) break;
      }
    }
  }
  return result(best, words, checked);
}

function result(
  best: { gain: number; words: readonly number[] } | undefined,
  words: readonly number[],
  checked: number,
): Shift {
  return best ? { gain: best.gain, words: best.words, checked } : { gain: 0, words, checked };
}

/**
 * sacreBLEU's ranking tuple `(gain, length, -startH, -idx)` compared with Python's `>` (exported for
 * its tests).
 */
export function better(
  gain: number,
  length: number,
  startH: number,
  idx: number,
  best: { gain: number; length: number; startH: number; idx: number },
): boolean {
  if (gain !== best.gain) return gain > best.gain;
  if (length !== best.length) return length > best.length;
  if (startH !== best.startH) return startH < best.startH;
  return idx < best.idx;
}

function anyError(errors: readonly number[], start: number, length: number): boolean {
  const end = Math.min(errors.length, start + length);
  for (let i = start; i < end; i += 1) if (errors[i]) return true;
  return false;
}

/** sacreBLEU `_perform_shift`: moves `words[start…start+length)` to before position `target`. */
export function performShift<T>(
  words: readonly T[],
  start: number,
  length: number,
  target: number,
): T[] {
  const block = words.slice(start, start + length);
  if (target < start) {
    return [
      ...words.slice(0, target),
      ...block,
      ...words.slice(target, start),
      ...words.slice(start + length),
    ];
  }
  if (target > start + length) {
    return [
      ...words.slice(0, start),
      ...words.slice(start + length, target),
      ...block,
      ...words.slice(target),
    ];
  }
  return [
    ...words.slice(0, start),
    ...words.slice(start + length, length + target),
    ...block,
    ...words.slice(length + target),
  ];
}
