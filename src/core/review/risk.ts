/**
 * Risk of a segment for the review queue (issue 4, deliverable 5): QA findings weighted by severity,
 * plus untouched segments and doubtful alignment links, so a reviewer can work worst-first.
 */
import type { Segment } from '../model/model.ts';
import type { Finding, Severity } from '../qa/types.ts';

/** Weights of the risk score; every one can be overridden. */
export interface RiskOptions {
  readonly weights?: Partial<Readonly<Record<Severity, number>>>;
  /** Added when the segment is still the MT and not confirmed (status new or edited). */
  readonly untouched?: number;
  /** Added when the segment's alignment confidence is below {@link RiskOptions.lowAlignment}. */
  readonly lowAlignmentWeight?: number;
  readonly lowAlignment?: number;
}

/** The defaults: error 5, warning 2, info 0.5; untouched +1; alignment below 0.5 +3. */
export const DEFAULT_RISK: Required<Omit<RiskOptions, 'weights'>> & {
  readonly weights: Readonly<Record<Severity, number>>;
} = {
  weights: { error: 5, warning: 2, info: 0.5 },
  untouched: 1,
  lowAlignmentWeight: 3,
  lowAlignment: 0.5,
};

/** A segment with its place in the document and its risk. */
export interface RankedSegment {
  readonly segment: Segment;
  readonly index: number;
  readonly risk: number;
}

/**
 * The risk of one segment: the weight of each finding by severity, plus {@link RiskOptions.untouched}
 * when the text is still the MT and unconfirmed, plus {@link RiskOptions.lowAlignmentWeight} when the
 * alignment score is below {@link RiskOptions.lowAlignment}. The `untouched` finding itself is not
 * counted again. Excluded segments have no risk: they are not part of the edition.
 */
export function riskScore(
  segment: Segment,
  findings: readonly Finding[],
  options: RiskOptions = {},
): number {
  if (segment.status === 'excluded') return 0;
  const weights = { ...DEFAULT_RISK.weights, ...options.weights };
  let risk = 0;
  for (const finding of findings) {
    if (finding.rule !== 'untouched') risk += weights[finding.severity];
  }
  const untouched =
    segment.text === segment.mt && (segment.status === 'new' || segment.status === 'edited');
  if (untouched) risk += options.untouched ?? DEFAULT_RISK.untouched;
  const threshold = options.lowAlignment ?? DEFAULT_RISK.lowAlignment;
  if (segment.alignScore !== undefined && segment.alignScore < threshold)
    risk += options.lowAlignmentWeight ?? DEFAULT_RISK.lowAlignmentWeight;
  return risk;
}

/**
 * The segments from the riskiest down (ties in document order), each with its risk; findings are
 * looked up by segment id.
 */
export function sortByRisk(
  segments: readonly Segment[],
  findingsBySegment: ReadonlyMap<string, readonly Finding[]>,
  options: RiskOptions = {},
): RankedSegment[] {
  return segments
    .map((segment, index) => ({
      segment,
      index,
      risk: riskScore(segment, findingsBySegment.get(segment.id) ?? [], options),
    }))
    .sort((a, b) => b.risk - a.risk || a.index - b.index);
}
