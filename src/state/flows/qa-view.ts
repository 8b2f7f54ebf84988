/** What the QA panel and the learned-fix prompt show (part of the app state). */
import type { Finding } from '../../core/qa/index.ts';
import type { LearnedFix, LearnedHit } from '../../core/review/learned-fixes.ts';

/** What the QA panel shows. */
export interface QaView {
  /** Current findings of the whole document, ignored ones included (the view filters them). */
  readonly findings: readonly Finding[];
  readonly running: boolean;
  /** When the last whole-document run finished. */
  readonly ranAt: number | null;
  /** A fix learned from the reviewer's last correction, with where else it applies. */
  readonly learned: LearnedOffer | null;
}

/** What the learned-fix prompt shows: the change and its hits in other segments. */
export interface LearnedOffer {
  readonly fix: LearnedFix;
  readonly hits: readonly LearnedHit[];
  /** Segments the hits are in (a segment may hold several). */
  readonly segments: number;
  readonly segmentId: string;
}

export const INITIAL_QA: QaView = { findings: [], running: false, ranAt: null, learned: null };
