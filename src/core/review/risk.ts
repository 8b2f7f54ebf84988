/**
 * Risk of a segment for the review queue (issue 4, deliverable 5; issue 11 item 8): QA findings
 * weighted by severity, plus untouched text and doubtful alignment links, so a reviewer can work
 * worst-first. Each ranked segment says why it is where it is, for the UI to show.
 *
 * - Excluded segments are never queued: they are not part of the edition.
 * - Notes (`info`) are hints: together they weigh at most {@link RiskOptions.infoCap}, so a paragraph
 *   full of names does not outrank one real error.
 * - Untouched text weighs by its length: an untouched 170-word paragraph is a risk, an untouched
 *   two-word heading ("(2) Significance") hardly; short headings are not risky for being short.
 */
import type { Segment } from '../model/model.ts';
import type { Finding, Severity } from '../qa/types.ts';
import { countWords } from '../text/words.ts';

/** Weights of the risk score; every one can be overridden. */
export interface RiskOptions {
  readonly weights?: Partial<Readonly<Record<Severity, number>>>;
  /** The most all notes (`info` findings) of one segment add together. */
  readonly infoCap?: number;
  /**
   * Added when the segment is still the MT and not confirmed (status new or edited), in full from
   * {@link RiskOptions.untouchedWords} words on, in proportion below.
   */
  readonly untouched?: number;
  readonly untouchedWords?: number;
  /** Added when the segment's alignment confidence is below {@link RiskOptions.lowAlignment}. */
  readonly lowAlignmentWeight?: number;
  readonly lowAlignment?: number;
}

/**
 * The defaults: error 5, warning 2, info 0.5 (at most 1 in all); untouched +1 from 20 words on;
 * alignment below 0.5 +3.
 */
export const DEFAULT_RISK: Required<Omit<RiskOptions, 'weights'>> & {
  readonly weights: Readonly<Record<Severity, number>>;
} = {
  weights: { error: 5, warning: 2, info: 0.5 },
  infoCap: 1,
  untouched: 1,
  untouchedWords: 20,
  lowAlignmentWeight: 3,
  lowAlignment: 0.5,
};

/** Why a segment is ranked where it is: data the UI shows beside the row. */
export interface RiskReasons {
  /** The findings that count, by rule (in order of first appearance): how many, and the worst. */
  readonly findings: readonly {
    readonly rule: string;
    readonly severity: Severity;
    readonly count: number;
  }[];
  /** Still the MT and not confirmed. */
  readonly untouched: boolean;
  /** The alignment confidence (0..1), when the link is doubtful. */
  readonly doubtfulLink?: number;
}

/** A segment with its place in the document, its risk and why. */
export interface RankedSegment {
  readonly segment: Segment;
  readonly index: number;
  readonly risk: number;
  readonly reasons: RiskReasons;
}

const SEVERITY_ORDER: Readonly<Record<Severity, number>> = { info: 0, warning: 1, error: 2 };

/**
 * The risk of one segment and why (see the file comment): the weight of each finding by severity
 * (the `untouched` finding itself is not counted again), the untouched text by its length, a
 * doubtful alignment link. Excluded segments have no risk and no reasons.
 */
export function assessRisk(
  segment: Segment,
  findings: readonly Finding[],
  options: RiskOptions = {},
): { risk: number; reasons: RiskReasons } {
  const none = { risk: 0, reasons: { findings: [], untouched: false } };
  if (segment.status === 'excluded') return none;
  const weights = { ...DEFAULT_RISK.weights, ...options.weights };
  const byRule = new Map<string, { rule: string; severity: Severity; count: number }>();
  let risk = 0;
  let info = 0;
  for (const finding of findings) {
    if (finding.rule === 'untouched') continue;
    if (finding.severity === 'info') info += weights.info;
    else risk += weights[finding.severity];
    const seen = byRule.get(finding.rule);
    if (!seen)
      byRule.set(finding.rule, { rule: finding.rule, severity: finding.severity, count: 1 });
    else {
      seen.count += 1;
      if (SEVERITY_ORDER[finding.severity] > SEVERITY_ORDER[seen.severity])
        seen.severity = finding.severity;
    }
  }
  risk += Math.min(info, options.infoCap ?? DEFAULT_RISK.infoCap);
  const untouched =
    segment.text === segment.mt && (segment.status === 'new' || segment.status === 'edited');
  if (untouched) {
    const full = options.untouchedWords ?? DEFAULT_RISK.untouchedWords;
    const share = Math.min(1, countWords(segment.text) / full);
    risk += (options.untouched ?? DEFAULT_RISK.untouched) * share;
  }
  const threshold = options.lowAlignment ?? DEFAULT_RISK.lowAlignment;
  const doubtful = segment.alignScore !== undefined && segment.alignScore < threshold;
  if (doubtful) risk += options.lowAlignmentWeight ?? DEFAULT_RISK.lowAlignmentWeight;
  return {
    risk,
    reasons: {
      findings: [...byRule.values()],
      untouched,
      ...(doubtful ? { doubtfulLink: segment.alignScore } : {}),
    },
  };
}

/** The risk of one segment (see {@link assessRisk}). */
export function riskScore(
  segment: Segment,
  findings: readonly Finding[],
  options: RiskOptions = {},
): number {
  return assessRisk(segment, findings, options).risk;
}

/**
 * The review queue: the segments from the riskiest down (ties in document order), excluded ones left
 * out, each with its risk and reasons; findings are looked up by segment id.
 */
export function sortByRisk(
  segments: readonly Segment[],
  findingsBySegment: ReadonlyMap<string, readonly Finding[]>,
  options: RiskOptions = {},
): RankedSegment[] {
  const ranked: RankedSegment[] = [];
  segments.forEach((segment, index) => {
    if (segment.status === 'excluded') return;
    const { risk, reasons } = assessRisk(segment, findingsBySegment.get(segment.id) ?? [], options);
    ranked.push({ segment, index, risk, reasons });
  });
  return ranked.sort((a, b) => b.risk - a.risk || a.index - b.index);
}
