/**
 * The scaled store: PostgreSQL (VERSO_DATABASE_URL), shared by every server process. Safe under
 * concurrent servers: appends are single inserts; a load reads snapshot and updates in one statement
 * (one consistent view, so a compaction committing meanwhile cannot hide rows from it); compaction
 * replaces the snapshot only if its version is unchanged and deletes exactly the rows it merged, so an
 * update committed during a compaction is kept whatever its id.
 */
import pg from 'pg';
import { migrations } from './schema.ts';
import type { NewProject, ProjectRecord, StoredDocument, SyncStorage } from './types.ts';

/** Key of the advisory lock that serializes migrations of servers starting together. */
const MIGRATION_LOCK = 0x7665_7273;

/**
 * Large values are read in slices of this many bytes, several rows of one statement: node-postgres
 * takes ≈ 3 times longer to receive one 9 MB value (a 20,000-segment snapshot) than the same bytes as
 * 36 rows (measured here: ≈ 450 ms against ≈ 140 ms).
 */
const SLICE_BYTES = 256 * 1024;

/** `SELECT <index>, <slice of column>` rows of `table` over all slices of `column` (at least one). */
function slices(column: string): string {
  return `generate_series(0, greatest(octet_length(${column}) - 1, 0) / ${SLICE_BYTES}) AS slice`;
}
const slice = (column: string): string =>
  `substring(${column} FROM slice * ${SLICE_BYTES} + 1 FOR ${SLICE_BYTES})`;

/** PostgreSQL's code for a foreign-key violation: the project was deleted meanwhile. */
const FOREIGN_KEY_VIOLATION = '23503';

function isForeignKeyViolation(error: unknown): boolean {
  return (error as { code?: unknown } | null)?.code === FOREIGN_KEY_VIOLATION;
}

/** Connects to `url`, creating or upgrading the tables. */
export async function openPostgresStorage(url: string): Promise<SyncStorage> {
  const pool = new pg.Pool({ connectionString: url, max: 8 });
  // An idle client's error (the server restarted) must not crash the process; the pool replaces it.
  pool.on('error', (error) => console.error('PostgreSQL connection error:', error.message));
  const client = await pool.connect();
  try {
    await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    await client.query('CREATE TABLE IF NOT EXISTS verso_schema (version integer NOT NULL)');
    const { rows } = await client.query<{ version: number }>('SELECT version FROM verso_schema');
    if (rows.length === 0) await client.query('INSERT INTO verso_schema (version) VALUES (0)');
    const steps = migrations('postgres');
    for (let version = rows[0]?.version ?? 0; version < steps.length; version += 1) {
      await client.query('BEGIN');
      await client.query(steps[version] as string);
      await client.query('UPDATE verso_schema SET version = $1', [version + 1]);
      await client.query('COMMIT');
    }
  } finally {
    await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => undefined);
    client.release();
  }
  return new PostgresStorage(pool);
}

async function inTransaction<T>(pool: pg.Pool, work: (c: pg.PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    const result = await work(client);
    await client.query('COMMIT');
    return result;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}

/** Thrown to roll back a compaction that lost the race to another server. */
class CompactedElsewhere extends Error {}

const bytes = (b: Uint8Array): Buffer => Buffer.from(b.buffer, b.byteOffset, b.byteLength);
const view = (b: Buffer): Uint8Array => new Uint8Array(b.buffer, b.byteOffset, b.byteLength);

class PostgresStorage implements SyncStorage {
  readonly kind = 'postgres';

  constructor(private readonly pool: pg.Pool) {}

  async createProject(p: NewProject): Promise<void> {
    await inTransaction(this.pool, async (c) => {
      await c.query(
        'INSERT INTO verso_projects (id, name, secret, base, base_bytes, created_at) VALUES ($1, $2, $3, $4, $5, $6)',
        [p.id, p.name, bytes(p.secret), bytes(p.baseGzip), p.baseBytes, p.createdAt],
      );
      await c.query(
        'INSERT INTO verso_snapshots (doc, project, data, version, updated_at) VALUES ($1, $2, $3, 1, $4)',
        [p.document.name, p.id, bytes(p.document.state), p.createdAt],
      );
    });
  }

  async findProject(id: string): Promise<ProjectRecord | undefined> {
    const { rows } = await this.pool.query<{
      id: string;
      name: string;
      secret: Buffer;
      base_bytes: string;
      created_at: string;
    }>('SELECT id, name, secret, base_bytes, created_at FROM verso_projects WHERE id = $1', [id]);
    const row = rows[0];
    if (row === undefined) return undefined;
    return {
      id: row.id,
      name: row.name,
      secret: view(row.secret),
      baseBytes: Number(row.base_bytes),
      createdAt: Number(row.created_at),
    };
  }

  async readBase(id: string): Promise<Uint8Array | undefined> {
    const { rows } = await this.pool.query<{ slice: number; data: Buffer }>(
      `SELECT slice, ${slice('base')} AS data FROM verso_projects, ${slices('base')}
        WHERE id = $1 ORDER BY slice`,
      [id],
    );
    return rows.length === 0 ? undefined : view(Buffer.concat(rows.map((r) => r.data)));
  }

  async deleteProject(id: string): Promise<boolean> {
    const { rowCount } = await this.pool.query('DELETE FROM verso_projects WHERE id = $1', [id]);
    return (rowCount ?? 0) > 0;
  }

  async appendUpdate(
    project: string,
    doc: string,
    data: Uint8Array,
    createdAt: number,
  ): Promise<boolean> {
    try {
      const { rowCount } = await this.pool.query(
        'INSERT INTO verso_updates (doc, project, data, created_at) SELECT $1, id, $2, $3 FROM verso_projects WHERE id = $4',
        [doc, bytes(data), createdAt, project],
      );
      return (rowCount ?? 0) > 0;
    } catch (error) {
      if (isForeignKeyViolation(error)) return false;
      throw error;
    }
  }

  async readDocument(project: string, doc: string): Promise<StoredDocument | undefined> {
    // One statement: one consistent view of project, snapshot and updates.
    const { rows } = await this.pool.query<{
      kind: 'p' | 's' | 'u';
      id: string | null;
      data: Buffer | null;
      version: string | null;
    }>(
      `SELECT 'p' AS kind, NULL::bigint AS id, NULL::bytea AS data, NULL::bigint AS version
         FROM verso_projects WHERE id = $1
       UNION ALL SELECT 's', slice, ${slice('data')}, version
         FROM verso_snapshots, ${slices('data')} WHERE doc = $2
       UNION ALL SELECT 'u', id, data, NULL FROM verso_updates WHERE doc = $2`,
      [project, doc],
    );
    if (!rows.some((r) => r.kind === 'p')) return undefined;
    const parts = rows.filter((r) => r.kind === 's').sort((a, b) => Number(a.id) - Number(b.id));
    const snapshot = parts[0];
    const snapshotData =
      parts.length === 1
        ? (snapshot?.data as Buffer)
        : Buffer.concat(parts.map((p) => p.data as Buffer));
    const updates = rows
      .filter((r) => r.kind === 'u')
      .map((r) => ({ id: Number(r.id), data: view(r.data as Buffer) }))
      .sort((a, b) => a.id - b.id);
    return {
      ...(snapshot === undefined
        ? {}
        : { snapshot: { data: view(snapshotData), version: Number(snapshot.version) } }),
      updates,
    };
  }

  async replaceWithSnapshot(
    project: string,
    doc: string,
    expectedVersion: number | undefined,
    data: Uint8Array,
    mergedIds: readonly number[],
  ): Promise<boolean> {
    const now = Date.now();
    try {
      return await inTransaction(this.pool, async (c) => {
        // The row lock taken here makes a concurrent compaction of the same document wait, then see
        // the new version and change nothing.
        const written =
          expectedVersion === undefined
            ? await c.query(
                'INSERT INTO verso_snapshots (doc, project, data, version, updated_at) VALUES ($1, $2, $3, 1, $4) ON CONFLICT (doc) DO NOTHING',
                [doc, project, bytes(data), now],
              )
            : await c.query(
                'UPDATE verso_snapshots SET data = $1, version = version + 1, updated_at = $2 WHERE doc = $3 AND version = $4',
                [bytes(data), now, doc, expectedVersion],
              );
        if ((written.rowCount ?? 0) === 0) throw new CompactedElsewhere();
        await c.query('DELETE FROM verso_updates WHERE doc = $1 AND id = ANY($2::bigint[])', [
          doc,
          mergedIds,
        ]);
        return true;
      });
    } catch (error) {
      if (error instanceof CompactedElsewhere || isForeignKeyViolation(error)) return false;
      throw error;
    }
  }

  async documentStats(
    doc: string,
  ): Promise<{ updates: number; updateBytes: number; snapshotBytes: number }> {
    const { rows } = await this.pool.query<{ n: string; ub: string; sb: string }>(
      `SELECT (SELECT count(*) FROM verso_updates WHERE doc = $1) AS n,
              (SELECT coalesce(sum(octet_length(data)), 0) FROM verso_updates WHERE doc = $1) AS ub,
              (SELECT coalesce(sum(octet_length(data)), 0) FROM verso_snapshots WHERE doc = $1) AS sb`,
      [doc],
    );
    const row = rows[0] as { n: string; ub: string; sb: string };
    return { updates: Number(row.n), updateBytes: Number(row.ub), snapshotBytes: Number(row.sb) };
  }

  async close(): Promise<void> {
    await this.pool.end();
  }
}
