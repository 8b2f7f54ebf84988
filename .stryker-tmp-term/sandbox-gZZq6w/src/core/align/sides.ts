/**
 * The two sides of an alignment measured once, so that the cost of any link is a few array reads:
 * prefix sums of lengths and heading counts, and the anchors of every span of up to three paragraphs.
 *
 * Anchors that occur on one side of the document only (most capitalised English words when the other
 * side is Chinese) can never match; they only ever add their miss cost, so they are summed into a
 * prefix array instead of being compared link after link, which keeps the per-link lists to the three
 * or four anchors a paragraph shares with the other side.
 */
// @ts-nocheck

import { anchorsOf, isHeadingLike, type AnchorKind } from './anchors.ts';
import { lengthIn, type LengthUnit } from './script.ts';

/** One side, ready for cost evaluation. */
export interface Side {
  /** prefix[i] = total length of paragraphs 0..i-1 (in the side's unit). */
  readonly prefix: Float64Array;
  /** headings[i] = number of heading-like paragraphs among 0..i-1. */
  readonly headings: Int32Array;
  /** spans[d - 1][i] = sorted ids of the shared anchors of paragraphs i..i+d-1. */
  readonly spans: readonly (readonly Int32Array[])[];
  /** unshared[i] = summed miss cost of the anchors of paragraphs 0..i-1 the other side never has. */
  readonly unshared: Float64Array;
  /** Miss cost of each shared anchor id when it is on this side without its counterpart. */
  readonly miss: Float64Array;
}

/** Both sides, and the reward of each shared anchor id when a link has it on both sides. */
export interface Sides {
  readonly source: Side;
  readonly target: Side;
  readonly match: Float64Array;
}

/** Anchor weights, as in link-cost.ts. */
export interface AnchorWeights {
  readonly match: Readonly<Record<AnchorKind, number>>;
  readonly miss: Readonly<Record<AnchorKind, number>>;
  readonly missForeignWord: number;
}

interface Measured {
  readonly unit: LengthUnit;
  readonly prefix: Float64Array;
  readonly headings: Int32Array;
  readonly anchors: readonly (readonly string[])[];
}

/** Measures both sides and prepares their anchors (see the file comment). */
export function prepareSides(
  source: readonly string[],
  target: readonly string[],
  units: { readonly source: LengthUnit; readonly target: LengthUnit },
  maxSpan: number,
  weights: AnchorWeights,
): Sides {
  const s = measure(source, units.source);
  const t = measure(target, units.target);
  const inTarget = new Set(t.anchors.flat());
  const shared = new Map<string, number>();
  for (const anchor of s.anchors.flat()) {
    if (inTarget.has(anchor) && !shared.has(anchor)) shared.set(anchor, shared.size);
  }
  const kinds = [...shared.keys()].map((anchor) => anchor[0] as AnchorKind);
  return {
    source: finish(s, shared, kinds, maxSpan, weights),
    target: finish(t, shared, kinds, maxSpan, weights),
    match: Float64Array.from(kinds, (kind) => weights.match[kind]),
  };
}

function measure(texts: readonly string[], unit: LengthUnit): Measured {
  const n = texts.length;
  const prefix = new Float64Array(n + 1);
  const headings = new Int32Array(n + 1);
  const anchors: string[][] = [];
  for (let i = 0; i < n; i++) {
    const text = texts[i]!;
    const length = lengthIn(text, unit);
    prefix[i + 1] = prefix[i]! + length;
    headings[i + 1] = headings[i]! + (isHeadingLike(text, length, unit) ? 1 : 0);
    anchors.push(anchorsOf(text, unit));
  }
  return { unit, prefix, headings, anchors };
}

function finish(
  side: Measured,
  shared: ReadonlyMap<string, number>,
  kinds: readonly AnchorKind[],
  maxSpan: number,
  weights: AnchorWeights,
): Side {
  const missOf = (kind: AnchorKind): number =>
    kind === 'w' && side.unit === 'cjk' ? weights.missForeignWord : weights.miss[kind];
  const n = side.anchors.length;
  const unshared = new Float64Array(n + 1);
  const single = side.anchors.map((anchors, i) => {
    const ids: number[] = [];
    let lonely = 0;
    for (const anchor of anchors) {
      const id = shared.get(anchor);
      if (id === undefined) lonely += missOf(anchor[0] as AnchorKind);
      else ids.push(id);
    }
    unshared[i + 1] = unshared[i]! + lonely;
    return Int32Array.from(ids).sort();
  });
  const spans: Int32Array[][] = [single];
  for (let d = 2; d <= maxSpan; d++) {
    const previous = spans[d - 2]!;
    spans.push(
      previous.map((ids, i) =>
        i + d > n ? new Int32Array(0) : mergeSorted(ids, single[i + d - 1]!),
      ),
    );
  }
  const miss = Float64Array.from(kinds, missOf);
  return { prefix: side.prefix, headings: side.headings, spans, unshared, miss };
}

function mergeSorted(a: Int32Array, b: Int32Array): Int32Array {
  if (b.length === 0) return a;
  if (a.length === 0) return b;
  const out = new Int32Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out.sort();
}
