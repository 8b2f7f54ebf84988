/**
 * Post-editing metrics (issue 5, deliverable 5) in one place, per segment and per document: HTER
 * (TER with block shifts, MT → final), word and character edit distance. Active editing time is in
 * editing-time.ts, edit classification in classify.ts.
 */
// @ts-nocheck

import { charEditDistance, wordEditDistance } from './edit-distance.ts';
import { documentHter, hter } from './hter.ts';
import type { TerOptions } from './ter.ts';

export {
  activeEditingTime,
  IDLE_GAP_MS,
  type EditEvent,
  type EditingTime,
} from './editing-time.ts';
export {
  classifyDiff,
  classifyEdits,
  countEdits,
  EDIT_KINDS,
  type ClassifiedEdit,
  type ClassifyOptions,
  type EditKind,
  type TermPair,
} from './classify.ts';
export { charEditDistance, levenshtein, totalDistance, wordEditDistance } from './edit-distance.ts';
export type { EditDistance } from './edit-distance.ts';
export { documentHter, hter, type HterResult } from './hter.ts';
export { rate, ter, terOfTokens, terTokens, type TerOptions, type TerResult } from './ter.ts';

/** The metrics of one segment (or, summed, of a document). */
export interface SegmentMetrics {
  /** TER edits MT → final, block shifts included. */
  readonly edits: number;
  /** Words of the final text (TER tokens). */
  readonly refLength: number;
  /** min(1, edits / refLength). */
  readonly hter: number;
  /** Word-level Levenshtein distance (no shifts). */
  readonly wordDistance: number;
  /** Character-level Levenshtein distance, white space left out (for CJK). */
  readonly charDistance: number;
  /** Characters of the final text, white space left out. */
  readonly charLength: number;
}

/** All metrics of one segment, MT → final. */
export function segmentMetrics(
  mt: string,
  final: string,
  options: TerOptions = {},
): SegmentMetrics {
  const h = hter(mt, final, options);
  const chars = charEditDistance(mt, final);
  return {
    edits: h.edits,
    refLength: h.refLength,
    hter: h.hter,
    wordDistance: wordEditDistance(mt, final, options).distance,
    charDistance: chars.distance,
    charLength: chars.length,
  };
}

/** A document's metrics: sums, and HTER as total edits over total final words (capped at 1). */
export function documentMetrics(segments: readonly SegmentMetrics[]): SegmentMetrics {
  let wordDistance = 0;
  let charDistance = 0;
  let charLength = 0;
  for (const s of segments) {
    wordDistance += s.wordDistance;
    charDistance += s.charDistance;
    charLength += s.charLength;
  }
  return { ...documentHter(segments), wordDistance, charDistance, charLength };
}
