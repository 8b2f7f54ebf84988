/**
 * The storage port of the sync server (issue 14): one interface, two implementations — SQLite embedded
 * under VERSO_DATA_DIR (sqlite.ts) and PostgreSQL for several servers (postgres.ts) — held to the same
 * behaviour by one contract test suite (tests/server/storage-contract.test.ts).
 *
 * A document is stored as a snapshot row (its state as one Yjs update, with a version number) plus an
 * append-only table of the updates since; its state is the merge of all of them. Saving appends one
 * small row, never rewrites the document; compaction (documents.ts) folds the rows into the snapshot.
 */

/** A shared project as stored. */
export interface ProjectRecord {
  readonly id: string;
  readonly name: string;
  /** The HMAC key of its tokens. */
  readonly secret: Uint8Array;
  /** Size of the base snapshot (backup JSON) before compression. */
  readonly baseBytes: number;
  /** Milliseconds since the epoch. */
  readonly createdAt: number;
}

/** What `createProject` stores: the record, its gzip-compressed base snapshot, its first document. */
export interface NewProject extends ProjectRecord {
  readonly baseGzip: Uint8Array;
  /** Name and state (one Yjs update) of the project's main document. */
  readonly document: { readonly name: string; readonly state: Uint8Array };
}

/** One appended update. */
export interface StoredUpdate {
  /** Increasing over the whole table; rows of one document are not contiguous. */
  readonly id: number;
  readonly data: Uint8Array;
}

/** Everything stored of one document, read in one consistent view. */
export interface StoredDocument {
  readonly snapshot?: { readonly data: Uint8Array; readonly version: number };
  /** In id order. */
  readonly updates: readonly StoredUpdate[];
}

/** The storage port. Every method is safe to call from several server processes at once. */
export interface SyncStorage {
  readonly kind: 'sqlite' | 'postgres';
  /** Stores a new project with its secret, base snapshot and first document snapshot, all or nothing. */
  createProject(project: NewProject): Promise<void>;
  findProject(id: string): Promise<ProjectRecord | undefined>;
  /** The gzip-compressed base snapshot, or undefined when there is no such project. */
  readBase(id: string): Promise<Uint8Array | undefined>;
  /** Deletes the project, its secret, its updates and snapshots. False when there was none. */
  deleteProject(id: string): Promise<boolean>;
  /**
   * Appends one update to a document of a project. False, storing nothing, when the project does not
   * exist (it was un-shared while a server still held changes for it).
   */
  appendUpdate(
    project: string,
    document: string,
    data: Uint8Array,
    createdAt: number,
  ): Promise<boolean>;
  /** The document's snapshot and updates, or undefined when the project does not exist. */
  readDocument(project: string, document: string): Promise<StoredDocument | undefined>;
  /**
   * Compaction's write: stores `data` as the document's snapshot and deletes exactly the updates
   * `mergedIds`, in one transaction, only if the snapshot's version is still `expectedVersion`
   * (undefined: no snapshot yet). False, changing nothing, when another server compacted first or the
   * project is gone.
   */
  replaceWithSnapshot(
    project: string,
    document: string,
    expectedVersion: number | undefined,
    data: Uint8Array,
    mergedIds: readonly number[],
  ): Promise<boolean>;
  /** Counts for tests and the bench: update rows and their bytes, snapshot bytes. */
  documentStats(
    document: string,
  ): Promise<{ updates: number; updateBytes: number; snapshotBytes: number }>;
  close(): Promise<void>;
}
