/**
 * The word-level edit distance of TER, as sacreBLEU computes it (`sacrebleu/metrics/lib_ter.py`,
 * `BeamEditDistance`): Levenshtein distance restricted to a beam around the length-scaled diagonal,
 * with the edit operations traced back, and the matrix rows of hypothesis prefixes cached in a trie
 * (shifted hypotheses share long prefixes). The beam and the tie-breaking order decide which of several
 * equally cheap alignments is found, and the alignment decides which shifts TER tries next, so both
 * are kept exactly as sacreBLEU has them.
 *
 * Words are numbers here (one per distinct token, see ter-words.ts): comparisons are cheap.
 */
// @ts-nocheck


/** Edit operations of a trace (sacreBLEU's `_OP_*`). */
const OP_NOP = 0;
const OP_SUB = 1;
const OP_INS = 2;
const OP_DEL = 3;
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

/** An arena a released instance handed on (see {@link BeamEditDistance.release}). */
let spareArena: Int32Array | undefined;
/** Largest arena kept for the next instance (cells: 1 MiB); a long sentence's may be far larger. */
const SPARE_ARENA_CELLS = 1 << 18;

/**
 * Edit distance of hypotheses to one fixed reference. The cached rows assume every hypothesis has the
 * same length (the beam depends on it), as in TER, where shifts keep the length.
 *
 * Memory: rows live in one growing Int32Array (the arena), `width` cells each, addressed by offset; the
 * prefix trie is two arrays (each node's first child) and a Map from (node, word) to node for the
 * rarer further children. TER evaluates up to a thousand shifted hypotheses per sentence, and a typed
 * array or Map per row would keep the garbage collector busy. A document's TER creates one instance
 * per segment: {@link release} hands the arena on to the next instance (typed arrays of this size live
 * outside the JavaScript heap, and allocating one per segment cost more than most segments' edit
 * distances).
 */
export class BeamEditDistance {
  private readonly width: number;
  private arena: Int32Array;
  private top = 0;
  /**
   * Trie edges. Node 0 is the root (the empty prefix). A node's first child, and the word leading to
   * it (-1: no child yet), are in two arrays: most nodes never get another (TER's hypotheses share
   * their prefixes). Further children: `node * words + word` → child node.
   */
  private readonly firstWord: number[] = [-1];
  private readonly firstChild: number[] = [0];
  private readonly edges = new Map<number, number>();
  /** Row offset of each trie node (node 0: the initial row). */
  private readonly nodeRow: number[] = [0];
  /** Row offsets of the last hypothesis evaluated, row `i` after its first `i` words. */
  private readonly rowOf: number[] = [0];

  /**
   * @param ref the reference, one number per word
   * @param words how many distinct word numbers there are (hypothesis and reference together)
   */
  constructor(
    private readonly ref: readonly number[],
    private readonly words: number,
  ) {
    this.width = ref.length + 1;
    const size = this.width * 64;
    if (spareArena !== undefined && spareArena.length >= size) {
      this.arena = spareArena;
      spareArena = undefined;
    } else this.arena = new Int32Array(size);
    const initial = this.allocate();
    for (let j = 0; j < this.width; j += 1) this.arena[initial + j] = (j << 3) | OP_INS;
  }

  /** Hands the arena on to the next instance; this one must not be used any more. */
  release(): void {
    const { arena } = this;
    if (arena.length > SPARE_ARENA_CELLS) return;
    if (spareArena === undefined || spareArena.length < arena.length) spareArena = arena;
  }

  /** The edit distance from `hyp` to the reference. */
  cost(hyp: readonly number[]): number {
    this.rows(hyp);
    return this.arena[this.rowOf[hyp.length]! + this.ref.length]! >> 3;
  }

  /**
   * The edit distance from `hyp` to the reference and its trace (operations rewriting the hypothesis
   * into the reference: `OP_DEL` drops a hypothesis word, `OP_INS` adds a reference word).
   */
  distance(hyp: readonly number[]): { readonly cost: number; readonly trace: number[] } {
    this.rows(hyp);
    const cost = this.arena[this.rowOf[hyp.length]! + this.ref.length]! >> 3;
    return { cost, trace: traceOf(this.arena, this.rowOf, hyp.length, this.ref.length) };
  }

  /**
   * Offsets of all rows for `hyp`, into {@link rowOf}: cached ones for its known prefix, the rest
   * computed — cached while the trie has room (sacreBLEU `_find_cache`, `_add_cache`), else in scratch
   * rows past the arena's top, which the next call overwrites.
   */
  private rows(hyp: readonly number[]): void {
    const { rowOf, firstWord, firstChild, edges, nodeRow, words, width } = this;
    let node = 0;
    let known = 0;
    while (known < hyp.length) {
      const word = hyp[known]!;
      const first = firstWord[node]!;
      const child =
        first === word ? firstChild[node]! : first < 0 ? undefined : edges.get(node * words + word);
      if (child === undefined) break;
      known += 1;
      rowOf[known] = nodeRow[child]!;
      node = child;
    }
    let scratch = this.top;
    for (let i = known + 1; i <= hyp.length; i += 1) {
      let row: number;
      if (nodeRow.length <= MAX_CACHE_SIZE) {
        row = this.allocate();
        const child = nodeRow.length;
        nodeRow.push(row);
        firstWord.push(-1);
        firstChild.push(0);
        const word = hyp[i - 1]!;
        if (firstWord[node]! < 0) {
          firstWord[node] = word;
          firstChild[node] = child;
        } else edges.set(node * words + word, child);
        node = child;
        scratch = this.top;
      } else {
        this.reserve(scratch + width);
        row = scratch;
        scratch += width;
      }
      this.fill(hyp, i, rowOf[i - 1]!, row);
      rowOf[i] = row;
    }
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
    const diag = Math.floor(i * ratio);
    let j = Math.max(0, diag - beam);
    const maxJ = i === nHyp ? nRef + 1 : Math.min(nRef + 1, diag + beam);
    // Cells outside the beam are unreached (the next row reads them); those inside are all written.
    unreached(arena, row, row + j);
    unreached(arena, row + maxJ, row + this.width);
    if (j === 0 && maxJ > 0) {
      arena[row] = (((arena[prev]! >> 3) + 1) << 3) | OP_DEL;
      j = 1;
    }
    const word = hyp[i - 1]!;
    // Costs of the cells left (this row), up-left and up (previous row), carried along the row.
    let left = arena[row + j - 1]! >> 3;
    let upLeft = arena[prev + j - 1]! >> 3;
    for (; j < maxJ; j += 1) {
      const up = arena[prev + j]! >> 3;
      // Tercom prefers no-op/substitution, then insertion, then deletion; the trace is flipped later,
      // so deletion comes before insertion here (as in sacreBLEU). Strict `<` keeps the first.
      const same = word === ref[j - 1];
      let best = UNREACHED;
      let cost = INF;
      const sub = upLeft + (same ? 0 : 1);
      if (sub < cost) {
        cost = sub;
        best = (sub << 3) | (same ? OP_NOP : OP_SUB);
      }
      if (up + 1 < cost) {
        cost = up + 1;
        best = (cost << 3) | OP_DEL;
      }
      if (left + 1 < cost) {
        cost = left + 1;
        best = (cost << 3) | OP_INS;
      }
      arena[row + j] = best;
      left = cost;
      upLeft = up;
    }
  }
}

/** Marks cells `from…to` unreached: a plain loop for a few (`fill` costs more to call than to run). */
function unreached(arena: Int32Array, from: number, to: number): void {
  if (to - from > 32) arena.fill(UNREACHED, from, to);
  else for (let k = from; k < to; k += 1) arena[k] = UNREACHED;
}

/** The operations from the last cell back to the first, in forward order. */
function traceOf(arena: Int32Array, rows: readonly number[], nHyp: number, nRef: number): number[] {
  const ops: number[] = [];
  let i = nHyp;
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
  return ops.reverse();
}

/**
 * sacreBLEU `trace_to_alignment` of the flipped trace (rewriting the reference into the hypothesis):
 * for each reference position the hypothesis position it is aligned to (or follows), and which
 * positions on either side are in error. Here, with the operation codes it reads in its loop: where
 * modules stay apart (Vite's module runner: tests, `npm run bench`), every use of an imported
 * constant is a getter call.
 */
export function alignment(trace: readonly number[]): {
  align: number[];
  refErr: number[];
  hypErr: number[];
} {
  const align: number[] = [];
  const refErr: number[] = [];
  const hypErr: number[] = [];
  let posHyp = -1;
  for (const op of trace) {
    if (op === OP_NOP || op === OP_SUB) {
      posHyp += 1;
      align.push(posHyp);
      const error = op === OP_SUB ? 1 : 0;
      hypErr.push(error);
      refErr.push(error);
    } else if (op === OP_DEL) {
      // A hypothesis word with no reference word (an insertion once flipped).
      posHyp += 1;
      hypErr.push(1);
    } else if (op === OP_INS) {
      // A reference word with no hypothesis word (a deletion once flipped).
      align.push(posHyp);
      refErr.push(1);
    }
  }
  return { align, refErr, hypErr };
}
