/**
 * The IndexedDB layout of Verso, as idb's typed `DBSchema`. Records are storage types, kept apart from the
 * domain types in `core/model.ts` on purpose: a field added to the model must not silently change what is
 * on disk; it needs a migration step (see `migrations.ts`).
 */
import type { DBSchema } from 'idb';
import type { ProjectLqa } from '../core/lqa/project-lqa.ts';
import type { MemoryInfo, MemoryUnit } from '../core/tm/model.ts';
import type { ProjectQa, SegmentComment, SegmentMode, SegmentStatus } from '../core/model/model.ts';
import type { StoredRevisionRecord } from './revision-records.ts';

/** Database name used by the app; tests pass their own. */
export const DB_NAME = 'verso';

/** Current schema version = the highest step of the migration ladder. */
export const DB_VERSION = 5;

/**
 * Segments per chunk record. GUIDE part 1 pitfall 4: 20,000 paragraphs cost ≈ 2 s as one record each but
 * ≈ 70 ms to write and ≈ 90 ms to read in 500-paragraph chunks.
 */
export const CHUNK_SIZE = 500;

/** Version of the layout of one project's records, stored with it so later code can tell old layouts. */
export const PROJECT_RECORD_SCHEMA = 1;

/** A project row: what the project list shows plus how its segments are laid out. */
export interface StoredProject {
  readonly id: string;
  readonly name: string;
  readonly fileName: string;
  readonly createdAt: number;
  readonly updatedAt: number;
  readonly segmentCount: number;
  readonly targetLang: string;
  readonly sourceLang?: string;
  /** Paragraph or sentence rows (absent: paragraph). Optional field: no migration needed. */
  readonly mode?: SegmentMode;
  /** QA settings (absent: none yet). Optional field: no migration needed. */
  readonly qa?: ProjectQa;
  /**
   * When the project was last opened (absent: never since this field exists). The app reopens the
   * project opened last from it after a crash (issue 11 item 12). Optional field: no migration needed.
   */
  readonly openedAt?: number;
  /**
   * A new random string from every transaction that writes the project's chunks (chunk-cache.ts): a
   * tab holding chunk records stored under this token knows they are what IndexedDB holds and does not
   * read them back. Absent (rows of version 3 and before): no copy is trusted until the next write.
   */
  readonly writeToken?: string;
  /** Number of `chunks` records, indexes 0 … chunkCount − 1. */
  readonly chunkCount: number;
  /** Segments per chunk when the project was written (a later version may choose another size). */
  readonly chunkSize: number;
  /** `PROJECT_RECORD_SCHEMA` at the time of writing. */
  readonly schema: number;
}

/** One segment inside a chunk. `revisionCount` includes the implicit import revision. */
export interface StoredSegment {
  readonly id: string;
  readonly mt: string;
  readonly source?: string;
  readonly text: string;
  readonly status: SegmentStatus;
  readonly comments: readonly SegmentComment[];
  readonly revisionCount: number;
  readonly updatedAt: number;
}

/** Up to `CHUNK_SIZE` consecutive segments of a project, in document order (as the repository holds them). */
export interface StoredChunk {
  readonly projectId: string;
  readonly index: number;
  readonly segments: readonly StoredSegment[];
}

/**
 * A segment as its chunk record holds it on disk: since version 5 without `text` while the text is
 * still its MT (chunks.ts: `toDisk`, `fromDisk`). Records of versions 1–4 always carry it.
 */
export type DiskSegment = Omit<StoredSegment, 'text'> & { readonly text?: string };

/** A chunk record as stored. */
export interface DiskChunk {
  readonly projectId: string;
  readonly index: number;
  readonly segments: readonly DiskSegment[];
}

/**
 * A project's quality assessment (issue 15; store `lqa`, schema version 2): its scorecard, errors and
 * rework flags in one record per project — written whole on each change (a review logs tens to hundreds
 * of errors, far below the chunk sizes of part 1 pitfall 4), and kept out of the project row so the
 * project list does not read it.
 */
export interface StoredLqa extends ProjectLqa {
  readonly projectId: string;
}

/** A translation memory's description (issue 16; version 2). */
export type StoredMemoryInfo = MemoryInfo;

/** One unit of a translation memory, keyed by its memory and its id (issue 16; version 2). */
export interface StoredMemoryUnit {
  readonly memoryId: string;
  readonly unit: MemoryUnit;
}

/** The typed schema of the Verso database (current version). */
export interface VersoDBSchema extends DBSchema {
  projects: { key: string; value: StoredProject };
  chunks: { key: [string, number]; value: DiskChunk };
  revisions: {
    key: number;
    value: StoredRevisionRecord;
    indexes: { bySegment: [string, string]; byProject: string; bySegmentKey: string };
  };
  lqa: { key: string; value: StoredLqa };
  tmMemories: { key: string; value: StoredMemoryInfo };
  tmUnits: { key: [string, string]; value: StoredMemoryUnit };
}

/** Key range over every chunk of one project, in index order. */
export function projectChunkRange(projectId: string): IDBKeyRange {
  return IDBKeyRange.bound([projectId, 0], [projectId, Infinity]);
}
