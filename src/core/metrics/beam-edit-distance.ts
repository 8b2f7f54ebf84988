/**
 * The word-level edit distance of TER, as sacreBLEU computes it (`sacrebleu/metrics/lib_ter.py`,
 * `BeamEditDistance`): Levenshtein distance restricted to a beam around the length-scaled diagonal,
 * with the edit operations traced back, and the matrix rows of hypothesis prefixes cached in a trie
 * (shifted hypotheses share long prefixes). The beam and the tie-breaking order decide which of several
 * equally cheap alignments is found, and the alignment decides which shifts TER tries next, so both
 * are kept exactly as sacreBLEU has them.
 *
 * Words are numbers here (one per distinct token, see ter.ts): comparisons are cheap.
 */

/** Edit operations of a trace (sacreBLEU's `_OP_*`). */
export const OP_NOP = 0;
export const OP_SUB = 1;
export const OP_INS = 2;
export const OP_DEL = 3;
const OP_UNDEF = 4;

/** sacreBLEU's `_BEAM_WIDTH`. */
const BEAM_WIDTH = 25;
/** sacreBLEU's `_MAX_CACHE_SIZE` (trie nodes). */
const MAX_CACHE_SIZE = 10000;

/**
 * A cell packs its cost and the operation that reached it: `cost << 3 | op`. Costs are exact small
 * integers, so comparing packed cells by cost (`>> 3`) is exactly sacreBLEU's comparison; an unreached
 * cell has a cost of {@link INF} (sacreBLEU's 1e16 plays the same part: larger than any real cost).
 */
const INF = 1 << 26;
const UNREACHED = (INF << 3) | OP_UNDEF;

/**
 * Edit distance of hypotheses to one fixed reference. The cached rows assume every hypothesis has the
 * same length (the beam depends on it), as in TER, where shifts keep the length.
 *
 * Memory: rows live in one growing Int32Array (the arena), `width` cells each, addressed by offset; the
 * prefix trie is one Map from (node, word) to node. TER evaluates up to a thousand shifted hypotheses
 * per sentence, and a typed array or Map per row would keep the garbage collector busy.
 */
export class BeamEditDistance {
  private readonly width: number;
  private arena: Int32Array;
  private top = 0;
  /** Trie edges: `node * words + word` → child node. Node 0 is the root (the empty prefix). */
  private readonly edges = new Map<number, number>();
  /** Row offset of each trie node (node 0: the initial row). */
  private readonly nodeRow: number[] = [0];

  /**
   * @param ref the reference, one number per word
   * @param words how many distinct word numbers there are (hypothesis and reference together)
   */
  constructor(
    private readonly ref: readonly number[],
    private readonly words: number,
  ) {
    this.width = ref.length + 1;
    this.arena = new Int32Array(this.width * 64);
    const initial = this.allocate();
    for (let j = 0; j < this.width; j += 1) this.arena[initial + j] = (j << 3) | OP_INS;
  }

  /** The edit distance from `hyp` to the reference. */
  cost(hyp: readonly number[]): number {
    const rows = this.rows(hyp);
    return this.arena[rows[hyp.length]! + this.ref.length]! >> 3;
  }

  /**
   * The edit distance from `hyp` to the reference and its trace (operations rewriting the hypothesis
   * into the reference: `OP_DEL` drops a hypothesis word, `OP_INS` adds a reference word).
   */
  distance(hyp: readonly number[]): { readonly cost: number; readonly trace: Uint8Array } {
    const rows = this.rows(hyp);
    const cost = this.arena[rows[hyp.length]! + this.ref.length]! >> 3;
    return { cost, trace: traceOf(this.arena, rows, this.ref.length) };
  }

  /**
   * Offsets of all rows for `hyp`: cached ones for its known prefix, the rest computed — cached while
   * the trie has room (sacreBLEU `_find_cache`, `_add_cache`), else in scratch rows past the arena's
   * top, which the next call overwrites.
   */
  private rows(hyp: readonly number[]): number[] {
    const rows = [0];
    let node = 0;
    for (const word of hyp) {
      const child = this.edges.get(node * this.words + word);
      if (child === undefined) break;
      rows.push(this.nodeRow[child]!);
      node = child;
    }
    let scratch = this.top;
    for (let i = rows.length; i <= hyp.length; i += 1) {
      let row: number;
      if (this.nodeRow.length <= MAX_CACHE_SIZE) {
        row = this.allocate();
        const child = this.nodeRow.length;
        this.nodeRow.push(row);
        this.edges.set(node * this.words + hyp[i - 1]!, child);
        node = child;
        scratch = this.top;
      } else {
        this.reserve(scratch + this.width);
        row = scratch;
        scratch += this.width;
      }
      this.fill(hyp, i, rows[i - 1]!, row);
      rows.push(row);
    }
    return rows;
  }

  /** A new permanent row at the arena's top. */
  private allocate(): number {
    const row = this.top;
    this.top += this.width;
    this.reserve(this.top);
    return row;
  }

  /** Grows the arena to hold `size` cells. */
  private reserve(size: number): void {
    if (size <= this.arena.length) return;
    const grown = new Int32Array(Math.max(size, this.arena.length * 2));
    grown.set(this.arena);
    this.arena = grown;
  }

  /** Computes row `i` at offset `row` from the row before it (sacreBLEU `_edit_distance`). */
  private fill(hyp: readonly number[], i: number, prev: number, row: number): void {
    const { ref, arena } = this;
    const nRef = ref.length;
    const nHyp = hyp.length;
    const ratio = nHyp > 0 ? nRef / nHyp : 1;
    // In very unequal lengths the beam would not overlap the previous row's: widen it.
    const beam = BEAM_WIDTH < ratio / 2 ? Math.ceil(ratio / 2 + BEAM_WIDTH) : BEAM_WIDTH;
    arena.fill(UNREACHED, row, row + this.width);
    const diag = Math.floor(i * ratio);
    const minJ = Math.max(0, diag - beam);
    const maxJ = i === nHyp ? nRef + 1 : Math.min(nRef + 1, diag + beam);
    const word = hyp[i - 1]!;
    for (let j = minJ; j < maxJ; j += 1) {
      if (j === 0) {
        arena[row] = (((arena[prev]! >> 3) + 1) << 3) | OP_DEL;
        continue;
      }
      // Tercom prefers no-op/substitution, then insertion, then deletion; the trace is flipped later,
      // so deletion comes before insertion here (as in sacreBLEU). Strict `<` keeps the first.
      const same = word === ref[j - 1];
      let best = UNREACHED;
      const sub = (arena[prev + j - 1]! >> 3) + (same ? 0 : 1);
      if (sub < best >> 3) best = (sub << 3) | (same ? OP_NOP : OP_SUB);
      const del = (arena[prev + j]! >> 3) + 1;
      if (del < best >> 3) best = (del << 3) | OP_DEL;
      const ins = (arena[row + j - 1]! >> 3) + 1;
      if (ins < best >> 3) best = (ins << 3) | OP_INS;
      arena[row + j] = best;
    }
  }
}

/** The operations from the last cell back to the first, in forward order. */
function traceOf(arena: Int32Array, rows: readonly number[], nRef: number): Uint8Array {
  const ops: number[] = [];
  let i = rows.length - 1;
  let j = nRef;
  while (i > 0 || j > 0) {
    const op = arena[rows[i]! + j]! & 7;
    ops.push(op);
    if (op === OP_NOP || op === OP_SUB) {
      i -= 1;
      j -= 1;
    } else if (op === OP_INS) j -= 1;
    else if (op === OP_DEL) i -= 1;
    else throw new Error(`TER: no edit path through cell ${i},${j}`);
  }
  return Uint8Array.from(ops.reverse());
}
