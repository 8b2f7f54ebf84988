/**
 * The figures of the change report (issue 5, deliverable 4), computed apart from their HTML so that
 * other views (the metrics panel) can use them: per included segment HTER and, for changed ones, the
 * word diff and the classified edits; for the document the counts, HTER, its distribution, the most
 * frequent corrections, the QA findings left and the active editing time.
 */
import { wordDiff, type DiffOp } from '../../text/diff.ts';
import {
  classifyDiff,
  countEdits,
  type ClassifiedEdit,
  type EditKind,
} from '../../metrics/classify.ts';
import { activeEditingTime } from '../../metrics/editing-time.ts';
import { documentHter, hter, type HterResult } from '../../metrics/hter.ts';
import type { Segment } from '../../model/model.ts';
import type { ExportInput } from '../export-input.ts';
import { wordCount } from '../../text/diff.ts';
import { findingsLeft } from '../../qa/index.ts';

/** One changed segment of the report. */
export interface ChangedSegment {
  /** 1-based position in the project (the grid's "Segment N"). */
  readonly number: number;
  readonly segment: Segment;
  readonly hter: HterResult;
  readonly diff: readonly DiffOp[];
  readonly edits: readonly ClassifiedEdit[];
}

/** An unchanged segment with comments, listed in the report for its comments. */
export interface CommentedSegment {
  /** 1-based position in the project. */
  readonly number: number;
  readonly segment: Segment;
}

/** A correction that recurs: the same MT text replaced by the same final text. */
export interface Correction {
  readonly from: string;
  readonly to: string;
  readonly kind: EditKind;
  readonly count: number;
}

/** The report's summary. */
export interface ReportSummary {
  /** Segments in the edition (excluded ones not counted) and excluded ones. */
  readonly segments: number;
  readonly excluded: number;
  /** Included segments whose final text differs from the MT. */
  readonly changed: number;
  /** Words (a CJK character counts as one) of the MT and of the final text, included segments. */
  readonly mtWords: number;
  readonly finalWords: number;
  /** Share (0…1) of included segments reviewed or approved. */
  readonly reviewedShare: number;
  /** Document HTER: total edits over total final words. */
  readonly hter: HterResult;
  /** Included segments by HTER, in ten bins [0, 0.1) … [0.9, 1]. */
  readonly histogram: readonly number[];
  readonly kinds: Readonly<Record<EditKind, number>>;
  /** The most frequent corrections, most frequent first (at most {@link TOP_CORRECTIONS}). */
  readonly corrections: readonly Correction[];
  /** QA findings left: how many, and by severity and by rule (most frequent first). */
  readonly findings: {
    readonly total: number;
    readonly bySeverity: readonly (readonly [string, number])[];
    readonly byRule: readonly (readonly [string, number])[];
  };
  /** Active editing time from the typing revisions' times, when revisions were given (ms). */
  readonly editingMs: number | undefined;
}

/** How many recurring corrections the summary lists. */
export const TOP_CORRECTIONS = 10;
/** Bins of the HTER histogram. */
export const HISTOGRAM_BINS = 10;

/** The report's figures for a project. */
export function reportData(input: ExportInput): {
  summary: ReportSummary;
  changed: ChangedSegment[];
  /** Included segments left as the MT that have comments (issue 11 item 11: they were missing). */
  commented: CommentedSegment[];
} {
  const included = input.segments.filter((s) => s.status !== 'excluded');
  const changed: ChangedSegment[] = [];
  const commented: CommentedSegment[] = [];
  const scores: HterResult[] = [];
  const histogram = new Array<number>(HISTOGRAM_BINS).fill(0);
  const options = input.terms ? { terms: input.terms } : {};
  input.segments.forEach((segment, i) => {
    if (segment.status === 'excluded') return;
    const score = hter(segment.mt, segment.text);
    scores.push(score);
    histogram[Math.min(HISTOGRAM_BINS - 1, Math.floor(score.hter * HISTOGRAM_BINS))]! += 1;
    if (segment.text === segment.mt) {
      if (segment.comments.length > 0) commented.push({ number: i + 1, segment });
      return;
    }
    const diff = wordDiff(segment.mt, segment.text);
    const edits = classifyDiff(diff, options);
    changed.push({ number: i + 1, segment, hter: score, diff, edits });
  });
  const allEdits = changed.flatMap((c) => c.edits);
  let mtWords = 0;
  let finalWords = 0;
  for (const s of included) {
    const words = wordCount(s.mt);
    mtWords += words;
    finalWords += s.text === s.mt ? words : wordCount(s.text);
  }
  const reviewed = included.filter((s) => s.status === 'reviewed' || s.status === 'approved');
  const summary: ReportSummary = {
    segments: included.length,
    excluded: input.segments.length - included.length,
    changed: changed.length,
    mtWords,
    finalWords,
    reviewedShare: included.length === 0 ? 0 : reviewed.length / included.length,
    hter: documentHter(scores),
    histogram,
    kinds: countEdits(allEdits),
    corrections: frequentCorrections(allEdits),
    findings: findingsOf(reportFindings(input)),
    editingMs: input.revisions
      ? activeEditingTime(
          input.revisions
            // Typing revisions are the reviewer's own edits (as the metrics panel counts them).
            .filter((r) => r.origin === 'typing')
            .map((r) => ({ segmentId: r.segmentId, at: r.createdAt })),
        ).totalMs
      : undefined,
  };
  return { summary, changed, commented };
}

type MutableCorrection = { -readonly [K in keyof Correction]: Correction[K] };

/** Corrections made more than once, most frequent first (ties: first met). */
function frequentCorrections(edits: readonly ClassifiedEdit[]): Correction[] {
  // Counted in place: one entry per distinct correction, not one per edit. Its kind is the last met.
  const counts = new Map<string, MutableCorrection>();
  for (const e of edits) {
    const from = e.from.trim();
    const to = e.to.trim();
    if (from === '' && to === '') continue;
    const key = `${from}\u0000${to}`;
    const seen = counts.get(key);
    if (seen) {
      seen.kind = e.kind;
      seen.count += 1;
    } else counts.set(key, { from, to, kind: e.kind, count: 1 });
  }
  return [...counts.values()]
    .filter((c) => c.count > 1)
    .sort((a, b) => b.count - a.count)
    .slice(0, TOP_CORRECTIONS);
}

/** The findings the report counts: those given, else those the checks find now, else none. */
function reportFindings(input: ExportInput): NonNullable<ExportInput['findings']> {
  if (input.findings) return input.findings;
  if (!input.qa) return [];
  return findingsLeft(input.segments, input.qa, input.meta.qa?.ignored);
}

function findingsOf(findings: NonNullable<ExportInput['findings']>): ReportSummary['findings'] {
  const tally = (key: (f: (typeof findings)[number]) => string) => {
    const counts = new Map<string, number>();
    for (const f of findings) counts.set(key(f), (counts.get(key(f)) ?? 0) + 1);
    return [...counts].sort((a, b) => b[1] - a[1]);
  };
  return {
    total: findings.length,
    bySeverity: tally((f) => f.severity),
    byRule: tally((f) => f.rule),
  };
}
