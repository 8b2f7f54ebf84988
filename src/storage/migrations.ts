/**
 * The migration ladder. Each step brings a database from version N − 1 to N and runs for every database
 * older than N, so a database at any shipped version reaches `DB_VERSION` by climbing the steps in order.
 *
 * Rules (GUIDE part 2): a shipped step is never edited — a change is a new step at the end with
 * `DB_VERSION` raised by one and a migration test from every earlier version. A later step reaches
 * stores that already exist through `transaction.objectStore(name)`, never `createObjectStore` again.
 * Steps run inside the upgrade transaction: they may issue requests but must not await anything else.
 */
import type { IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import type { VersoDBSchema } from './schema.ts';

/** The upgrade transaction idb hands to `upgrade`. */
export type UpgradeTransaction = IDBPTransaction<
  VersoDBSchema,
  ArrayLike<StoreNames<VersoDBSchema>>,
  'versionchange'
>;

/**
 * Runs every step above `oldVersion`. Called from `openDB`'s `upgrade` callback.
 * `transaction` reaches the stores that already exist.
 */
export function migrate(
  db: IDBPDatabase<VersoDBSchema>,
  oldVersion: number,
  transaction: UpgradeTransaction,
): void {
  if (oldVersion < 1) {
    // Version 1: projects, their segments in chunks of CHUNK_SIZE, and append-only revisions.
    db.createObjectStore('projects', { keyPath: 'id' });
    db.createObjectStore('chunks', { keyPath: ['projectId', 'index'] });
    const revisions = db.createObjectStore('revisions', { keyPath: 'id', autoIncrement: true });
    // Index keys end in the primary key, so a segment's revisions come back in id (= creation) order.
    revisions.createIndex('bySegment', ['projectId', 'segmentId']);
    revisions.createIndex('byProject', 'projectId');
  }
  if (oldVersion < 2) {
    // Version 2 (issue 15): each project's quality assessment, one record per project. Existing
    // projects have none yet: they read as the default scorecard with no errors.
    db.createObjectStore('lqa', { keyPath: 'projectId' });
  }
  if (oldVersion < 3) {
    // Version 3 (issue 16): translation memories and their units, one record per unit keyed by
    // [memoryId, unit id], so storing a confirmed segment touches one record and loading a memory
    // is one key-range read.
    db.createObjectStore('tmMemories', { keyPath: 'id' });
    db.createObjectStore('tmUnits', { keyPath: ['memoryId', 'unit.id'] });
  }
  if (oldVersion < 4) {
    // Version 4 (issue 11): no store changes. Project rows gain `writeToken`, changed by every write
    // of their chunks, so a tab can trust the chunks it holds instead of reading them back
    // (chunk-cache.ts). A tab of an older version would write chunks and keep the token; the version
    // change closes its connection (open-db.ts: `blocking`) before this version writes anything.
  }
  if (oldVersion < 5) {
    // Version 5 (issue 11): a save stores its revisions as a few revision sets (revision-records.ts),
    // found by segment through this multiEntry index. Records of versions 1–4 stay as they are and
    // are still found through `bySegment`: nothing is rewritten.
    transaction
      .objectStore('revisions')
      .createIndex('bySegmentKey', 'segmentKeys', { multiEntry: true });
  }
  // Next step goes here: `if (oldVersion < 6) { const store = transaction.objectStore('…'); … }`
}
