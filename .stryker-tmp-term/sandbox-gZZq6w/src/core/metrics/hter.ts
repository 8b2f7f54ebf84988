/**
 * HTER, human-targeted TER (GUIDE part 4): TER with the machine translation as the hypothesis and the
 * reviewer's final text as the reference — the edits a reviewer made, per word of the final text —
 * capped at 1. This is the definition behind the MLQE-PE reference values in ../shared/data.
 */
// @ts-nocheck

import { rate, ter, type TerOptions } from './ter.ts';

/** HTER of one segment, or of a document (totals). */
export interface HterResult {
  /** TER edits (insertions, deletions, substitutions, block shifts) from the MT to the final text. */
  readonly edits: number;
  /** Words of the final text. */
  readonly refLength: number;
  /** `min(1, edits / refLength)`; with an empty final text 1 if the MT had words, else 0. */
  readonly hter: number;
}

/** HTER of one segment: TER(hypothesis = `mt`, reference = `final`), capped at 1. */
export function hter(mt: string, final: string, options: TerOptions = {}): HterResult {
  const { edits, refLength } = ter(mt, final, options);
  return { edits, refLength, hter: cappedRate(edits, refLength) };
}

/**
 * Document-level HTER: all edits over all final-text words (corpus TER, as sacreBLEU's
 * `corpus_score`), capped at 1. Not the mean of the segments' HTER: long segments weigh more.
 */
export function documentHter(
  segments: readonly { readonly edits: number; readonly refLength: number }[],
): HterResult {
  let edits = 0;
  let refLength = 0;
  for (const s of segments) {
    edits += s.edits;
    refLength += s.refLength;
  }
  return { edits, refLength, hter: cappedRate(edits, refLength) };
}

function cappedRate(edits: number, refLength: number): number {
  return Math.min(1, rate(edits, refLength));
}
