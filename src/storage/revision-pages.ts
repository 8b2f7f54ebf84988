/**
 * Reads one page of a segment's stored revisions, newest first (issue 12 item 3). A segment's records
 * are in two indexes (revision-records.ts): `bySegmentKey` for the revision sets of version 5 on,
 * `bySegment` for the one-revision records of versions 1–4. Within one key an index holds its records
 * in primary-key (= creation) order and a set holds at most one entry of a segment, so a 'prev' cursor
 * over each walks the segment's revisions newest first, and `continuePrimaryKey` jumps straight past
 * the page already shown: a page costs `limit + 1` records per index and history id, whatever the
 * segment's total.
 */
import type { IDBPDatabase, IDBPIndex, IndexKey, StoreNames } from 'idb';
import type { Revision } from '../core/model/model.ts';
import { ID_SPAN, revisionsOfRecord, segmentKey } from './revision-records.ts';
import type { VersoDBSchema } from './schema.ts';
import { runTransaction } from './transaction.ts';

type RevisionIndex<Name extends 'bySegment' | 'bySegmentKey'> = IDBPIndex<
  VersoDBSchema,
  ArrayLike<StoreNames<VersoDBSchema>>,
  'revisions',
  Name,
  'readonly'
>;

/** The stored revisions of `segmentIds` older than `before`, at most `limit + 1`, and their count. */
export async function readOlderRevisions(
  db: IDBPDatabase<VersoDBSchema>,
  projectId: string,
  segmentIds: readonly string[],
  before: number | undefined,
  limit: number,
): Promise<{ older: Revision[]; stored: number }> {
  const { lists, counts } = await runTransaction(db, ['revisions'], 'readonly', async (tx) => {
    const store = tx.objectStore('revisions');
    const sets = store.index('bySegmentKey');
    const singles = store.index('bySegment');
    return {
      lists: await Promise.all(
        segmentIds.flatMap((id) => [
          olderOf(sets, segmentKey(projectId, id), id, before, limit),
          olderOf(singles, [projectId, id], id, before, limit),
        ]),
      ),
      counts: await Promise.all(
        segmentIds.flatMap((id) => [
          sets.count(IDBKeyRange.only(segmentKey(projectId, id))),
          singles.count(IDBKeyRange.only([projectId, id])),
        ]),
      ),
    };
  });
  const older = lists
    .flat()
    .sort((a, b) => b.id - a.id)
    .slice(0, limit + 1);
  return { older, stored: counts.reduce((sum, n) => sum + n, 0) };
}

/** Up to `limit + 1` revisions of `segmentId` under `key` in `index`, older than `before`. */
async function olderOf<Name extends 'bySegment' | 'bySegmentKey'>(
  index: RevisionIndex<Name>,
  key: IndexKey<VersoDBSchema, 'revisions', Name>,
  segmentId: string,
  before: number | undefined,
  limit: number,
): Promise<Revision[]> {
  const only = new Set([segmentId]);
  const found: Revision[] = [];
  let cursor = await index.openCursor(IDBKeyRange.only(key), 'prev');
  // The newest record that can hold an id below `before` (keys are integers).
  const last = before === undefined ? undefined : Math.floor((before - 1) / ID_SPAN);
  if (cursor && last !== undefined && cursor.primaryKey > last) {
    cursor = last < 0 ? null : await cursor.continuePrimaryKey(cursor.key, last);
  }
  while (cursor && found.length <= limit) {
    for (const revision of revisionsOfRecord(cursor.value, only)) {
      if (before === undefined || revision.id < before) found.push(revision);
    }
    cursor = await cursor.continue();
  }
  return found;
}
