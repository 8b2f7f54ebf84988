/**
 * TER's shifts checked against what TER means (issue 11, test strength): worked examples whose minimum
 * number of edits is clear by hand, bounds from an exhaustive search on small inputs, and sacreBLEU's
 * greedy search written out plainly (every candidate listed, then ranked by its tuple) to pin down
 * which shift is chosen where several are equally good, and where the 1,000-candidate cap stops.
 */
import { describe, expect, it } from 'vitest';
import { alignment, BeamEditDistance } from '../../../../src/core/metrics/beam-edit-distance.ts';
import { better, performShift, ter, terOfTokens } from '../../../../src/core/metrics/ter.ts';
import { seededRandom } from '../../../support/prng.ts';

/** Word-level Levenshtein distance (insertions, deletions, substitutions; no shifts). */
function levenshtein(a: readonly string[], b: readonly string[]): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const next = [i];
    for (let j = 1; j <= b.length; j += 1) {
      next[j] = Math.min(
        row[j]! + 1,
        next[j - 1]! + 1,
        row[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    }
    row = next;
  }
  return row[b.length]!;
}

/** Every arrangement one block shift (any block, anywhere) makes of `words`. */
function oneShift(words: readonly string[]): string[][] {
  const out: string[][] = [];
  for (let start = 0; start < words.length; start += 1) {
    for (let length = 1; start + length <= words.length; length += 1) {
      const block = words.slice(start, start + length);
      const rest = [...words.slice(0, start), ...words.slice(start + length)];
      for (let at = 0; at <= rest.length; at += 1) {
        if (at === start) continue;
        out.push([...rest.slice(0, at), ...block, ...rest.slice(at)]);
      }
    }
  }
  return out;
}

/**
 * The exact TER edit count by definition: the fewest block shifts (each 1) plus the edit distance of
 * the shifted words, over every sequence of shifts (a breadth-first search over the arrangements of
 * the hypothesis; fine for a handful of words).
 */
function exactEdits(hyp: readonly string[], ref: readonly string[]): number {
  const seen = new Map<string, number>([[hyp.join(' '), 0]]);
  let frontier: (readonly string[])[] = [hyp];
  let best = levenshtein(hyp, ref);
  for (let shifts = 1; frontier.length > 0 && shifts < best; shifts += 1) {
    const next: string[][] = [];
    for (const words of frontier) {
      for (const shifted of oneShift(words)) {
        const key = shifted.join(' ');
        if (seen.has(key)) continue;
        seen.set(key, shifts);
        next.push(shifted);
        best = Math.min(best, shifts + levenshtein(shifted, ref));
      }
    }
    frontier = next;
  }
  return best;
}

/**
 * sacreBLEU's `translation_edit_rate` as its Python reads: `_find_shifted_pairs` lists every pair of
 * matching blocks, `_shift` ranks each candidate by `(gain, length, -start_h, -idx)` and keeps the
 * greatest, and the search stops when no shift gains or 1,000 candidates have been evaluated. The
 * edit distance and its alignment are the shared ones (beam-edit-distance.ts, not under test here).
 */
function plainTer(
  hyp: readonly string[],
  ref: readonly string[],
): { edits: number; shifts: number; capped: boolean } {
  if (ref.length === 0) return { edits: hyp.length, shifts: 0, capped: false };
  const ids = new Map<string, number>();
  for (const w of [...ref, ...hyp]) if (!ids.has(w)) ids.set(w, ids.size);
  const r = ref.map((w) => ids.get(w)!);
  let h = hyp.map((w) => ids.get(w)!);
  const ed = new BeamEditDistance(r, ids.size);
  let shifts = 0;
  let checked = 0;
  for (;;) {
    const { cost: before, trace } = ed.distance(h);
    const { align, refErr, hypErr } = alignment(trace);
    const sum = (xs: number[], from: number, n: number) =>
      xs.slice(from, from + n).reduce((s, x) => s + x, 0);
    let best: [number, number, number, number, number[]] | undefined;
    outer: for (let startH = 0; startH < h.length; startH += 1) {
      for (let startR = 0; startR < r.length; startR += 1) {
        if (Math.abs(startR - startH) > 50) continue;
        for (let length = 1; length <= 10; length += 1) {
          if (h[startH + length - 1] !== r[startR + length - 1]) break;
          const candidate =
            sum(hypErr, startH, length) > 0 &&
            sum(refErr, startR, length) > 0 &&
            !(startH <= align[startR]! && align[startR]! < startH + length);
          if (candidate) {
            let prevIdx = -1;
            for (let offset = -1; offset < length; offset += 1) {
              const at = startR + offset;
              const idx = at === -1 ? 0 : at < align.length ? align[at]! + 1 : undefined;
              if (idx === undefined) break;
              if (idx === prevIdx) continue;
              prevIdx = idx;
              const shifted = performShift(h, startH, length, idx);
              const tuple: [number, number, number, number, number[]] = [
                before - ed.cost(shifted),
                length,
                -startH,
                -idx,
                shifted,
              ];
              checked += 1;
              const greater = (a: typeof tuple, b: typeof tuple) => {
                for (let k = 0; k < 4; k += 1) if (a[k] !== b[k]) return a[k]! > b[k]!;
                return false;
              };
              if (!best || greater(tuple, best)) best = tuple;
            }
            if (checked >= 1000) break outer;
          }
          if (startH + length === h.length || startR + length === r.length) break;
        }
      }
    }
    if (checked >= 1000 || !best || best[0] <= 0) break;
    shifts += 1;
    h = best[4];
  }
  const edits = shifts + ed.cost(h);
  ed.release();
  return { edits, shifts, capped: checked >= 1000 };
}

const split = (text: string) => (text === '' ? [] : text.split(' '));

/** Random words from a vocabulary of `size` (a small one makes many equal words, so many ties). */
function sentence(random: () => number, length: number, size: number): string[] {
  return Array.from({ length }, () => 'abcdefghijklmnopqrstuvwxyz'[Math.floor(random() * size)]!);
}

describe('ter: worked examples by hand', () => {
  it.each([
    // [hypothesis, reference, edits, shifts]
    ['c d a b', 'a b c d', 1, 1],
    ['b a', 'a b', 1, 1],
    ['a b c d e f', 'd e f a b c', 1, 1],
    // A moved phrase and a substitution: one shift plus one substitution.
    ['on the mat the cat sat', 'the dog sat on the mat', 2, 1],
    // Two blocks each in the wrong place: two shifts (each block moves once).
    ['b a d c', 'a b c d', 2, 2],
    // Moving one word two places is one shift, not a deletion and an insertion.
    ['a c d b e', 'a b c d e', 1, 1],
  ] as const)('%s → %s: %i edits, %i shifts', (hyp, ref, edits, shifts) => {
    expect(ter(hyp, ref)).toMatchObject({ edits, shifts });
    expect(exactEdits(split(hyp), split(ref))).toBe(edits);
  });

  it('does not shift when the shift gains nothing (a swapped pair inside a substitution)', () => {
    // "x" stands where "b" should be; nothing is misplaced, so no shift helps.
    expect(ter('a x c', 'a b c')).toEqual({ edits: 1, refLength: 3, score: 1 / 3, shifts: 0 });
    // The only word both share is already where it belongs.
    expect(ter('a x y', 'a b c')).toMatchObject({ edits: 2, shifts: 0 });
  });

  it('does not shift a word whose move saves one edit but costs one (a swap of lone words)', () => {
    // "a b" → "b a" costs 2 substitutions or 1 shift; "a b" → "b" costs 1 deletion, never a shift.
    expect(ter('a b', 'b')).toMatchObject({ edits: 1, shifts: 0 });
    expect(ter('b', 'a b')).toMatchObject({ edits: 1, shifts: 0 });
  });

  it('scores the same whichever of two equally good shifts it takes', () => {
    // Either "a" moves to the end or "b c" moves to the front: one shift both ways.
    expect(ter('a b c', 'b c a')).toMatchObject({ edits: 1, shifts: 1 });
    // Two copies of the misplaced word: moving either one fixes the text.
    expect(ter('x a b x', 'a b x x')).toMatchObject({ edits: 1, shifts: 1 });
    expect(ter('x a x b', 'a x b x')).toMatchObject({ edits: 1, shifts: 1 });
  });

  it('counts the edits of the reference-side special cases', () => {
    expect(terOfTokens(['a', 'b', 'c'], [])).toEqual({
      edits: 3,
      refLength: 0,
      score: 1,
      shifts: 0,
    });
    expect(terOfTokens([], ['a', 'b'])).toEqual({ edits: 2, refLength: 2, score: 1, shifts: 0 });
    expect(terOfTokens(['a', 'b'], ['a', 'b'])).toEqual({
      edits: 0,
      refLength: 2,
      score: 0,
      shifts: 0,
    });
    // Same length, one word different: not "equal" (the shortcut checks every word).
    expect(terOfTokens(['a', 'b'], ['a', 'c'])).toMatchObject({ edits: 1, shifts: 0 });
    expect(terOfTokens(['b', 'a'], ['a', 'b'])).toMatchObject({ edits: 1, shifts: 1 });
    // Different lengths, one a prefix of the other: not equal either.
    expect(terOfTokens(['a'], ['a', 'b'])).toMatchObject({ edits: 1, shifts: 0 });
  });

  it('compares the tokens of terOfTokens exactly, words the reference lacks never matching it', () => {
    expect(terOfTokens(['A', 'b'], ['a', 'b'])).toMatchObject({ edits: 1 });
    // Two substitutions; moving "a" to the front would leave two substitutions and cost a shift.
    expect(terOfTokens(['y', 'x', 'a'], ['a', 'x', 'y'])).toMatchObject({ edits: 2, shifts: 0 });
    // Two different unknown words both differ from every reference word, and shift like one.
    expect(terOfTokens(['p', 'q', 'a', 'b'], ['a', 'b', 'c', 'd'])).toMatchObject({
      edits: 3,
      shifts: 1,
    });
  });
});

describe('ter: sacreBLEU’s limits on shifts', () => {
  const words = (n: number, prefix: string) => Array.from({ length: n }, (_, i) => `${prefix}${i}`);

  it('moves a block forward 50 positions, but not 51', () => {
    const far = (distance: number) => {
      const rest = words(distance, 'r');
      return ter(['moved', ...rest].join(' '), [...rest, 'moved'].join(' '));
    };
    expect(far(50)).toMatchObject({ shifts: 1, edits: 1 });
    expect(far(51)).toMatchObject({ shifts: 0, edits: 2 });
  });

  it('shifts a block of 10 words at the far end of the text', () => {
    const moved = words(10, 'm');
    const rest = words(3, 'r');
    expect(ter([...rest, ...moved].join(' '), [...moved, ...rest].join(' '))).toMatchObject({
      edits: 1,
      shifts: 1,
    });
    expect(ter([...moved, ...rest].join(' '), [...rest, ...moved].join(' '))).toMatchObject({
      edits: 1,
      shifts: 1,
    });
  });

  it('gives up a sentence’s shifts after 1,000 candidates, the round’s best shift too', () => {
    // Two blocks of equal words swapped: one shift of the first block fixes the text. Every "a" of
    // the hypothesis matches every "a" of the reference within 50 positions, so the candidates grow
    // with the square of the length: with 5 words a block, the search finds the shift; with 8, the
    // first round evaluates over 1,000 candidates and is discarded, leaving the edit distance.
    const swapped = (k: number) => {
      const a = Array<string>(k).fill('a');
      const b = Array<string>(k).fill('b');
      return [
        [...a, ...b],
        [...b, ...a],
      ] as const;
    };
    const [hyp5, ref5] = swapped(5);
    expect(terOfTokens(hyp5, ref5)).toMatchObject({ edits: 1, shifts: 1 });
    expect(plainTer(hyp5, ref5)).toEqual({ edits: 1, shifts: 1, capped: false });
    const [hyp8, ref8] = swapped(8);
    expect(exactEdits(['a', 'b'], ['b', 'a'])).toBe(1);
    expect(plainTer(hyp8, ref8)).toEqual({ edits: 16, shifts: 0, capped: true });
    expect(terOfTokens(hyp8, ref8)).toMatchObject({ edits: 16, shifts: 0 });
  });

  it('stops at the cap in a later round, keeping the shifts made before it', () => {
    const random = seededRandom(11);
    let cappedAfterShifts = 0;
    for (let n = 0; n < 20; n += 1) {
      const hyp = sentence(random, 40, 3);
      const ref = sentence(random, 40, 3);
      const plain = plainTer(hyp, ref);
      expect(terOfTokens(hyp, ref)).toMatchObject({ edits: plain.edits, shifts: plain.shifts });
      if (plain.capped && plain.shifts > 0) cappedAfterShifts += 1;
    }
    expect(cappedAfterShifts).toBeGreaterThan(10);
  });
});

describe('ter: properties over random small sentences', () => {
  it('lies between the exact minimum and the edit distance without shifts', () => {
    const random = seededRandom(2006);
    for (let n = 0; n < 300; n += 1) {
      const hyp = sentence(random, 1 + Math.floor(random() * 6), 4);
      const ref = sentence(random, 1 + Math.floor(random() * 6), 4);
      const result = ter(hyp.join(' '), ref.join(' '));
      const exact = exactEdits(hyp, ref);
      const context = `${hyp.join(' ')} | ${ref.join(' ')}`;
      expect(result.edits, context).toBeGreaterThanOrEqual(exact);
      expect(result.edits, context).toBeLessThanOrEqual(levenshtein(hyp, ref));
      expect(result.shifts, context).toBeLessThanOrEqual(result.edits);
      expect(result.refLength).toBe(ref.length);
      expect(result.score).toBe(result.edits / ref.length);
    }
  });

  it('finds the same shifts as sacreBLEU’s search written out plainly', () => {
    const random = seededRandom(2024);
    for (let n = 0; n < 400; n += 1) {
      const size = 2 + Math.floor(random() * 5);
      const hyp = sentence(random, Math.floor(random() * 14), size);
      const ref = sentence(random, 1 + Math.floor(random() * 14), size);
      const context = `${hyp.join(' ')} | ${ref.join(' ')}`;
      const { edits, shifts } = plainTer(hyp, ref);
      expect(ter(hyp.join(' '), ref.join(' ')), context).toMatchObject({ edits, shifts });
      expect(terOfTokens(hyp, ref), context).toMatchObject({ edits, shifts });
    }
  });

  it('agrees with the plain search on longer sentences, where the 1,000-candidate cap stops it', () => {
    const random = seededRandom(50);
    let uncapped = 0;
    for (let n = 0; n < 40; n += 1) {
      const hyp = sentence(random, 20 + Math.floor(random() * 50), 2 + Math.floor(random() * 6));
      const ref = sentence(random, 20 + Math.floor(random() * 50), 2 + Math.floor(random() * 6));
      const { edits, shifts, capped } = plainTer(hyp, ref);
      expect(terOfTokens(hyp, ref), `${hyp.join(' ')} | ${ref.join(' ')}`).toMatchObject({
        edits,
        shifts,
      });
      if (!capped) uncapped += 1;
    }
    expect(uncapped).toBeGreaterThan(0);
    expect(uncapped).toBeLessThan(40);
  });
});

describe('performShift at the edges of its block', () => {
  const words = ['a', 'b', 'c', 'd', 'e'];

  it('leaves the words as they are when the target is the block’s own start', () => {
    expect(performShift(words, 1, 2, 1)).toEqual(words);
    expect(performShift(words, 0, 5, 0)).toEqual(words);
  });

  it('moves a block ending at the target past as many words as it has, as sacreBLEU does', () => {
    // sacreBLEU's third case (`target` not below `start` nor above `start + length`) moves the
    // block after `words[start + length : target + length]`.
    expect(performShift(words, 0, 2, 2)).toEqual(['c', 'd', 'a', 'b', 'e']);
    expect(performShift(words, 3, 1, 4)).toEqual(['a', 'b', 'c', 'e', 'd']);
  });

  it('moves a block before an earlier target and after a later one', () => {
    expect(performShift(words, 2, 1, 0)).toEqual(['c', 'a', 'b', 'd', 'e']);
    expect(performShift(words, 0, 1, 5)).toEqual(['b', 'c', 'd', 'e', 'a']);
  });
});

describe('better: sacreBLEU’s ranking of shift candidates', () => {
  // The tuple (gain, length, -startH, -idx), compared as Python compares tuples with `>`.
  const best = { gain: 2, length: 3, startH: 4, idx: 5 };

  it('ranks by gain first, then the longer block, the earlier block, the earlier target', () => {
    expect(better(3, 1, 9, 9, best)).toBe(true);
    expect(better(1, 9, 0, 0, best)).toBe(false);
    expect(better(2, 4, 9, 9, best)).toBe(true);
    expect(better(2, 2, 0, 0, best)).toBe(false);
    expect(better(2, 3, 3, 9, best)).toBe(true);
    expect(better(2, 3, 5, 0, best)).toBe(false);
    expect(better(2, 3, 4, 4, best)).toBe(true);
    expect(better(2, 3, 4, 6, best)).toBe(false);
  });

  it('does not rank an equal tuple above the best (the first found stays)', () => {
    expect(better(2, 3, 4, 5, best)).toBe(false);
  });
});
