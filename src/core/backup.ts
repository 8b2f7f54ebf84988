import type {
  ProjectQa,
  RevisionOrigin,
  Segment,
  SegmentComment,
  SegmentMode,
  SegmentStatus,
} from './model.ts';

/** Current version of the backup format. Readers refuse newer versions with a clear message. */
export const BACKUP_VERSION = 1;

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
}

export interface BackupRevision {
  readonly id: number;
  readonly segmentId: string;
  readonly text: string;
  readonly status: SegmentStatus;
  readonly origin: RevisionOrigin;
  readonly createdAt: number;
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
}
