import type { ExpectedState, StaleSegment } from './conflict.ts';
import type { InlineCode } from '../model/inline-codes.ts';
import type { PreservedXml } from '../model/preserved.ts';
import type {
  ProjectData,
  ProjectMeta,
  ProjectQa,
  Revision,
  Segment,
  SegmentChange,
  SegmentComment,
  SegmentMode,
  SegmentStatus,
} from '../model/model.ts';
import type { Backup } from '../formats/backup/model.ts';
import type { ProjectLqa } from '../lqa/project-lqa.ts';
import type { RevisionPage, RevisionPageQuery } from './revision-page.ts';

/** A new project to store: segments are given as MT text (the correction starts as the MT). */
export interface NewProject {
  readonly name: string;
  readonly fileName: string;
  readonly targetLang: string;
  readonly sourceLang?: string;
  readonly segments: readonly NewSegment[];
  readonly qa?: ProjectQa;
  /** Its quality assessment (issue 15: errors an imported XLIFF carries as ITS issues). */
  readonly lqa?: ProjectLqa;
}

/** A segment of a new project. The correction starts as the MT unless `text` is given. */
export interface NewSegment {
  readonly mt: string;
  readonly source?: string;
  /** Current text when the file already has one that differs from the MT (rare). */
  readonly text?: string;
  /** Status from the file (XLIFF state…); `new` when absent. */
  readonly status?: SegmentStatus;
  /** Notes from the file, stored as comments. */
  readonly notes?: readonly string[];
  readonly codes?: readonly InlineCode[];
  readonly alignScore?: number;
  readonly externalId?: string;
  /** Markup of the file kept to be written back (see model/preserved.ts). */
  readonly preserved?: PreservedXml;
}

/** A change another tab stored (issue 6), as the repository of this tab hears of it. */
export type ExternalChange =
  /** Texts and statuses saved (the last state of each segment the write touched). */
  | {
      readonly kind: 'segments';
      readonly projectId: string;
      readonly segments: readonly StaleSegment[];
    }
  | {
      readonly kind: 'comment';
      readonly projectId: string;
      readonly segmentId: string;
      readonly comment: SegmentComment;
    }
  /**
   * `meta`: created, renamed or its settings changed; `structure`: its segment list replaced (merge,
   * split, mode switch); `deleted`.
   */
  | {
      readonly kind: 'project';
      readonly projectId: string;
      readonly what: 'meta' | 'structure' | 'deleted';
    };

/**
 * What the app needs from persistent storage, in domain verbs. `src/storage` implements it over
 * IndexedDB; state tests use an in-memory implementation. Every method either completes entirely or
 * rejects without changing anything stored.
 */
export interface Repository {
  listProjects(): Promise<ProjectMeta[]>;
  createProject(project: NewProject): Promise<ProjectMeta>;
  openProject(id: string): Promise<ProjectData>;
  renameProject(id: string, name: string): Promise<ProjectMeta>;
  /** Replaces the project's QA settings (term rules, packs, word list, ignored findings). */
  saveProjectQa(id: string, qa: ProjectQa): Promise<ProjectMeta>;
  deleteProject(id: string): Promise<void>;
  /**
   * Records that the project was opened, with the data (issue 11 item 12): the last opened project
   * survives a browser crash, which settings kept in localStorage may not (written lazily).
   */
  markOpened(id: string): Promise<void>;
  /** The project opened last (see `markOpened`), or null when none still exists. */
  lastOpened(): Promise<string | null>;
  /**
   * Appends one revision per change (one transaction) and returns them. With `expected`, first checks
   * that those segments are stored as expected, else rejects with `StaleWriteError` (core/conflict.ts)
   * and stores nothing: another tab changed them since.
   */
  saveChanges(
    projectId: string,
    changes: readonly SegmentChange[],
    expected?: ExpectedState,
  ): Promise<Revision[]>;
  /**
   * Replaces the project's whole segment list in one transaction (merge, split, realignment, a switch
   * between paragraph and sentence mode), applies `changes` to it as revisions, and records `mode`.
   * Segments not in `segments` are gone from the document; their revisions stay in storage and remain
   * reachable through the `ancestors` of the segments that absorbed them.
   */
  restructure(
    projectId: string,
    segments: readonly Segment[],
    changes: readonly SegmentChange[],
    mode?: SegmentMode,
    expected?: ExpectedState,
  ): Promise<Revision[]>;
  /** The segment's revisions oldest first, its ancestors' included. */
  listRevisions(projectId: string, segmentId: string): Promise<Revision[]>;
  /**
   * One page of the segment's revisions, newest first, its ancestors' included (issue 12 item 3: History
   * reads a page at a time, so 10,000 revisions do not freeze it).
   */
  listRevisionPage(
    projectId: string,
    segmentId: string,
    query?: RevisionPageQuery,
  ): Promise<RevisionPage>;
  addComment(projectId: string, segmentId: string, comment: SegmentComment): Promise<void>;
  /** The project's quality assessment (issue 15), or `undefined` when none was stored yet. */
  loadLqa(projectId: string): Promise<ProjectLqa | undefined>;
  /** Replaces the project's quality assessment (scorecard, errors, rework flags) as a whole. */
  saveLqa(projectId: string, lqa: ProjectLqa): Promise<void>;
  /** A backup of the project, its quality assessment included (version 2 when it has one). */
  exportBackup(projectId: string): Promise<Backup>;
  /** Stores a validated backup as a new project (new id; name kept; its assessment too). */
  importBackup(backup: Backup): Promise<ProjectMeta>;
  /**
   * The connection is lost: the database is being replaced by a newer version in another tab (the app
   * should reload), or the browser closed it (`reason` says which).
   */
  onVersionChange(listener: (reason: ConnectionLossReason) => void): void;
  /** Changes other tabs (other repositories on the same database) stored, once committed. */
  onExternalChange?(listener: (change: ExternalChange) => void): void;
  close(): void;
}

/**
 * Why a repository's connection was lost: a newer Verso upgraded the database in another tab
 * ('versionchange'), or the browser closed it ('terminated': site data cleared, or storage failing,
 * e.g. a full disk — issue 12 item 10, which must not be reported as an update).
 */
export type ConnectionLossReason = 'versionchange' | 'terminated';
