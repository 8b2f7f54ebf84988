/**
 * Reads one page of a segment's stored revisions, newest first (issue 12 item 3). The `bySegment`
 * index holds [projectId, segmentId] and, within one key, its records in primary-key (= creation)
 * order, so a 'prev' cursor over one key walks a segment's revisions newest first and
 * `continuePrimaryKey` jumps straight past the page already shown: no schema change, and a page costs
 * `limit + 1` records per history id whatever the segment's total.
 */
import type { IDBPDatabase } from 'idb';
import type { Revision } from '../core/model/model.ts';
import { fromStoredRevision } from './chunks.ts';
import type { VersoDBSchema } from './schema.ts';
import { runTransaction } from './transaction.ts';

/** The stored revisions of `segmentIds` older than `before`, at most `limit + 1`, and their count. */
export async function readOlderRevisions(
  db: IDBPDatabase<VersoDBSchema>,
  projectId: string,
  segmentIds: readonly string[],
  before: number | undefined,
  limit: number,
): Promise<{ older: Revision[]; stored: number }> {
  const { lists, counts } = await runTransaction(db, ['revisions'], 'readonly', async (tx) => {
    const index = tx.objectStore('revisions').index('bySegment');
    const read = async (segmentId: string) => {
      const key: [string, string] = [projectId, segmentId];
      const found: Revision[] = [];
      let cursor = await index.openCursor(IDBKeyRange.only(key), 'prev');
      if (cursor && before !== undefined && cursor.primaryKey >= before) {
        // Lands on the newest record whose primary key is ≤ before - 1 (ids are integers).
        cursor = await cursor.continuePrimaryKey(key, before - 1);
      }
      while (cursor && found.length <= limit) {
        found.push(fromStoredRevision(cursor.value));
        cursor = await cursor.continue();
      }
      return found;
    };
    return {
      lists: await Promise.all(segmentIds.map(read)),
      counts: await Promise.all(
        segmentIds.map((id) => index.count(IDBKeyRange.only([projectId, id]))),
      ),
    };
  });
  const older = lists
    .flat()
    .sort((a, b) => b.id - a.id)
    .slice(0, limit + 1);
  return { older, stored: counts.reduce((sum, n) => sum + n, 0) };
}
