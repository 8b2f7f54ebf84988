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

/** One row of the edit distance matrix: costs and the operation that reached each cell. */
interface Row {
  readonly cost: Float64Array;
  readonly op: Uint8Array;
}

interface CacheNode {
  readonly children: Map<number, { readonly node: CacheNode; readonly row: Row }>;
}

/** Edit distance of hypotheses to one fixed reference. */
export class BeamEditDistance {
  private readonly initialRow: Row;
  private readonly cache: CacheNode = { children: new Map() };
  private cacheSize = 0;

  constructor(private readonly ref: readonly number[]) {
    const n = ref.length + 1;
    const cost = new Float64Array(n);
    const op = new Uint8Array(n).fill(OP_INS);
    for (let j = 0; j < n; j += 1) cost[j] = j;
    this.initialRow = { cost, op };
  }

  /**
   * The edit distance from `hyp` to the reference and its trace (operations rewriting the hypothesis
   * into the reference: `OP_DEL` drops a hypothesis word, `OP_INS` adds a reference word).
   */
  distance(hyp: readonly number[]): { readonly cost: number; readonly trace: Uint8Array } {
    const rows: Row[] = [this.initialRow];
    let node = this.cache;
    for (const word of hyp) {
      const next = node.children.get(word);
      if (!next) break;
      rows.push(next.row);
      node = next.node;
    }
    const start = rows.length - 1;
    this.fill(hyp, rows);
    this.remember(hyp, rows, start);
    return { cost: rows[hyp.length]!.cost[this.ref.length]!, trace: traceOf(rows, this.ref.length) };
  }

  /** Computes rows `rows.length … hyp.length` (sacreBLEU `_edit_distance`). */
  private fill(hyp: readonly number[], rows: Row[]): void {
    const nRef = this.ref.length;
    const nHyp = hyp.length;
    const ratio = nHyp > 0 ? nRef / nHyp : 1;
    // In very unequal lengths the beam would not overlap the previous row's: widen it.
    const beam = BEAM_WIDTH < ratio / 2 ? Math.ceil(ratio / 2 + BEAM_WIDTH) : BEAM_WIDTH;
    for (let i = rows.length; i <= nHyp; i += 1) {
      const prev = rows[i - 1]!;
      const cost = new Float64Array(nRef + 1).fill(Infinity);
      const op = new Uint8Array(nRef + 1).fill(OP_UNDEF);
      const diag = Math.floor(i * ratio);
      const minJ = Math.max(0, diag - beam);
      const maxJ = i === nHyp ? nRef + 1 : Math.min(nRef + 1, diag + beam);
      const word = hyp[i - 1]!;
      for (let j = minJ; j < maxJ; j += 1) {
        if (j === 0) {
          cost[0] = prev.cost[0]! + 1;
          op[0] = OP_DEL;
          continue;
        }
        // Tercom prefers no-op/substitution, then insertion, then deletion; the trace is flipped
        // later, so deletion comes before insertion here (as in sacreBLEU). Strict `<` keeps the first.
        const same = word === this.ref[j - 1];
        const sub = prev.cost[j - 1]! + (same ? 0 : 1);
        if (sub < cost[j]!) {
          cost[j] = sub;
          op[j] = same ? OP_NOP : OP_SUB;
        }
        const del = prev.cost[j]! + 1;
        if (del < cost[j]!) {
          cost[j] = del;
          op[j] = OP_DEL;
        }
        const ins = cost[j - 1]! + 1;
        if (ins < cost[j]!) {
          cost[j] = ins;
          op[j] = OP_INS;
        }
      }
      rows.push({ cost, op });
    }
  }

  /** Adds the rows past `start` to the prefix trie (sacreBLEU `_add_cache`). */
  private remember(hyp: readonly number[], rows: readonly Row[], start: number): void {
    if (this.cacheSize >= MAX_CACHE_SIZE) return;
    let node = this.cache;
    for (let i = 0; i < start; i += 1) node = node.children.get(hyp[i]!)!.node;
    for (let i = start; i < hyp.length; i += 1) {
      const word = hyp[i]!;
      let next = node.children.get(word);
      if (!next) {
        next = { node: { children: new Map() }, row: rows[i + 1]! };
        node.children.set(word, next);
        this.cacheSize += 1;
      }
      node = next.node;
    }
  }
}

/** The operations from the last cell back to the first, in forward order. */
function traceOf(rows: readonly Row[], nRef: number): Uint8Array {
  const ops: number[] = [];
  let i = rows.length - 1;
  let j = nRef;
  while (i > 0 || j > 0) {
    const op = rows[i]!.op[j]!;
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
