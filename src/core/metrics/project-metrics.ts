/**
 * The figures of the metrics panel: per segment and per document HTER, word and character edit
 * distance, active editing time from revision times, the HTER distribution and edit kinds.
 * Unchanged segments cost nothing (0 edits; only their length is counted).
 */
import {
  activeEditingTime,
  classifyEdits,
  countEdits,
  documentMetrics,
  segmentMetrics,
  terTokens,
  type ClassifiedEdit,
  type EditKind,
  type SegmentMetrics,
  type TermPair,
} from './index.ts';
import type { Revision, Segment } from '../model/model.ts';

/** One segment's figures, with its 1-based row number. */
export interface SegmentFigures extends SegmentMetrics {
  readonly segmentId: string;
  readonly number: number;
  readonly changed: boolean;
  readonly editingMs: number;
}

export interface ProjectMetrics {
  readonly segments: readonly SegmentFigures[];
  readonly document: SegmentMetrics;
  readonly changedCount: number;
  readonly editingMs: number;
  /** Segments per HTER bin: [0, 0.1), [0.1, 0.2), … [0.9, 1.0]; unchanged segments in bin 0. */
  readonly histogram: readonly number[];
  readonly kinds: Readonly<Record<EditKind, number>>;
}

/** Figures of the project's segments (excluded ones left out: they are not part of the edition). */
export function projectMetrics(
  segments: readonly Segment[],
  revisions: readonly Pick<Revision, 'segmentId' | 'createdAt' | 'origin'>[],
  terms: readonly TermPair[] = [],
): ProjectMetrics {
  const time = activeEditingTime(
    revisions
      .filter((r) => r.origin === 'typing')
      .map((r) => ({ segmentId: r.segmentId, at: r.createdAt })),
  );
  const figures: SegmentFigures[] = [];
  const edits: ClassifiedEdit[] = [];
  segments.forEach((s, i) => {
    if (s.status === 'excluded') return;
    const changed = s.text !== s.mt;
    const base: SegmentMetrics = changed ? segmentMetrics(s.mt, s.text) : unchangedMetrics(s.text);
    if (changed) for (const edit of classifyEdits(s.mt, s.text, { terms })) edits.push(edit);
    figures.push({
      ...base,
      segmentId: s.id,
      number: i + 1,
      changed,
      editingMs: time.bySegment.get(s.id) ?? 0,
    });
  });
  const histogram = Array.from({ length: 10 }, () => 0);
  for (const f of figures) histogram[Math.min(9, Math.floor(f.hter * 10))]! += 1;
  return {
    segments: figures,
    document: documentMetrics(figures),
    changedCount: figures.filter((f) => f.changed).length,
    editingMs: time.totalMs,
    histogram,
    kinds: countEdits(edits),
  };
}

function unchangedMetrics(text: string): SegmentMetrics {
  return {
    edits: 0,
    refLength: terTokens(text).length,
    hter: 0,
    wordDistance: 0,
    charDistance: 0,
    charLength: text.replace(/\s+/g, '').length,
  };
}
