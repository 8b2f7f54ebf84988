/**
 * The IndexedDB implementation of `Repository` (GUIDE part 2: one repository owns IndexedDB). Every verb
 * computes what it can first, then runs exactly one transaction over every store it touches, so it either
 * completes or changes nothing. Only plain `core` types leave this file.
 */
import { newProjectId } from './project-id.ts';
import { VersoInputError } from '../core/model/errors.ts';
import type { IDBPDatabase } from 'idb';
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
  fromDisk,
  lazyChunkIndex,
  rewriteChunks,
  toChunks,
  toDisk,
  toProjectRow,
} from './chunks.ts';
import { addRevisions, projectRevisions, segmentRevisions } from './revision-records.ts';
import { checkExpected, type ExpectedState } from '../core/project/conflict.ts';
import type { ExternalChange } from '../core/project/repository.ts';
import { ChangeChannel } from './change-channel.ts';
import { MemoryChannel } from './memory-channel.ts';
import { checkedSegments } from './check-stored.ts';
import { IdbMemories } from './idb-memories.ts';
import { ChunkCache, newWriteToken } from './chunk-cache.ts';
import { openVersoDb } from './open-db.ts';
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
  toMeta,
  unknownSegment,
  withComment,
} from '../core/project/records.ts';
import type {
  NewRevision,
  ProjectRecords,
  RepositoryOptions,
  SegmentUpdate,
} from '../core/project/records.ts';
import { DB_NAME, projectChunkRange } from './schema.ts';
import type { StoredChunk, StoredProject, VersoDBSchema } from './schema.ts';
import { handled, runTransaction } from './transaction.ts';
import { readOlderRevisions } from './revision-pages.ts';
import {
  pageLimit,
  revisionPage,
  type RevisionPage,
  type RevisionPageQuery,
} from '../core/project/revision-page.ts';

/** What `#read` fetches besides the project row. */
interface ReadQuery {
  readonly chunks: 'all' | number;
  readonly revisions: 'none' | 'project' | { readonly segmentId: string };
}

/** What `#read` returns. */
interface ProjectRead {
  readonly row: StoredProject;
  readonly chunks: readonly StoredChunk[];
  readonly revisions: readonly Revision[];
}

/** Options of `openRepository`. */
export interface IdbRepositoryOptions extends RepositoryOptions {
  /** Our upgrade waits for another tab to close an older connection (default: a console warning). */
  readonly onBlocked?: () => void;
}

/** `Repository` over IndexedDB. Create it with `openRepository`. */
export class IdbRepository implements Repository {
  readonly #db: IDBPDatabase<VersoDBSchema>;
  readonly #now: () => number;
  readonly #listeners = new Set<(reason: ConnectionLossReason) => void>();
  /** Set when the connection is gone: closed by us, or lost to another tab / the browser. */
  #closedBecause: string | undefined;
  /**
   * Per project, segment id → chunk index (made on first use). Segments never move between chunks, so
   * it never goes stale.
   */
  readonly #chunkOf = new Map<string, () => Map<string, number>>();
  /**
   * The records of the project stored last by createProject or importBackup, until the next read or
   * write: opening a project right after its import then reads nothing back (issue 11: import → first
   * rows, where the read-back was a second IndexedDB pass over 20,000 segments).
   */
  #created: { readonly row: StoredProject; readonly chunks: StoredChunk[] } | undefined;
  /** The chunk records last read or written, trusted while the row's write token says so. */
  readonly #cache = new ChunkCache();
  /** What this repository stores, told to the other tabs; what they store, heard (issue 6). */
  readonly #channel: ChangeChannel;
  readonly #external = new Set<(change: ExternalChange) => void>();
  /** The translation memories (issue 16), in the same database. */
  readonly memories: IdbMemories;

  private constructor(db: IDBPDatabase<VersoDBSchema>, now: () => number, dbName: string) {
    this.#db = db;
    this.#now = now;
    this.#channel = new ChangeChannel(dbName);
    this.memories = new IdbMemories(() => this.#open(), new MemoryChannel(dbName));
    this.#channel.listen((change) => {
      // Another tab may have moved segments between chunks (a merge, a mode switch).
      if (change.kind === 'project' && change.what !== 'meta')
        this.#chunkOf.delete(change.projectId);
      // Its token tells a stale copy anyway; a deleted project's copy is only memory.
      if (change.kind === 'project' && change.what === 'deleted')
        this.#cache.forget(change.projectId);
      for (const listener of this.#external) listener(change);
    });
  }

  /** Opens the database `dbName` (see `openRepository`). */
  static async open(dbName: string, options: IdbRepositoryOptions = {}): Promise<IdbRepository> {
    const holder: { repo?: IdbRepository } = {};
    const db = await openVersoDb(dbName, {
      onLost: (reason) => {
        if (holder.repo) holder.repo.#lose(reason);
      },
      ...(options.onBlocked ? { onBlocked: options.onBlocked } : {}),
    });
    holder.repo = new IdbRepository(db, options.now ?? Date.now, dbName);
    return holder.repo;
  }

  /** Every project, most recently updated first. */
  async listProjects(): Promise<ProjectMeta[]> {
    const rows = await runTransaction(this.#open(), ['projects'], 'readonly', (tx) =>
      tx.objectStore('projects').getAll(),
    );
    return rows.map(toMeta).sort(byUpdatedAtDesc);
  }

  /** Stores a new project in one chunked write; no revision records (import revisions are implicit). */
  async createProject(project: NewProject): Promise<ProjectMeta> {
    return this.#insert(newProjectRecords(newProjectId(), project, this.#now()), project.lqa);
  }

  /** The project and its segments in document order; `errors.projectNotFound` if there is none. */
  async openProject(id: string): Promise<ProjectData> {
    const created = this.#created;
    this.#created = undefined;
    if (created?.row.id === id) {
      // Just written, in a committed transaction, and not changed since: no need to read it back.
      return {
        meta: toMeta(created.row),
        segments: checkedSegments(created.row.name, created.chunks),
      };
    }
    const { row, chunks } = await this.#read(id, { chunks: 'all', revisions: 'none' });
    this.#chunkOf.set(id, lazyChunkIndex(chunks));
    this.#cache.remember(id, undefined, row.writeToken, chunks, true);
    return { meta: toMeta(row), segments: checkedSegments(row.name, chunks) };
  }

  /** Renames (trimmed); `errors.emptyName` for a blank name. Not a content change: `updatedAt` stays. */
  async renameProject(id: string, name: string): Promise<ProjectMeta> {
    const trimmed = checkedName(name);
    return this.#patchRow(id, { name: trimmed });
  }

  /** Replaces the project's QA settings; not a content change either. */
  async saveProjectQa(id: string, qa: ProjectQa): Promise<ProjectMeta> {
    return this.#patchRow(id, { qa });
  }

  /**
   * Stamps the project row with the time it was opened. Not a change other tabs need to hear of, so
   * nothing is posted; `updatedAt` stays (the list is ordered by changes, not by visits).
   */
  async markOpened(id: string): Promise<void> {
    await runTransaction(this.#open(), ['projects'], 'readwrite', async (tx) => {
      const store = tx.objectStore('projects');
      const row = await store.get(id);
      if (!row) throw projectNotFound(id);
      await handled(store.put({ ...row, openedAt: this.#now() }));
    });
  }

  /** The project whose row was stamped last by `markOpened`, or null. */
  async lastOpened(): Promise<string | null> {
    const rows = await runTransaction(this.#open(), ['projects'], 'readonly', (tx) =>
      tx.objectStore('projects').getAll(),
    );
    let last: StoredProject | undefined;
    for (const row of rows) {
      if (
        row.openedAt !== undefined &&
        (last === undefined || row.openedAt >= (last.openedAt ?? 0))
      )
        last = row;
    }
    return last?.id ?? null;
  }

  /** Changes fields of the project row in one transaction. */
  async #patchRow(id: string, patch: Partial<StoredProject>): Promise<ProjectMeta> {
    this.#created = undefined;
    return runTransaction(this.#open(), ['projects'], 'readwrite', async (tx) => {
      const store = tx.objectStore('projects');
      const row = await store.get(id);
      if (!row) throw projectNotFound(id);
      const next = { ...row, ...patch };
      await handled(store.put(next));
      return toMeta(next);
    }).then((meta) => {
      this.#channel.post({ kind: 'project', projectId: id, what: 'meta' });
      return meta;
    });
  }

  /** Removes the project, its chunks and its revisions together. */
  async deleteProject(id: string): Promise<void> {
    this.#created = undefined;
    await runTransaction(
      this.#open(),
      ['projects', 'chunks', 'revisions', 'lqa'],
      'readwrite',
      async (tx) => {
        const revisions = tx.objectStore('revisions');
        const [row, revisionKeys] = await Promise.all([
          tx.objectStore('projects').get(id),
          revisions.index('byProject').getAllKeys(id),
        ]);
        if (!row) throw projectNotFound(id);
        await Promise.all([
          handled(tx.objectStore('projects').delete(id)),
          handled(tx.objectStore('chunks').delete(projectChunkRange(id))),
          handled(tx.objectStore('lqa').delete(id)),
          ...revisionKeys.map((key) => handled(revisions.delete(key))),
        ]);
      },
    );
    this.#chunkOf.delete(id);
    this.#cache.forget(id);
    this.#channel.post({ kind: 'project', projectId: id, what: 'deleted' });
  }

  /**
   * One revision per change, in order; the last change to a segment is its current state. With
   * `expected`, refuses (`StaleWriteError`, nothing stored) when those segments are stored otherwise.
   */
  async saveChanges(
    projectId: string,
    changes: readonly SegmentChange[],
    expected?: ExpectedState,
  ): Promise<Revision[]> {
    const now = this.#now();
    const pending = revisionsOf(changes, now);
    const updates = changes.map((change) => ({
      segmentId: change.segmentId,
      apply: (segment: Segment) => applyChange(segment, change, now),
    }));
    const ids = await this.#updateSegments(projectId, updates, pending, now, expected);
    const last = new Map(changes.map((c) => [c.segmentId, c]));
    this.#channel.post({
      kind: 'segments',
      projectId,
      segments: [...last.values()].map(({ segmentId, text, status }) => ({
        segmentId,
        text,
        status,
      })),
    });
    return pending.map((revision, k) => ({ id: ids[k] ?? 0, ...revision }));
  }

  /** The implicit import revision, then the stored ones in creation order. */
  async listRevisions(projectId: string, segmentId: string): Promise<Revision[]> {
    const chunkIndex = (await this.#chunkIndex(projectId)).get(segmentId);
    if (chunkIndex === undefined) throw unknownSegment(projectId, segmentId);
    const { row, chunks, revisions } = await this.#read(projectId, {
      chunks: chunkIndex,
      revisions: { segmentId },
    });
    const segment = chunks[0]?.segments.find((s) => s.id === segmentId);
    if (!segment) throw unknownSegment(projectId, segmentId);
    const ancestors = historyIds(segment).slice(1);
    const inherited = ancestors.length === 0 ? [] : await this.#revisionsOf(projectId, ancestors);
    const stored = [...inherited, ...revisions].sort((a, b) => a.id - b.id);
    return [importRevision(segment, row.createdAt), ...stored];
  }

  /** One page of the segment's revisions, newest first, its ancestors' included (issue 12 item 3). */
  async listRevisionPage(
    projectId: string,
    segmentId: string,
    query: RevisionPageQuery = {},
  ): Promise<RevisionPage> {
    const chunkIndex = (await this.#chunkIndex(projectId)).get(segmentId);
    if (chunkIndex === undefined) throw unknownSegment(projectId, segmentId);
    const { row, chunks } = await this.#read(projectId, { chunks: chunkIndex, revisions: 'none' });
    const segment = chunks[0]?.segments.find((s) => s.id === segmentId);
    if (!segment) throw unknownSegment(projectId, segmentId);
    const limit = pageLimit(query);
    const ids = historyIds(segment);
    const { older, stored } = await readOlderRevisions(
      this.#open(),
      projectId,
      ids,
      query.before,
      limit,
    );
    return revisionPage(older, importRevision(segment, row.createdAt), limit, stored + 1);
  }

  /**
   * Replaces the project's segment list: every chunk rewritten (the old ones beyond the new count
   * deleted), one revision per change, the row's count, mode and time updated — one transaction.
   */
  async restructure(
    projectId: string,
    segments: readonly Segment[],
    changes: readonly SegmentChange[],
    mode?: SegmentMode,
    expected?: ExpectedState,
  ): Promise<Revision[]> {
    this.#created = undefined;
    const now = this.#now();
    const next = restructuredSegments(projectId, segments, changes, now);
    const chunks = toChunks(projectId, next);
    const pending = revisionsOf(changes, now);
    const token = newWriteToken();
    const ids = await runTransaction(
      this.#open(),
      ['revisions', 'chunks', 'projects'],
      'readwrite',
      async (tx) => {
        const row = await tx.objectStore('projects').get(projectId);
        if (!row) throw projectNotFound(projectId);
        const chunkStore = tx.objectStore('chunks');
        const revisionStore = tx.objectStore('revisions');
        if (expected && expected.size > 0) {
          const stored = await chunkStore.getAll(projectChunkRange(projectId));
          checkExpected(
            stored.flatMap((c) => fromDisk(c).segments),
            expected,
          );
        }
        await handled(chunkStore.delete(projectChunkRange(projectId)));
        const added = addRevisions(revisionStore, projectId, pending);
        const meta = toMeta({
          ...row,
          updatedAt: now,
          segmentCount: next.length,
          ...(mode === undefined ? {} : { mode }),
        });
        await Promise.all([
          ...chunks.map((chunk) => handled(chunkStore.put(toDisk(chunk)))),
          handled(
            tx.objectStore('projects').put({
              ...toProjectRow(meta, chunks.length, token),
              // Not part of the meta: kept as it was (see markOpened).
              ...(row.openedAt === undefined ? {} : { openedAt: row.openedAt }),
            }),
          ),
        ]);
        return added;
      },
    );
    this.#chunkOf.set(projectId, lazyChunkIndex(chunks));
    this.#cache.remember(projectId, undefined, token, chunks, true);
    this.#channel.post({ kind: 'project', projectId, what: 'structure' });
    return pending.map((revision, k) => ({ id: ids[k] ?? 0, ...revision }));
  }

  /** Stored revisions of several segments (merged or split away), in one read transaction. */
  async #revisionsOf(projectId: string, segmentIds: readonly string[]): Promise<Revision[]> {
    return runTransaction(this.#open(), ['revisions'], 'readonly', (tx) =>
      segmentRevisions(tx.objectStore('revisions'), projectId, segmentIds),
    );
  }

  /** Appends `comment` to the segment's comments. */
  async addComment(projectId: string, segmentId: string, comment: SegmentComment): Promise<void> {
    const update: SegmentUpdate = { segmentId, apply: (segment) => withComment(segment, comment) };
    await this.#updateSegments(projectId, [update], [], this.#now());
    this.#channel.post({ kind: 'comment', projectId, segmentId, comment });
  }

  /** The project's quality assessment (issue 15), or `undefined` when none was stored. */
  async loadLqa(projectId: string): Promise<ProjectLqa | undefined> {
    const stored = await runTransaction(this.#open(), ['lqa'], 'readonly', (tx) =>
      tx.objectStore('lqa').get(projectId),
    );
    return stored && lqaOf(stored);
  }

  /** Replaces the project's quality assessment; `errors.projectNotFound` when there is no project. */
  async saveLqa(projectId: string, lqa: ProjectLqa): Promise<void> {
    this.#created = undefined;
    await runTransaction(this.#open(), ['projects', 'lqa'], 'readwrite', async (tx) => {
      if (!(await tx.objectStore('projects').getKey(projectId))) throw projectNotFound(projectId);
      await handled(tx.objectStore('lqa').put({ projectId, ...lqaOf(lqa) }));
    });
  }

  /** A backup with every segment's import revision, then the stored revisions in order. */
  async exportBackup(projectId: string): Promise<Backup> {
    const exportedAt = this.#now();
    const [{ row, chunks, revisions }, lqa] = await Promise.all([
      this.#read(projectId, { chunks: 'all', revisions: 'project' }),
      this.loadLqa(projectId),
    ]);
    return toBackup(
      toMeta(row),
      chunks.flatMap((c) => c.segments),
      revisions,
      exportedAt,
      lqa,
    );
  }

  /** Stores `backup` as a new project with a new id (segment ids, name, history and assessment kept). */
  async importBackup(backup: Backup): Promise<ProjectMeta> {
    return this.#insert(projectFromBackup(backup, newProjectId(), this.#now()), backup.lqa);
  }

  /** `listener` runs once when the connection is lost to a newer version elsewhere or to the browser. */
  onVersionChange(listener: (reason: ConnectionLossReason) => void): void {
    this.#listeners.add(listener);
    // A listener registered after the loss still hears of it (asynchronously, like the event).
    const lost = this.#closedBecause;
    if (lost === 'versionchange' || lost === 'terminated') queueMicrotask(() => listener(lost));
  }

  /** `listener` hears every change another tab's repository stores in this database. */
  onExternalChange(listener: (change: ExternalChange) => void): void {
    this.#external.add(listener);
  }

  /** Closes the connection; later calls reject. */
  close(): void {
    this.#closedBecause ??= 'closed';
    this.#channel.close();
    this.memories.close();
    this.#db.close();
  }

  #lose(reason: ConnectionLossReason): void {
    this.#closedBecause ??= reason;
    for (const listener of this.#listeners) listener(reason);
  }

  /** The database, or a clear error once the connection is gone (instead of IDB's InvalidStateError). */
  #open(): IDBPDatabase<VersoDBSchema> {
    if (this.#closedBecause === 'terminated') {
      // The browser closed it (a full disk, cleared site data): say so, not "internal error".
      throw new VersoInputError(
        'errors.storageLost',
        {},
        "The browser closed Verso's storage (the disk may be full, or site data was cleared); reload the page.",
      );
    }
    if (this.#closedBecause !== undefined) {
      throw new Error(
        `The Verso database connection is closed (${this.#closedBecause}); reload the page.`,
      );
    }
    return this.#db;
  }

  /**
   * In one read transaction: the project row (else `errors.projectNotFound`), its chunks (all or one) and
   * its stored revisions (none, all in id order, or one segment's in id order).
   */
  async #read(projectId: string, query: ReadQuery): Promise<ProjectRead> {
    const chunkRange =
      query.chunks === 'all'
        ? projectChunkRange(projectId)
        : IDBKeyRange.only([projectId, query.chunks]);
    const { revisions: which } = query;
    const { row, chunks, revisions } = await runTransaction(
      this.#open(),
      ['projects', 'chunks', 'revisions'],
      'readonly',
      async (tx) => {
        const store = tx.objectStore('revisions');
        const [row, chunks, revisions] = await Promise.all([
          tx.objectStore('projects').get(projectId),
          tx.objectStore('chunks').getAll(chunkRange),
          which === 'none'
            ? []
            : which === 'project'
              ? projectRevisions(store, projectId)
              : segmentRevisions(store, projectId, [which.segmentId]),
        ]);
        return { row, chunks, revisions };
      },
    );
    if (!row) throw projectNotFound(projectId);
    return { row, chunks: chunks.map((chunk) => fromDisk(chunk)), revisions };
  }

  /** Writes a whole new project (row, chunks, explicit revisions, assessment) in one transaction. */
  async #insert(
    { meta, segments, revisions }: ProjectRecords,
    lqa?: ProjectLqa,
  ): Promise<ProjectMeta> {
    const chunks = toChunks(meta.id, segments);
    const row = toProjectRow(meta, chunks.length, newWriteToken());
    const stores = ['projects', 'chunks', 'revisions', 'lqa'] as const;
    await runTransaction(this.#open(), stores, 'readwrite', (tx) => {
      const chunkStore = tx.objectStore('chunks');
      return Promise.all([
        handled(tx.objectStore('projects').add(row)),
        ...(lqa ? [handled(tx.objectStore('lqa').add({ projectId: meta.id, ...lqaOf(lqa) }))] : []),
        ...chunks.map((chunk) => handled(chunkStore.add(toDisk(chunk)))),
        // Issued in order, so their generated ids follow the backup's order.
        addRevisions(tx.objectStore('revisions'), meta.id, revisions),
      ]);
    });
    this.#chunkOf.set(meta.id, lazyChunkIndex(chunks));
    this.#created = { row, chunks };
    this.#cache.remember(meta.id, undefined, row.writeToken, chunks, true);
    this.#channel.post({ kind: 'project', projectId: meta.id, what: 'meta' });
    return meta;
  }

  /**
   * Rewrites the chunks touched by `updates`, adds `revisions` and stamps the project
   * `updatedAt = now`, in one transaction. Resolves to the ids of the added revisions.
   */
  async #updateSegments(
    projectId: string,
    updates: readonly SegmentUpdate[],
    revisions: readonly NewRevision[],
    now: number,
    expected?: ExpectedState,
  ): Promise<number[]> {
    this.#created = undefined;
    const chunkOf = await this.#chunkIndex(projectId);
    const touched = new Set<number>();
    for (const { segmentId } of updates) {
      const index = chunkOf.get(segmentId);
      if (index === undefined) throw unknownSegment(projectId, segmentId);
      touched.add(index);
    }
    const indexes = [...touched];
    const token = newWriteToken();
    const { before, chunks, ids } = await runTransaction(
      this.#open(),
      ['revisions', 'chunks', 'projects'],
      'readwrite',
      async (tx) => {
        const chunkStore = tx.objectStore('chunks');
        const readChunks = () =>
          Promise.all(indexes.map((i) => chunkStore.get([projectId, i]).then(fromDisk)));
        // With a copy of this project at hand, the row comes first: if its token is the copy's, the
        // chunks are not read back (chunk-cache.ts). Without one, row and chunks are read together.
        const copy = this.#cache.holds(projectId);
        const [row, read] = copy
          ? [await tx.objectStore('projects').get(projectId), undefined]
          : await Promise.all([tx.objectStore('projects').get(projectId), readChunks()]);
        if (!row) throw projectNotFound(projectId);
        if (updates.length === 0) return { before: row.writeToken, chunks: [], ids: [] };
        const found =
          read ?? this.#cache.get(projectId, row.writeToken, indexes) ?? (await readChunks());
        checkExpected(
          found.flatMap((c) => c?.segments ?? []),
          expected,
        );
        const chunks = rewriteChunks(
          projectId,
          found.filter((c) => c !== undefined),
          updates,
        );
        const ids = addRevisions(tx.objectStore('revisions'), projectId, revisions);
        const writes: Promise<unknown>[] = chunks.map((chunk) =>
          handled(chunkStore.put(toDisk(chunk))),
        );
        writes.push(
          handled(tx.objectStore('projects').put({ ...row, updatedAt: now, writeToken: token })),
        );
        await Promise.all(writes);
        return { before: row.writeToken, chunks, ids: await ids };
      },
    );
    if (updates.length > 0) this.#cache.remember(projectId, before, token, chunks);
    return ids;
  }

  /** Segment id → chunk index of `projectId`, read from its chunks when not known yet. */
  async #chunkIndex(projectId: string): Promise<Map<string, number>> {
    const known = this.#chunkOf.get(projectId);
    if (known) return known();
    await this.openProject(projectId);
    return this.#chunkOf.get(projectId)?.() ?? new Map<string, number>();
  }
}

/** Opens the repository over the IndexedDB database `dbName`, creating or migrating it as needed. */
export async function openRepository(
  dbName: string = DB_NAME,
  options: IdbRepositoryOptions = {},
): Promise<IdbRepository> {
  return IdbRepository.open(dbName, options);
}

/** The assessment's own fields (a stored record's `projectId`, or a caller's extra fields, left out). */
function lqaOf({ scorecard, errors, rework }: ProjectLqa): ProjectLqa {
  return { scorecard, errors, rework };
}
