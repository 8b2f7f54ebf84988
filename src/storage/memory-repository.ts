/**
 * `Repository` in memory, with the same rules as `IdbRepository` (shared through `project-records.ts`):
 * for state tests, and as the fallback when IndexedDB is unavailable (private windows of some browsers).
 * Nothing survives a reload. Each verb validates everything before it changes anything, so like the
 * IndexedDB version it completes or changes nothing.
 */
import { newProjectId } from './project-id.ts';
import {
  olderRevisions,
  pageLimit,
  revisionPage,
  type RevisionPage,
  type RevisionPageQuery,
} from '../core/project/revision-page.ts';
import { checkExpected, type ExpectedState } from '../core/project/conflict.ts';
import type { Backup } from '../core/formats/backup/model.ts';
import type { ProjectLqa } from '../core/lqa/project-lqa.ts';
import type {
  ProjectData,
  ProjectMeta,
  ProjectQa,
  Revision,
  Segment,
  SegmentChange,
  SegmentComment,
  SegmentMode,
} from '../core/model/model.ts';
import type { ConnectionLossReason, NewProject, Repository } from '../core/project/repository.ts';
import {
  applyChange,
  byUpdatedAtDesc,
  checkedName,
  historyIds,
  importRevision,
  newProjectRecords,
  projectFromBackup,
  projectNotFound,
  restructuredSegments,
  revisionsOf,
  toBackup,
  unknownSegment,
  withComment,
} from '../core/project/records.ts';
import type {
  NewRevision,
  ProjectRecords,
  RepositoryOptions,
  SegmentUpdate,
} from '../core/project/records.ts';

interface MemoryProject {
  meta: ProjectMeta;
  /** Document order; replaced, never mutated, so arrays handed out stay as they were. */
  segments: readonly Segment[];
  position: ReadonlyMap<string, number>;
  /** All revisions of the project in id order (the implicit import revisions excluded). */
  readonly revisions: Revision[];
  /** Its quality assessment (issue 15), once one was stored. */
  lqa?: ProjectLqa;
}

/** `Repository` kept in memory. */
export class MemoryRepository implements Repository {
  readonly #projects = new Map<string, MemoryProject>();
  readonly #now: () => number;
  /** Like IndexedDB's key generator: monotonic across projects, starting at 1. */
  #nextRevisionId = 1;
  #closed = false;
  /** Project ids in the order they were last opened (like the `openedAt` stamps of IndexedDB rows). */
  readonly #opened = new Set<string>();

  /** An empty repository; `options.now` is the clock for stored timestamps. */
  constructor(options: RepositoryOptions = {}) {
    this.#now = options.now ?? Date.now;
  }

  /** Every project, most recently updated first. */
  listProjects(): Promise<ProjectMeta[]> {
    return settle(() => {
      this.#checkOpen();
      return [...this.#projects.values()].map((p) => p.meta).sort(byUpdatedAtDesc);
    });
  }

  /** Stores a new project (segments `s1`, `s2`, …). */
  createProject(project: NewProject): Promise<ProjectMeta> {
    return settle(() => {
      this.#checkOpen();
      return this.#insert(newProjectRecords(newProjectId(), project, this.#now()), project.lqa);
    });
  }

  /** The project and its segments in document order. */
  openProject(id: string): Promise<ProjectData> {
    return settle(() => {
      const project = this.#project(id);
      return { meta: project.meta, segments: project.segments };
    });
  }

  /** Renames (trimmed); `updatedAt` stays, as in `IdbRepository`. */
  renameProject(id: string, name: string): Promise<ProjectMeta> {
    return settle(() => {
      const project = this.#project(id);
      project.meta = { ...project.meta, name: checkedName(name) };
      return project.meta;
    });
  }

  /** Replaces the project's QA settings. */
  saveProjectQa(id: string, qa: ProjectQa): Promise<ProjectMeta> {
    return settle(() => {
      const project = this.#project(id);
      project.meta = { ...project.meta, qa };
      return project.meta;
    });
  }

  /** Records the project as the last opened one. */
  markOpened(id: string): Promise<void> {
    return settle(() => {
      this.#project(id);
      this.#opened.delete(id);
      this.#opened.add(id);
    });
  }

  /** The project opened last among those that still exist. */
  lastOpened(): Promise<string | null> {
    return settle(() => {
      this.#checkOpen();
      return [...this.#opened].reverse().find((id) => this.#projects.has(id)) ?? null;
    });
  }

  /** Forgets the project and its revisions. */
  deleteProject(id: string): Promise<void> {
    return settle(() => {
      this.#project(id);
      this.#projects.delete(id);
    });
  }

  /** One revision per change, in order; the last change to a segment is its current state. */
  saveChanges(
    projectId: string,
    changes: readonly SegmentChange[],
    expected?: ExpectedState,
  ): Promise<Revision[]> {
    return settle(() => {
      const project = this.#project(projectId);
      if (changes.length === 0) return [];
      checkExpected(project.segments, expected);
      const now = this.#now();
      const segments = this.#rewrite(
        project,
        changes.map((change) => ({
          segmentId: change.segmentId,
          apply: (s) => applyChange(s, change, now),
        })),
      );
      const added = this.#numbered(revisionsOf(changes, now));
      project.segments = segments;
      for (const revision of added) project.revisions.push(revision);
      project.meta = { ...project.meta, updatedAt: now };
      return added;
    });
  }

  /** Replaces the whole segment list and appends one revision per change. */
  restructure(
    projectId: string,
    segments: readonly Segment[],
    changes: readonly SegmentChange[],
    mode?: SegmentMode,
    expected?: ExpectedState,
  ): Promise<Revision[]> {
    return settle(() => {
      const project = this.#project(projectId);
      checkExpected(project.segments, expected);
      const now = this.#now();
      const next = restructuredSegments(projectId, segments, changes, now);
      const added = this.#numbered(revisionsOf(changes, now));
      project.segments = next;
      project.position = new Map(next.map((s, i) => [s.id, i]));
      for (const revision of added) project.revisions.push(revision);
      project.meta = {
        ...project.meta,
        updatedAt: now,
        segmentCount: next.length,
        ...(mode === undefined ? {} : { mode }),
      };
      return added;
    });
  }

  /** The implicit import revision, then the stored ones (its ancestors' included) in creation order. */
  listRevisions(projectId: string, segmentId: string): Promise<Revision[]> {
    return settle(() => {
      const { imported, stored } = this.#history(projectId, segmentId);
      return [imported, ...stored];
    });
  }

  /** The segment's import revision and its stored revisions (its ancestors' included), in order. */
  #history(projectId: string, segmentId: string): { imported: Revision; stored: Revision[] } {
    const project = this.#project(projectId);
    const segment = project.segments[project.position.get(segmentId) ?? -1];
    if (!segment) throw unknownSegment(projectId, segmentId);
    const ids = new Set(historyIds(segment));
    return {
      imported: importRevision(segment, project.meta.createdAt),
      stored: project.revisions.filter((r) => ids.has(r.segmentId)),
    };
  }

  /** One page of the segment's revisions, newest first, its ancestors' included (issue 12 item 3). */
  listRevisionPage(
    projectId: string,
    segmentId: string,
    query: RevisionPageQuery = {},
  ): Promise<RevisionPage> {
    return settle(() => {
      const { imported, stored } = this.#history(projectId, segmentId);
      const limit = pageLimit(query);
      const older = olderRevisions(stored, query.before, limit);
      return revisionPage(older, imported, limit, stored.length + 1);
    });
  }

  /** Appends `comment` to the segment's comments. */
  addComment(projectId: string, segmentId: string, comment: SegmentComment): Promise<void> {
    return settle(() => {
      const project = this.#project(projectId);
      const now = this.#now();
      project.segments = this.#rewrite(project, [
        { segmentId, apply: (s) => withComment(s, comment) },
      ]);
      project.meta = { ...project.meta, updatedAt: now };
    });
  }

  /** The project's quality assessment, or `undefined` when none was stored. */
  loadLqa(projectId: string): Promise<ProjectLqa | undefined> {
    return settle(() => this.#project(projectId).lqa);
  }

  /** Replaces the project's quality assessment. */
  saveLqa(projectId: string, lqa: ProjectLqa): Promise<void> {
    return settle(() => {
      const { scorecard, errors, rework } = lqa;
      this.#project(projectId).lqa = { scorecard, errors, rework };
    });
  }

  /** A backup with every segment's import revision, then the stored revisions in order. */
  exportBackup(projectId: string): Promise<Backup> {
    return settle(() => {
      const { meta, segments, revisions, lqa } = this.#project(projectId);
      return toBackup(meta, segments, revisions, this.#now(), lqa);
    });
  }

  /** Stores `backup` as a new project with a new id. */
  importBackup(backup: Backup): Promise<ProjectMeta> {
    return settle(() => {
      this.#checkOpen();
      return this.#insert(projectFromBackup(backup, newProjectId(), this.#now()), backup.lqa);
    });
  }

  /** Never called: no other tab can upgrade memory. */
  onVersionChange(_listener: (reason: ConnectionLossReason) => void): void {}

  /** Later calls reject, as with a closed database. */
  close(): void {
    this.#closed = true;
  }

  #checkOpen(): void {
    if (this.#closed) throw new Error('The Verso repository is closed.');
  }

  #project(id: string): MemoryProject {
    this.#checkOpen();
    const project = this.#projects.get(id);
    if (!project) throw projectNotFound(id);
    return project;
  }

  #numbered(revisions: readonly NewRevision[]): Revision[] {
    return revisions.map((r) => ({ id: this.#nextRevisionId++, ...r }));
  }

  #insert({ meta, segments, revisions }: ProjectRecords, lqa?: ProjectLqa): ProjectMeta {
    const position = new Map(segments.map((s, i) => [s.id, i]));
    const project = { meta, segments, position, revisions: this.#numbered(revisions) };
    this.#projects.set(meta.id, lqa ? { ...project, lqa } : project);
    return meta;
  }

  /** A copy of the project's segments with `updates` applied in order; throws before any change. */
  #rewrite(project: MemoryProject, updates: readonly SegmentUpdate[]): Segment[] {
    const segments = [...project.segments];
    for (const { segmentId, apply } of updates) {
      const i = project.position.get(segmentId);
      const segment = i === undefined ? undefined : segments[i];
      if (i === undefined || !segment) throw unknownSegment(project.meta.id, segmentId);
      segments[i] = apply(segment);
    }
    return segments;
  }
}

/**
 * Runs a verb like an asynchronous store would: its result or its error as a promise, never a synchronous
 * throw, so callers cannot come to rely on timing IndexedDB does not have.
 */
function settle<T>(work: () => T): Promise<T> {
  return new Promise((resolve) => resolve(work()));
}
