import type { InlineCode } from './inline-codes.ts';
import type { TermRule } from '../terms/model.ts';
import type { PreservedXml } from './preserved.ts';

/**
 * Verso's domain model: plain data, shared by the app, the storage layer and the CLI.
 * Nothing here touches the DOM, IndexedDB or i18next.
 */

/** Review status of a segment (GUIDE part 4). `excluded` keeps boilerplate out of the edition. */
export type SegmentStatus = 'new' | 'edited' | 'reviewed' | 'approved' | 'rejected' | 'excluded';

export const SEGMENT_STATUSES: readonly SegmentStatus[] = [
  'new',
  'edited',
  'reviewed',
  'approved',
  'rejected',
  'excluded',
];

/** What produced a revision. */
export type RevisionOrigin =
  | 'import'
  | 'typing'
  | 'replace'
  | 'restore'
  | 'undo'
  | 'redo'
  | 'status'
  | 'merge'
  | 'split'
  | 'align'
  | 'fix'
  | 'learned'
  /** A translation-memory match inserted (issue 16). */
  | 'tm';

export const REVISION_ORIGINS: readonly RevisionOrigin[] = [
  'import',
  'typing',
  'replace',
  'restore',
  'undo',
  'redo',
  'status',
  'merge',
  'split',
  'align',
  'fix',
  'learned',
  'tm',
];

/** A reviewer's comment on a segment. */
export interface SegmentComment {
  readonly id: string;
  readonly text: string;
  readonly author: string;
  readonly createdAt: number;
}

/**
 * One segment (a paragraph) as the grid shows it: the machine translation (never changed), the current
 * correction and its status. `text` always equals the text of the segment's latest revision.
 */
export interface Segment {
  /** Stable id inside its project (survives reordering by later features). */
  readonly id: string;
  /** Machine translation as imported. */
  readonly mt: string;
  /** Source text, when the project has one (later issue). */
  readonly source?: string;
  /** Current correction. */
  readonly text: string;
  readonly status: SegmentStatus;
  readonly comments: readonly SegmentComment[];
  /** Number of revisions stored for this segment (the import revision included). */
  readonly revisionCount: number;
  /** Time of the latest revision. */
  readonly updatedAt: number;
  /** Status the segment was imported with, when not `new` (an XLIFF file's reviewed unit, say). */
  readonly importStatus?: SegmentStatus;
  /** Inline codes behind the placeholders in source, MT and text (see inline-codes.ts). */
  readonly codes?: readonly InlineCode[];
  /** Confidence 0..1 of the automatic source↔MT link this row came from. */
  readonly alignScore?: number;
  /** Id of the unit in the file the project was imported from (XLIFF unit, TMX tuid). */
  readonly externalId?: string;
  /** Segments merged or split into this one: their revisions are part of its history. */
  readonly ancestors?: readonly string[];
  /**
   * In sentence mode: the paragraph segment this sentence came from, and the whitespace that followed
   * the sentence in the paragraph's correction, MT and source (so the paragraph rejoins exactly).
   */
  readonly sentenceOf?: SentenceOf;
  /** Markup of the imported file kept to be written back on export (see preserved.ts). */
  readonly preserved?: PreservedXml;
}

/** An append-only record of one saved state of a segment. */
export interface Revision {
  /** Monotonic id (storage assigns it); order of revisions = order of ids. */
  readonly id: number;
  readonly segmentId: string;
  readonly text: string;
  readonly status: SegmentStatus;
  readonly origin: RevisionOrigin;
  readonly createdAt: number;
  /** Who made it: the reviewer's name (Settings, "Your name"), in a shared project (issue 14). */
  readonly author?: string;
}

/** Where a sentence row sits in its paragraph (sentence mode). */
export interface SentenceOf {
  readonly paragraphId: string;
  readonly sep: string;
  readonly mtSep: string;
  readonly sourceSep: string;
}

/** What the project list shows about a project. */
export interface ProjectMeta {
  readonly id: string;
  readonly name: string;
  /** File the project was created from. */
  readonly fileName: string;
  readonly createdAt: number;
  readonly updatedAt: number;
  readonly segmentCount: number;
  /** BCP 47 language of the MT / correction (target). */
  readonly targetLang: string;
  readonly sourceLang?: string;
  /** Paragraph rows (default) or sentence rows inside paragraphs. */
  readonly mode?: SegmentMode;
  /** The project's QA settings: termbase, packs, word list, ignored findings. */
  readonly qa?: ProjectQa;
}

/** A QA finding the reviewer chose to ignore, with who and when (issue 4). */
export interface IgnoredFinding {
  readonly findingId: string;
  readonly by: string;
  readonly at: number;
}

/** Per-project QA settings, stored with the project and in its backup. */
export interface ProjectQa {
  /** The project's own term rules. */
  readonly termRules: readonly TermRule[];
  /** Ids of the shipped term packs in force (the seed project starts with `belt-and-road`). */
  readonly packs: readonly string[];
  /** Words that are never misspellings in this project. */
  readonly words: readonly string[];
  readonly ignored: readonly IgnoredFinding[];
}

/** QA settings of a project that has none yet. */
export const EMPTY_QA: ProjectQa = { termRules: [], packs: [], words: [], ignored: [] };

export type SegmentMode = 'paragraph' | 'sentence';

/** A project with its segments, in document order. */
export interface ProjectData {
  readonly meta: ProjectMeta;
  readonly segments: readonly Segment[];
}

/** One change to apply to a segment; storage turns each into a revision. */
export interface SegmentChange {
  readonly segmentId: string;
  readonly text: string;
  readonly status: SegmentStatus;
  readonly origin: RevisionOrigin;
  /** Who made it (issue 14); absent for changes made before a name was set. */
  readonly author?: string;
}

/**
 * Segment status after its text changed from `before` to `text` (typing, replace, QA or learned fix,
 * restore, a recovered edit). The rule (CAT convention — OmegaT, Trados, memoQ; issue 11 item 1):
 *
 * - the text did not change (`text === before`): the status stays;
 * - `excluded` stays `excluded`: exclusion is a decision about scope (boilerplate left out of the
 *   edition), not a verdict on the wording, so editing the text does not bring the segment back;
 * - every other status — `new`, `edited`, and the verdicts `reviewed`, `approved` and `rejected` —
 *   becomes `edited`, or `new` when the text is the MT again: a verdict was about the old text, the new
 *   one has to be confirmed again (undo restores the old status together with the old text).
 *
 * `before` may be omitted by callers that only call this when the text changed.
 */
export function statusAfterEdit(
  previous: SegmentStatus,
  text: string,
  mt: string,
  before?: string,
): SegmentStatus {
  if (before === text || previous === 'excluded') return previous;
  return text === mt ? 'new' : 'edited';
}

/**
 * Status of a piece of a segment after a change of structure that does not change its wording (split at
 * sentence or cursor, merge, a switch to sentence rows): verdicts (`reviewed`, `approved`, `rejected`)
 * and `excluded` carry over to the pieces; `new` and `edited` follow whether the piece differs from its
 * MT.
 */
export function statusOfPiece(previous: SegmentStatus, text: string, mt: string): SegmentStatus {
  if (previous !== 'new' && previous !== 'edited') return previous;
  return text === mt ? 'new' : 'edited';
}
