/**
 * The embedded store: Node's built-in SQLite (node:sqlite, Node ≥ 22.5) in one file under
 * VERSO_DATA_DIR — no other service, nothing fetched at install time. WAL journal with
 * `synchronous = NORMAL`: a committed row survives the process being killed (it is in the WAL, in the
 * operating system's cache); only a power cut may lose the last commits, and every client keeps its own
 * copy to sync again. One server process owns the file (the scaled mode is PostgreSQL's).
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { DatabaseSync } from 'node:sqlite';
import { migrations } from './schema.ts';
import type { NewProject, ProjectRecord, StoredDocument, SyncStorage } from './types.ts';

type Row = Record<string, unknown>;

/** File name of the database inside the data directory. */
export const SQLITE_FILE = 'verso-sync.sqlite';

/**
 * Loads node:sqlite without its "experimental feature" warning on every start (the module is stable
 * enough for us and the warning would read as an error to users).
 */
async function loadSqlite(): Promise<typeof import('node:sqlite')> {
  const listeners = process.listeners('warning');
  process.removeAllListeners('warning');
  const filter = (warning: Error): void => {
    if (warning.name === 'ExperimentalWarning' && /SQLite/i.test(warning.message)) return;
    for (const listener of listeners) listener(warning);
  };
  process.on('warning', filter);
  try {
    return await import('node:sqlite');
  } finally {
    // Warnings are emitted on the next tick: restore the listeners after it.
    setImmediate(() => {
      process.off('warning', filter);
      for (const listener of listeners) process.on('warning', listener);
    });
  }
}

/** Opens (creating when needed) the database in `dataDir`; `:memory:` for tests. */
export async function openSqliteStorage(dataDir: string): Promise<SyncStorage> {
  const { DatabaseSync } = await loadSqlite();
  let path = ':memory:';
  if (dataDir !== ':memory:') {
    mkdirSync(dataDir, { recursive: true });
    path = join(dataDir, SQLITE_FILE);
  }
  const db = new DatabaseSync(path, { enableForeignKeyConstraints: true });
  db.exec('PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA busy_timeout = 5000;');
  migrate(db);
  return new SqliteStorage(db);
}

function migrate(db: DatabaseSync): void {
  db.exec('CREATE TABLE IF NOT EXISTS verso_schema (version integer NOT NULL)');
  const row = db.prepare('SELECT version FROM verso_schema').get() as Row | undefined;
  const steps = migrations('sqlite');
  let version = row === undefined ? 0 : Number(row['version']);
  if (row === undefined) db.exec('INSERT INTO verso_schema (version) VALUES (0)');
  for (; version < steps.length; version += 1) {
    transaction(db, () => {
      db.exec(steps[version] as string);
      db.prepare('UPDATE verso_schema SET version = ?').run(version + 1);
    });
  }
}

function transaction<T>(db: DatabaseSync, work: () => T): T {
  db.exec('BEGIN IMMEDIATE');
  try {
    const result = work();
    db.exec('COMMIT');
    return result;
  } catch (error) {
    db.exec('ROLLBACK');
    throw error;
  }
}

function projectOf(row: Row): ProjectRecord {
  return {
    id: row['id'] as string,
    name: row['name'] as string,
    secret: row['secret'] as Uint8Array,
    baseBytes: Number(row['base_bytes']),
    createdAt: Number(row['created_at']),
  };
}

class SqliteStorage implements SyncStorage {
  readonly kind = 'sqlite';

  constructor(private readonly db: DatabaseSync) {}

  createProject(p: NewProject): Promise<void> {
    transaction(this.db, () => {
      this.db
        .prepare(
          'INSERT INTO verso_projects (id, name, secret, base, base_bytes, created_at) VALUES (?, ?, ?, ?, ?, ?)',
        )
        .run(p.id, p.name, p.secret, p.baseGzip, p.baseBytes, p.createdAt);
      this.db
        .prepare(
          'INSERT INTO verso_snapshots (doc, project, data, version, updated_at) VALUES (?, ?, ?, 1, ?)',
        )
        .run(p.document.name, p.id, p.document.state, p.createdAt);
    });
    return Promise.resolve();
  }

  findProject(id: string): Promise<ProjectRecord | undefined> {
    const row = this.db
      .prepare('SELECT id, name, secret, base_bytes, created_at FROM verso_projects WHERE id = ?')
      .get(id) as Row | undefined;
    return Promise.resolve(row === undefined ? undefined : projectOf(row));
  }

  readBase(id: string): Promise<Uint8Array | undefined> {
    const row = this.db.prepare('SELECT base FROM verso_projects WHERE id = ?').get(id) as
      Row | undefined;
    return Promise.resolve(row?.['base'] as Uint8Array | undefined);
  }

  deleteProject(id: string): Promise<boolean> {
    const { changes } = this.db.prepare('DELETE FROM verso_projects WHERE id = ?').run(id);
    return Promise.resolve(Number(changes) > 0);
  }

  appendUpdate(
    project: string,
    doc: string,
    data: Uint8Array,
    createdAt: number,
  ): Promise<boolean> {
    // INSERT … SELECT stores nothing for a project that is gone, without a foreign-key error.
    const { changes } = this.db
      .prepare(
        'INSERT INTO verso_updates (doc, project, data, created_at) SELECT ?, id, ?, ? FROM verso_projects WHERE id = ?',
      )
      .run(doc, data, createdAt, project);
    return Promise.resolve(Number(changes) > 0);
  }

  readDocument(project: string, doc: string): Promise<StoredDocument | undefined> {
    const result = transaction(this.db, () => {
      if (this.db.prepare('SELECT 1 FROM verso_projects WHERE id = ?').get(project) === undefined) {
        return undefined;
      }
      const snapshot = this.db
        .prepare('SELECT data, version FROM verso_snapshots WHERE doc = ?')
        .get(doc) as Row | undefined;
      const updates = (
        this.db
          .prepare('SELECT id, data FROM verso_updates WHERE doc = ? ORDER BY id')
          .all(doc) as Row[]
      ).map((r) => ({ id: Number(r['id']), data: r['data'] as Uint8Array }));
      return {
        ...(snapshot === undefined
          ? {}
          : {
              snapshot: {
                data: snapshot['data'] as Uint8Array,
                version: Number(snapshot['version']),
              },
            }),
        updates,
      };
    });
    return Promise.resolve(result);
  }

  replaceWithSnapshot(
    project: string,
    doc: string,
    expectedVersion: number | undefined,
    data: Uint8Array,
    mergedIds: readonly number[],
  ): Promise<boolean> {
    const now = Date.now();
    const done = transaction(this.db, () => {
      const current = this.db
        .prepare('SELECT version FROM verso_snapshots WHERE doc = ?')
        .get(doc) as Row | undefined;
      const version = current === undefined ? undefined : Number(current['version']);
      if (version !== expectedVersion) return false;
      if (this.db.prepare('SELECT 1 FROM verso_projects WHERE id = ?').get(project) === undefined) {
        return false;
      }
      if (version === undefined) {
        this.db
          .prepare(
            'INSERT INTO verso_snapshots (doc, project, data, version, updated_at) VALUES (?, ?, ?, 1, ?)',
          )
          .run(doc, project, data, now);
      } else {
        this.db
          .prepare('UPDATE verso_snapshots SET data = ?, version = ?, updated_at = ? WHERE doc = ?')
          .run(data, version + 1, now, doc);
      }
      this.db
        .prepare(
          'DELETE FROM verso_updates WHERE doc = ? AND id IN (SELECT value FROM json_each(?))',
        )
        .run(doc, JSON.stringify(mergedIds));
      return true;
    });
    return Promise.resolve(done);
  }

  documentStats(
    doc: string,
  ): Promise<{ updates: number; updateBytes: number; snapshotBytes: number }> {
    const u = this.db
      .prepare(
        'SELECT count(*) AS n, coalesce(sum(length(data)), 0) AS bytes FROM verso_updates WHERE doc = ?',
      )
      .get(doc) as Row;
    const s = this.db
      .prepare('SELECT coalesce(sum(length(data)), 0) AS bytes FROM verso_snapshots WHERE doc = ?')
      .get(doc) as Row;
    return Promise.resolve({
      updates: Number(u['n']),
      updateBytes: Number(u['bytes']),
      snapshotBytes: Number(s['bytes']),
    });
  }

  close(): Promise<void> {
    this.db.close();
    return Promise.resolve();
  }
}
