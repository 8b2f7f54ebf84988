import type { ProjectData, ProjectMeta, Revision, SegmentChange, SegmentComment } from './model.ts';
import type { Backup } from './backup.ts';

/** A new project to store: segments are given as MT text (the correction starts as the MT). */
export interface NewProject {
  readonly name: string;
  readonly fileName: string;
  readonly targetLang: string;
  readonly sourceLang?: string;
  readonly segments: readonly { readonly mt: string; readonly source?: string }[];
}

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
  deleteProject(id: string): Promise<void>;
  /** Appends one revision per change (one transaction) and returns them. */
  saveChanges(projectId: string, changes: readonly SegmentChange[]): Promise<Revision[]>;
  listRevisions(projectId: string, segmentId: string): Promise<Revision[]>;
  addComment(projectId: string, segmentId: string, comment: SegmentComment): Promise<void>;
  exportBackup(projectId: string): Promise<Backup>;
  /** Stores a validated backup as a new project (new id; name kept). */
  importBackup(backup: Backup): Promise<ProjectMeta>;
  /** Database is being replaced by a newer version in another tab: the app should reload. */
  onVersionChange(listener: () => void): void;
  close(): void;
}
