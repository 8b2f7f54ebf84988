/**
 * The search band of the aligner: for each source position i, the target positions j the alignment path
 * may pass through. Translations keep their order, so the path stays near the diagonal; taking the
 * diagonal in cumulative length (not in paragraph index) keeps it centred through merges and splits,
 * which move the index diagonal but not the length one. The aligner widens the band when the best path
 * runs along its edge.
 */
// @ts-nocheck


/** Rows 0..n; row i spans target positions lo[i]..hi[i]; its cells start at base[i] in flat arrays. */
export interface Band {
  readonly lo: Int32Array;
  readonly hi: Int32Array;
  readonly base: Int32Array;
  /** Number of cells. */
  readonly size: number;
  /** Whether the band is the whole (n + 1) × (m + 1) lattice. */
  readonly full: boolean;
}

/**
 * The band of half-width `halfWidth` around the length diagonal. Rows overlap (lo[i] ≤ hi[i − 1]) so
 * that every cell can be reached from (0, 0) and reach (n, m).
 */
export function makeBand(
  sourcePrefix: Float64Array,
  targetPrefix: Float64Array,
  halfWidth: number,
): Band {
  const n = sourcePrefix.length - 1;
  const m = targetPrefix.length - 1;
  const sourceTotal = sourcePrefix[n]!;
  const targetTotal = targetPrefix[m]!;
  const lo = new Int32Array(n + 1);
  const hi = new Int32Array(n + 1);
  const base = new Int32Array(n + 2);
  // Without any length on one side, fall back to the index diagonal.
  const byLength = sourceTotal > 0 && targetTotal > 0;
  const position = (k: number): number => (byLength ? targetPrefix[k]! : k);
  let full = true;
  let j = 0;
  for (let i = 0; i <= n; i++) {
    const goal = byLength ? (sourcePrefix[i]! / sourceTotal) * targetTotal : (i / n) * m;
    while (j < m && position(j + 1) <= goal) j++;
    const centre = i === n ? m : j;
    lo[i] = Math.max(0, centre - halfWidth);
    hi[i] = Math.min(m, centre + halfWidth);
    if (i > 0) {
      lo[i] = Math.max(lo[i - 1]!, Math.min(lo[i]!, hi[i - 1]!));
      hi[i] = Math.max(hi[i]!, hi[i - 1]!);
    }
    if (lo[i] !== 0 || hi[i] !== m) full = false;
    base[i + 1] = base[i]! + hi[i]! - lo[i]! + 1;
  }
  return { lo, hi, base, size: base[n + 1]!, full };
}

/** Whether target position `j` of row `i` lies in the band. */
export function inBand(band: Band, i: number, j: number): boolean {
  return j >= band.lo[i]! && j <= band.hi[i]!;
}

/**
 * Whether a path of (i, j) nodes comes within one cell of an edge of the band that is not an edge of the
 * lattice: then a better path may lie outside, and the band must be widened.
 */
export function pathTouchesEdge(
  band: Band,
  path: readonly (readonly [number, number])[],
  m: number,
): boolean {
  return path.some(
    ([i, j]) =>
      (band.lo[i]! > 0 && j - band.lo[i]! <= 1) || (band.hi[i]! < m && band.hi[i]! - j <= 1),
  );
}
