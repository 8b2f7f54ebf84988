/**
 * The quality score of a reviewed translation (issue 15, deliverable 3), by the MQM scoring model —
 * the linear scoring model of "The MQM Scoring Models" (themqm.org; Lommel et al., "The Multi-Range
 * Theory of Translation Quality Measurement: MQM scoring models and Statistical Quality Control",
 * arXiv:2405.16969) as the MQM-Core scorecard computes it (themqm.org, "Values and Scores"):
 *
 *   APT (Absolute Penalty Total)  = Σ over the errors of  error type weight × severity multiplier
 *   EWC (Evaluation Word Count)   = the words of the evaluated text
 *   NPT (Normed Penalty Total)    = APT × RWC ÷ EWC          (RWC: the Reference Word Count, 1,000)
 *   OQS (Overall Quality Score)   = MSV − NPT                (MSV: the Maximum Score Value, 100)
 *
 * i.e. the "100 − (penalty total × reference words ÷ evaluated words)". The score is not
 * clipped at 0 (the model's raw score can go below it: the translation then fails by far); it is
 * rounded to two decimals (half away from zero), and pass/fail is decided on the rounded score the
 * reviewer sees (passes when score ≥ threshold).
 *
 * What is counted here:
 * - evaluated words: the final text (the correction, placeholders resolved) of every segment not
 *   excluded — the text the client gets; a Chinese or Japanese target counts characters at a stated
 *   ratio (words.ts);
 * - errors: every error on a segment not excluded, detached ones included (the error was made; the
 *   reviewer's later edit does not undo it); neutral errors count 0 points but are listed;
 * - an error whose segment is excluded or gone, or whose severity the scorecard no longer has, is not
 *   counted and is listed in `uncounted` (the UI can show why); an error of a category the scorecard
 *   no longer has counts with weight 1 under its own id.
 * With no evaluated words there is no score (`null`).
 */
import type { Segment } from '../model/model.ts';
import { plainText } from '../export/edition/paragraphs.ts';
import type { LqaError } from './error.ts';
import { categoryIndex, categoryWeight, type PlacedCategory, type Scorecard } from './scorecard.ts';
import {
  countText,
  evaluatedWordsOf,
  isKorean,
  wordBasisOf,
  type TextCount,
  type WordBasis,
} from './words.ts';

/** What the score is computed from. */
export interface LqaScoreInput {
  /** The project's segments (any order; excluded ones are left out). */
  readonly segments: readonly Pick<Segment, 'id' | 'text' | 'status' | 'codes'>[];
  readonly errors: readonly LqaError[];
  readonly scorecard: Scorecard;
  /** BCP 47 language of the target (how words are counted). */
  readonly targetLang: string;
}

/** Errors and penalty points of one category, by severity. */
export interface LqaTableRow {
  readonly categoryId: string;
  /** Ids from the dimension down to the category. */
  readonly path: readonly string[];
  /** Errors per severity id (every severity of the scorecard present, 0 when none). */
  readonly counts: Readonly<Record<string, number>>;
  readonly count: number;
  /** The row's penalty points (type weight × multipliers). */
  readonly penalty: number;
}

/** Why an error is not counted. */
export type UncountedReason = 'excluded' | 'no-segment' | 'unknown-severity';

/** The score of a project. */
export interface LqaScore {
  /** EWC: evaluated words (a Chinese or Japanese target: characters ÷ ratio, so it may be fractional). */
  readonly evaluatedWords: number;
  /** How the words were counted, and the CJK characters when they were (for "N characters ÷ 1.5"). */
  readonly wordBasis: WordBasis;
  readonly characters: number;
  /** APT: the penalty points of the counted errors. */
  readonly penaltyTotal: number;
  /** NPT: APT × reference words ÷ evaluated words; `null` without evaluated words. */
  readonly normedPenalty: number | null;
  /** OQS rounded to two decimals; `null` without evaluated words. */
  readonly score: number | null;
  /** OQS unrounded. */
  readonly exactScore: number | null;
  /** score ≥ threshold; `null` without a score. */
  readonly passed: boolean | null;
  readonly passThreshold: number;
  readonly referenceWords: number;
  /** Errors counted (neutral ones included). */
  readonly errorCount: number;
  /** Counted errors per severity id (every severity present). */
  readonly bySeverity: Readonly<Record<string, number>>;
  /** One row per category with counted errors, in the scorecard's order (unknown ids last). */
  readonly rows: readonly LqaTableRow[];
  /** Errors left out of the score, and why. */
  readonly uncounted: readonly { readonly errorId: string; readonly reason: UncountedReason }[];
}

/** MQM's Maximum Score Value. */
export const MAX_SCORE = 100;

/**
 * Counts of segments met before. Segments are immutable (a changed text is a new object), so the live
 * score after a keystroke counts one segment again, not the whole document (20,000 segments: ≈ 60 ms
 * of tokenizing per keystroke before).
 */
const segmentCounts = new WeakMap<
  object,
  { readonly korean: boolean; readonly count: TextCount }
>();

function segmentCount(s: Pick<Segment, 'text' | 'codes'>, korean: boolean): TextCount {
  const known = segmentCounts.get(s);
  if (known?.korean === korean) return known.count;
  const count = countText(plainText(s.text, s.codes), korean);
  segmentCounts.set(s, { korean, count });
  return count;
}

/**
 * Counts `segments` ahead of a score (what {@link lqaScore} would count), so that a caller can spread
 * the counting of a large project over several tasks; the score then finds every count made.
 */
export function primeWordCounts(
  segments: readonly Pick<Segment, 'text' | 'codes'>[],
  targetLang: string,
): void {
  const korean = isKorean(targetLang);
  for (const s of segments) segmentCount(s, korean);
}

/** The score of a project (see the module comment). */
export function lqaScore(input: LqaScoreInput): LqaScore {
  const { scorecard, errors } = input;
  const basis = wordBasisOf(input.targetLang);
  const korean = isKorean(input.targetLang);
  // Whether each segment an error is on counts (only those: a Map of every segment per keystroke
  // cost more than the counting).
  const onErrors = new Set(errors.map((e) => e.segmentId));
  const included = new Map<string, boolean>();
  let words = 0;
  let characters = 0;
  for (const s of input.segments) {
    if (onErrors.has(s.id)) included.set(s.id, s.status !== 'excluded');
    if (s.status === 'excluded') continue;
    const c = segmentCount(s, korean);
    words += c.words;
    characters += c.characters;
  }
  const evaluatedWords = evaluatedWordsOf({ words, characters }, basis);
  const weights = new Map(scorecard.severities.map((s) => [s.id, s.weight]));
  const index = categoryIndex(scorecard);
  const rows = new Map<string, MutableRow>();
  const bySeverity = Object.fromEntries(scorecard.severities.map((s) => [s.id, 0]));
  const uncounted: { errorId: string; reason: UncountedReason }[] = [];
  let penaltyTotal = 0;
  let errorCount = 0;
  for (const error of errors) {
    const inScope = included.get(error.segmentId);
    const multiplier = weights.get(error.severityId);
    const reason: UncountedReason | undefined =
      inScope === undefined
        ? 'no-segment'
        : !inScope
          ? 'excluded'
          : multiplier === undefined
            ? 'unknown-severity'
            : undefined;
    if (reason !== undefined || multiplier === undefined) {
      uncounted.push({ errorId: error.id, reason: reason ?? 'unknown-severity' });
      continue;
    }
    const placed = index.get(error.categoryId);
    const penalty = categoryWeight(placed?.category) * multiplier;
    const row = rows.get(error.categoryId) ?? newRow(error.categoryId, placed, scorecard);
    rows.set(error.categoryId, row);
    row.counts[error.severityId] = (row.counts[error.severityId] ?? 0) + 1;
    row.count += 1;
    row.penalty += penalty;
    bySeverity[error.severityId] = (bySeverity[error.severityId] ?? 0) + 1;
    penaltyTotal += penalty;
    errorCount += 1;
  }
  const normedPenalty =
    evaluatedWords > 0 ? (penaltyTotal * scorecard.referenceWords) / evaluatedWords : null;
  const exactScore = normedPenalty === null ? null : MAX_SCORE - normedPenalty;
  const score = exactScore === null ? null : roundScore(exactScore);
  const order = [...index.keys()];
  const rank = (id: string) => {
    const i = order.indexOf(id);
    return i < 0 ? order.length : i;
  };
  return {
    evaluatedWords,
    wordBasis: basis,
    characters: basis.unit === 'characters' ? characters : 0,
    penaltyTotal,
    normedPenalty,
    score,
    exactScore,
    passed: score === null ? null : score >= scorecard.passThreshold,
    passThreshold: scorecard.passThreshold,
    referenceWords: scorecard.referenceWords,
    errorCount,
    bySeverity,
    rows: [...rows.values()].sort((a, b) => rank(a.categoryId) - rank(b.categoryId)),
    uncounted,
  };
}

type MutableRow = { -readonly [K in keyof LqaTableRow]: LqaTableRow[K] } & {
  counts: Record<string, number>;
};

function newRow(id: string, placed: PlacedCategory | undefined, scorecard: Scorecard): MutableRow {
  return {
    categoryId: id,
    path: placed ? [...placed.ancestors.map((a) => a.id), id] : [id],
    counts: Object.fromEntries(scorecard.severities.map((s) => [s.id, 0])),
    count: 0,
    penalty: 0,
  };
}

/**
 * A score rounded to two decimals, half away from zero, as it is shown: the tiny relative nudge keeps
 * a value such as 96.665 (stored as 96.66499…) from rounding down.
 */
export function roundScore(value: number): number {
  const scaled = Math.abs(value) * 100 * (1 + Number.EPSILON);
  return (Math.sign(value) * Math.round(scaled)) / 100 || 0;
}
