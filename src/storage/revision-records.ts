/**
 * How revisions are stored (schema version 5, issue 11). Versions 1–4 stored one record per revision; a
 * Replace all over 2,000 segments then added 2,000 records, and IndexedDB's cost per request made those
 * adds as slow as rewriting the chunks themselves (measured: 40 chunk puts 350–420 ms, the 1,953 adds
 * 370–640 ms more). A save now stores its revisions as a few *revision sets*: records holding up to
 * `MAX_SET_ENTRIES` entries and about `MAX_SET_TEXT` characters of text, small enough that reading one
 * segment's history stays cheap, with a multiEntry index over the segments they touch.
 *
 * Revision ids stay ordered by creation: entry `e` of the record with key `k` is revision
 * `k × ID_SPAN + e`. A record of versions 1–4 (one revision, its `segmentId` indexed by `bySegment`)
 * reads as a set of one entry, so old databases need no rewrite: their keys are all below those of
 * the sets written after the upgrade, and `ID_SPAN` keeps every id below 2^53 for keys up to 2^37.
 * A set never holds two entries of one segment, so a segment's revisions are its records in both
 * indexes, and counting them is counting index keys.
 */
import type { IDBPObjectStore, StoreNames } from 'idb';
import type { Revision, RevisionOrigin, SegmentStatus } from '../core/model/model.ts';
import type { NewRevision } from '../core/project/records.ts';
import type { VersoDBSchema } from './schema.ts';
import { handled } from './transaction.ts';

/** Ids per record: entry `e` of record `k` is revision `k × ID_SPAN + e`. */
export const ID_SPAN = 2 ** 16;
/** Entries per revision set at most (far below `ID_SPAN`). */
export const MAX_SET_ENTRIES = 512;
/**
 * Characters of revision text per set, about: a set ends before the entry that would pass it, so one
 * history read deserialises tens of kilobytes per save, not a whole Replace all.
 */
export const MAX_SET_TEXT = 24_000;

/** One revision of versions 1–4: a record per revision. Still read, never written. */
export interface StoredRevision {
  readonly id?: number;
  readonly projectId: string;
  readonly segmentId: string;
  readonly text: string;
  readonly status: SegmentStatus;
  readonly origin: RevisionOrigin;
  readonly createdAt: number;
  /** Who made it (issue 14); absent in records written before names were kept. */
  readonly author?: string;
}

/** One revision inside a set. */
export interface StoredRevisionEntry {
  readonly segmentId: string;
  readonly text: string;
  readonly status: SegmentStatus;
  readonly origin: RevisionOrigin;
  /** Absent when it is the set's `createdAt` (every entry of a save shares it). */
  readonly createdAt?: number;
  readonly author?: string;
}

/**
 * Revisions of one save (or part of it), in order. `id` is absent only in a record about to be added:
 * the store's key generator fills it, which keeps ids monotonic across projects.
 */
export interface StoredRevisionSet {
  readonly id?: number;
  readonly projectId: string;
  readonly createdAt: number;
  /** `segmentKey` of each entry's segment (indexed `bySegmentKey`, multiEntry). */
  readonly segmentKeys: readonly string[];
  readonly entries: readonly StoredRevisionEntry[];
}

/** A record of the `revisions` store, of either layout. */
export type StoredRevisionRecord = StoredRevision | StoredRevisionSet;

/** The `bySegmentKey` key of a segment. */
export function segmentKey(projectId: string, segmentId: string): string {
  return `${projectId}\u0000${segmentId}`;
}

/** The sets that store `revisions` in order (none for none). */
export function toRevisionSets(
  projectId: string,
  revisions: readonly NewRevision[],
): StoredRevisionSet[] {
  const sets: { createdAt: number; segmentKeys: string[]; entries: StoredRevisionEntry[] }[] = [];
  let current: (typeof sets)[number] | undefined;
  let segments = new Set<string>();
  let text = 0;
  for (const { segmentId, createdAt, author, ...rest } of revisions) {
    if (
      !current ||
      current.entries.length >= MAX_SET_ENTRIES ||
      text + rest.text.length > MAX_SET_TEXT ||
      segments.has(segmentId)
    ) {
      current = { createdAt, segmentKeys: [], entries: [] };
      sets.push(current);
      segments = new Set();
      text = 0;
    }
    segments.add(segmentId);
    text += rest.text.length;
    current.segmentKeys.push(segmentKey(projectId, segmentId));
    current.entries.push({
      segmentId,
      ...rest,
      ...(createdAt === current.createdAt ? {} : { createdAt }),
      ...(author ? { author } : {}),
    });
  }
  return sets.map((set) => ({ projectId, ...set }));
}

/**
 * The revisions a record holds (only those of `segments` when given), with their ids. Records read
 * back always carry their key; its absence means the store is corrupt.
 */
export function revisionsOfRecord(
  record: StoredRevisionRecord,
  segments?: ReadonlySet<string>,
): Revision[] {
  if (record.id === undefined) throw new Error('A stored revision record has no id.');
  const base = record.id * ID_SPAN;
  if (!('entries' in record)) {
    const { segmentId, text, status, origin, createdAt, author } = record;
    if (segments && !segments.has(segmentId)) return [];
    return [
      { id: base, segmentId, text, status, origin, createdAt, ...(author ? { author } : {}) },
    ];
  }
  const out: Revision[] = [];
  record.entries.forEach((entry, e) => {
    if (segments && !segments.has(entry.segmentId)) return;
    const { segmentId, text, status, origin, author } = entry;
    const createdAt = entry.createdAt ?? record.createdAt;
    out.push({
      id: base + e,
      segmentId,
      text,
      status,
      origin,
      createdAt,
      ...(author ? { author } : {}),
    });
  });
  return out;
}

/** The `revisions` store inside a transaction of any scope. */
export type RevisionStore<Mode extends IDBTransactionMode> = IDBPObjectStore<
  VersoDBSchema,
  ArrayLike<StoreNames<VersoDBSchema>>,
  'revisions',
  Mode
>;

/**
 * Adds the sets of `revisions` (issued at once, in order); resolves to each revision's id. Like the
 * requests, the result is `handled`: the caller awaits it inside its transaction.
 */
export function addRevisions(
  store: RevisionStore<'readwrite'>,
  projectId: string,
  revisions: readonly NewRevision[],
): Promise<number[]> {
  const sets = toRevisionSets(projectId, revisions);
  const keys = sets.map((set) => handled(store.add(set)));
  return handled(
    Promise.all(keys).then((added) =>
      sets.flatMap((set, k) => set.entries.map((_, e) => (added[k] ?? 0) * ID_SPAN + e)),
    ),
  );
}

/** Every stored revision of the project, in id order. */
export async function projectRevisions(
  store: RevisionStore<IDBTransactionMode>,
  projectId: string,
): Promise<Revision[]> {
  const records = await store.index('byProject').getAll(projectId);
  return records.flatMap((record) => revisionsOfRecord(record));
}

/** Every stored revision of `segmentIds` (a record holding several read once), in id order. */
export async function segmentRevisions(
  store: RevisionStore<IDBTransactionMode>,
  projectId: string,
  segmentIds: readonly string[],
): Promise<Revision[]> {
  const lists = await Promise.all(
    segmentIds.flatMap((id) => [
      store.index('bySegment').getAll([projectId, id]),
      store.index('bySegmentKey').getAll(segmentKey(projectId, id)),
    ]),
  );
  const wanted = new Set(segmentIds);
  const seen = new Set<number | undefined>();
  const out: Revision[] = [];
  for (const record of lists.flat()) {
    if (seen.has(record.id)) continue;
    seen.add(record.id);
    out.push(...revisionsOfRecord(record, wanted));
  }
  return out.sort((a, b) => a.id - b.id);
}
