/**
 * Dynamic programming over the alignment lattice: node (i, j) = the first i source and first j target
 * paragraphs aligned; an edge of type (di, dj) from (i − di, j − dj) to (i, j) is one link. The best
 * alignment is the cheapest path from (0, 0) to (n, m) (Viterbi, as in Gale & Church 1993). The same
 * pass sums over all paths (forward algorithm, costs read as −log probabilities at a temperature), and
 * a backward pass then gives each link's posterior probability: the share of the probability mass of
 * all alignments that contain that link. That posterior is the link's confidence.
 */
// @ts-nocheck

import type { Band } from './band.ts';
import { LINK_TYPES, type LinkCoster } from './link-cost.ts';

const TYPES = LINK_TYPES.length;
const DI = Int32Array.from(LINK_TYPES, ([di]) => di);
const DJ = Int32Array.from(LINK_TYPES, ([, dj]) => dj);

/** Thrown by the aligner when its abort signal is raised. */
export class AlignAbortedError extends Error {
  constructor() {
    super('alignment aborted');
    this.name = 'AbortError';
  }
}

/** Anything with an `aborted` flag, such as an AbortSignal. */
export interface AbortFlag {
  readonly aborted: boolean;
}

/** The filled lattice over a band. */
export interface Lattice {
  readonly band: Band;
  readonly n: number;
  readonly m: number;
  /** costs[cell * TYPES + type]: cost of the link of that type ending at the cell (∞ if impossible). */
  readonly costs: Float64Array;
  /** Cost of the best path to each cell, and the type of its last link (−1 at the origin). */
  readonly best: Float64Array;
  readonly back: Int8Array;
  /** log of the summed probability of all paths to each cell. */
  readonly forward: Float64Array;
}

/** A link of a path: the lattice node it ends at and its type. */
export interface PathLink {
  readonly i: number;
  readonly j: number;
  readonly type: number;
}

function cellOf(band: Band, i: number, j: number): number {
  return band.base[i]! + j - band.lo[i]!;
}

/** Fills costs, best paths and forward sums over `band`; checks `signal` every 64 rows. */
export function fillLattice(
  band: Band,
  coster: LinkCoster,
  temperature: number,
  signal: AbortFlag | undefined,
): Lattice {
  const n = band.lo.length - 1;
  const m = band.hi[n]!;
  const { lo, hi } = band;
  const costs = new Float64Array(band.size * TYPES);
  const best = new Float64Array(band.size);
  const back = new Int8Array(band.size);
  const forward = new Float64Array(band.size);
  for (let i = 0; i <= n; i++) {
    if ((i & 63) === 0 && signal?.aborted === true) throw new AlignAbortedError();
    for (let j = lo[i]!; j <= hi[i]!; j++) {
      const cell = cellOf(band, i, j);
      let minimum = Infinity;
      let argmin = -1;
      let logMax = -Infinity;
      let sum = 0;
      for (let t = 0; t < TYPES; t++) {
        const pi = i - DI[t]!;
        const pj = j - DJ[t]!;
        if (pi < 0 || pj < lo[pi]! || pj > hi[pi]!) {
          costs[cell * TYPES + t] = Infinity;
          continue;
        }
        const previous = cellOf(band, pi, pj);
        const cost = coster.cost(i, j, t);
        costs[cell * TYPES + t] = cost;
        const total = best[previous]! + cost;
        if (total < minimum) {
          minimum = total;
          argmin = t;
        }
        const log = forward[previous]! - cost / temperature;
        if (log === -Infinity) continue;
        if (log > logMax) {
          sum = sum * Math.exp(logMax - log) + 1;
          logMax = log;
        } else sum += Math.exp(log - logMax);
      }
      if (i === 0 && j === 0) {
        best[cell] = 0;
        back[cell] = -1;
        forward[cell] = 0;
      } else {
        best[cell] = minimum;
        back[cell] = argmin;
        forward[cell] = logMax + Math.log(sum);
      }
    }
  }
  return { band, n, m, costs, best, back, forward };
}

/** The links of the best path, in order. */
export function bestPath(lattice: Lattice): PathLink[] {
  const path: PathLink[] = [];
  let i = lattice.n;
  let j = lattice.m;
  while (i > 0 || j > 0) {
    const type = lattice.back[cellOf(lattice.band, i, j)]!;
    path.push({ i, j, type });
    i -= DI[type]!;
    j -= DJ[type]!;
  }
  return path.reverse();
}

/** Posterior probability of each link of `path` (forward–backward). */
export function posteriors(
  lattice: Lattice,
  path: readonly PathLink[],
  temperature: number,
  signal: AbortFlag | undefined,
): number[] {
  const { band, n, m, costs, forward } = lattice;
  const { lo, hi } = band;
  const backward = new Float64Array(band.size);
  for (let i = n; i >= 0; i--) {
    if ((i & 63) === 0 && signal?.aborted === true) throw new AlignAbortedError();
    for (let j = hi[i]!; j >= lo[i]!; j--) {
      if (i === n && j === m) continue;
      let logMax = -Infinity;
      let sum = 0;
      for (let t = 0; t < TYPES; t++) {
        const ni = i + DI[t]!;
        const nj = j + DJ[t]!;
        if (ni > n || nj < lo[ni]! || nj > hi[ni]!) continue;
        const next = cellOf(band, ni, nj);
        const log = backward[next]! - costs[next * TYPES + t]! / temperature;
        if (log === -Infinity) continue;
        if (log > logMax) {
          sum = sum * Math.exp(logMax - log) + 1;
          logMax = log;
        } else sum += Math.exp(log - logMax);
      }
      backward[cellOf(band, i, j)] = logMax + Math.log(sum);
    }
  }
  const total = forward[cellOf(band, n, m)]!;
  return path.map(({ i, j, type }) => {
    const cell = cellOf(band, i, j);
    const previous = cellOf(band, i - DI[type]!, j - DJ[type]!);
    const log = forward[previous]! - costs[cell * TYPES + type]! / temperature + backward[cell]!;
    return Math.min(1, Math.max(0, Math.exp(log - total)));
  });
}

/** Source and target paragraph counts of a link type. */
export function spanOf(type: number): readonly [number, number] {
  return [DI[type]!, DJ[type]!];
}
