import { hasLqa, type ProjectLqa } from '../../lqa/project-lqa.ts';
import type {
  ProjectQa,
  RevisionOrigin,
  Segment,
  SegmentComment,
  SegmentMode,
  SegmentStatus,
} from '../../model/model.ts';

/** The `format` field every backup carries. */
export const BACKUP_FORMAT = 'verso-backup';

/**
 * Current version of the backup format. Readers refuse newer versions with a clear message.
 *
 * - 1: segments, revisions, the project's QA settings.
 * - 2: and the quality assessment (`lqa`: scorecard, errors, rework flags; issue 15). A backup
 *   without one is still written as version 1, so that an older Verso opens it; one with an
 *   assessment is version 2, which an older Verso refuses rather than silently dropping the errors.
 */
export const BACKUP_VERSION = 2;

/** The version a backup of `lqa`-less content is written with (see {@link BACKUP_VERSION}). */
export const BACKUP_VERSION_WITHOUT_LQA = 1;

export interface BackupSegment {
  readonly id: string;
  readonly mt: string;
  readonly source?: string;
  readonly text: string;
  readonly status: SegmentStatus;
  readonly comments: readonly SegmentComment[];
  readonly importStatus?: Segment['importStatus'];
  readonly codes?: Segment['codes'];
  readonly alignScore?: number;
  readonly externalId?: string;
  readonly ancestors?: readonly string[];
  readonly sentenceOf?: Segment['sentenceOf'];
  readonly preserved?: Segment['preserved'];
}

export interface BackupRevision {
  readonly id: number;
  readonly segmentId: string;
  readonly text: string;
  readonly status: SegmentStatus;
  readonly origin: RevisionOrigin;
  readonly createdAt: number;
  /** Who made it (issue 14: the reviewer's name); absent when no name was set. */
  readonly author?: string;
}

/** Lossless, versioned project backup (`*.verso.json`). */
export interface Backup {
  readonly format: 'verso-backup';
  readonly version: number;
  readonly exportedAt: number;
  readonly project: {
    readonly name: string;
    readonly fileName: string;
    readonly createdAt: number;
    readonly updatedAt: number;
    readonly targetLang: string;
    readonly sourceLang?: string;
    readonly mode?: SegmentMode;
    readonly qa?: ProjectQa;
  };
  /** In document order. */
  readonly segments: readonly BackupSegment[];
  /** Every revision of every segment, in the order they were made (import revisions included). */
  readonly revisions: readonly BackupRevision[];
  /** The quality assessment (version 2 on): scorecard, errors, rework flags. */
  readonly lqa?: ProjectLqa;
}

/** What a backup keeps of a segment: everything but the derived revision count and time. */
export function backupSegmentOf(s: Segment): BackupSegment {
  return {
    id: s.id,
    mt: s.mt,
    ...(s.source === undefined ? {} : { source: s.source }),
    text: s.text,
    status: s.status,
    comments: s.comments.map((c) => ({ ...c })),
    ...(s.importStatus === undefined ? {} : { importStatus: s.importStatus }),
    ...(s.codes === undefined ? {} : { codes: s.codes.map((c) => ({ ...c })) }),
    ...(s.alignScore === undefined ? {} : { alignScore: s.alignScore }),
    ...(s.externalId === undefined ? {} : { externalId: s.externalId }),
    ...(s.ancestors === undefined ? {} : { ancestors: [...s.ancestors] }),
    ...(s.sentenceOf === undefined ? {} : { sentenceOf: { ...s.sentenceOf } }),
    ...(s.preserved === undefined ? {} : { preserved: s.preserved }),
  };
}

/**
 * The version and `lqa` field of a backup of a project with assessment `lqa`: version 2 with the
 * assessment when it holds anything, else version 1 without it (see BACKUP_VERSION).
 */
export function backupLqaPart(lqa: ProjectLqa | undefined): {
  readonly version: number;
  readonly lqa?: ProjectLqa;
} {
  if (!hasLqa(lqa)) return { version: BACKUP_VERSION_WITHOUT_LQA };
  const { scorecard, errors, rework } = lqa;
  return { version: BACKUP_VERSION, lqa: { scorecard, errors, rework } };
}
