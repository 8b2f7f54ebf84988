/**
 * The tables, in the SQL both databases understand (types picked per dialect). Table names start with
 * `verso_` so the tables can share a database with others. Deleting a project cascades to its updates
 * and snapshots; the foreign key also stops a late append for an un-shared project.
 */
export type Dialect = 'sqlite' | 'postgres';

/** Schema version; `migrations(dialect)[i]` brings a database from version i to i + 1. */
export function migrations(dialect: Dialect): readonly string[] {
  const bytes = dialect === 'sqlite' ? 'BLOB' : 'bytea';
  const id =
    dialect === 'sqlite'
      ? 'id INTEGER PRIMARY KEY AUTOINCREMENT'
      : 'id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY';
  return [
    `CREATE TABLE verso_projects (
       id text PRIMARY KEY,
       name text NOT NULL,
       secret ${bytes} NOT NULL,
       base ${bytes} NOT NULL,
       base_bytes bigint NOT NULL,
       created_at bigint NOT NULL
     );
     CREATE TABLE verso_snapshots (
       doc text PRIMARY KEY,
       project text NOT NULL REFERENCES verso_projects(id) ON DELETE CASCADE,
       data ${bytes} NOT NULL,
       version bigint NOT NULL,
       updated_at bigint NOT NULL
     );
     CREATE INDEX verso_snapshots_project ON verso_snapshots(project);
     CREATE TABLE verso_updates (
       ${id},
       doc text NOT NULL,
       project text NOT NULL REFERENCES verso_projects(id) ON DELETE CASCADE,
       data ${bytes} NOT NULL,
       created_at bigint NOT NULL
     );
     CREATE INDEX verso_updates_doc ON verso_updates(doc, id);
     CREATE INDEX verso_updates_project ON verso_updates(project);`,
    // PostgreSQL: keep snapshots and bases out of line and uncompressed, so the sliced reads of
    // postgres.ts fetch each slice alone instead of decompressing the whole value once per slice
    // (a 9 MB snapshot: ≈ 250 ms instead of ≈ 600 ms). The base is gzip already.
    dialect === 'postgres'
      ? `ALTER TABLE verso_snapshots ALTER COLUMN data SET STORAGE EXTERNAL;
         ALTER TABLE verso_projects ALTER COLUMN base SET STORAGE EXTERNAL;`
      : 'SELECT 1',
  ];
}
