/**
 * What a shared project's Y.Doc holds (issue 14), and how the server fills it from the base snapshot
 * when a project is shared. Immutable parts (source, MT, inline codes, import history) stay in the base
 * snapshot (the backup JSON the sharer uploaded); the Y.Doc holds only what reviewers change, so the
 * CRDT carries no text that can never change.
 *
 * Top-level shared types (schema 1):
 * - `meta`: Y.Map — `schema` (number, this module's PROJECT_DOC_SCHEMA).
 * - `text`: Y.Map<segment id, Y.Text> — each segment's corrected text. Edit it with diffs
 *   (insert/delete at positions), never by replacing the whole text: two whole-text replacements merge
 *   into both texts one after the other (GUIDE, "Sharing and sync").
 * - `status`: Y.Map<segment id, SegmentStatus>.
 * - `comments`: Y.Map<comment id, SharedComment> — comment ids are UUIDs, so the map needs no
 *   per-segment container that two clients could create at once.
 * - `order`: Y.Array<segment id> — the rows in order; alignment repairs (merge, split, shift) and the
 *   switch to sentence rows edit it (structure.ts). Absent in projects shared before it existed: their
 *   restructures stay on the device that made them.
 * - `rows`: Y.Map<segment id, SharedRow> — the fields besides text and status (MT, source, codes,
 *   ancestors…) of every segment a restructure made or changed; the others' are the base snapshot's.
 *
 * Every segment's Y.Text is created here, once, by the server: a Y.Text created by two clients for the
 * same key would keep only one of them. Clients add keys to these maps only for new segments or comments.
 */
import * as Y from 'yjs';
import type { Backup } from '../formats/backup/model.ts';
import type { Segment, SegmentStatus } from '../model/model.ts';

/** Version of the layout above; a client that finds a newer one must not write. */
export const PROJECT_DOC_SCHEMA = 1;

/** Names of the top-level shared types. */
export const PROJECT_DOC_KEYS = {
  meta: 'meta',
  text: 'text',
  status: 'status',
  comments: 'comments',
  order: 'order',
  rows: 'rows',
} as const;

/** A comment as the Y.Doc stores it. */
export interface SharedComment {
  readonly segmentId: string;
  readonly text: string;
  readonly author: string;
  readonly createdAt: number;
}

/**
 * A segment's fields besides its id, text, status, comments and revision bookkeeping — what a
 * restructure changes and another reviewer's device cannot know (plain JSON: no undefined values).
 */
export type SharedRow = Omit<
  Segment,
  'id' | 'text' | 'status' | 'comments' | 'revisionCount' | 'updatedAt'
>;

/** The segment texts of a project's Y.Doc. */
export function textsOf(doc: Y.Doc): Y.Map<Y.Text> {
  return doc.getMap<Y.Text>(PROJECT_DOC_KEYS.text);
}

/** The segment statuses of a project's Y.Doc. */
export function statusesOf(doc: Y.Doc): Y.Map<SegmentStatus> {
  return doc.getMap<SegmentStatus>(PROJECT_DOC_KEYS.status);
}

/** The comments of a project's Y.Doc. */
export function commentsOf(doc: Y.Doc): Y.Map<SharedComment> {
  return doc.getMap<SharedComment>(PROJECT_DOC_KEYS.comments);
}

/** The row order of a project's Y.Doc: segment ids (see structure.ts; empty in older shares). */
export function orderOf(doc: Y.Doc): Y.Array<string> {
  return doc.getArray<string>(PROJECT_DOC_KEYS.order);
}

/** What restructures made or changed, by segment id (see structure.ts). */
export function rowsOf(doc: Y.Doc): Y.Map<SharedRow> {
  return doc.getMap<SharedRow>(PROJECT_DOC_KEYS.rows);
}

/** The project's metadata map (schema, and the row mode once a reviewer switched it). */
export function metaOf(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap<unknown>(PROJECT_DOC_KEYS.meta);
}

/** Fills an empty Y.Doc with the changing parts of a backup, in one transaction. */
export function seedProjectDoc(doc: Y.Doc, backup: Backup): void {
  doc.transact(() => {
    doc.getMap(PROJECT_DOC_KEYS.meta).set('schema', PROJECT_DOC_SCHEMA);
    const texts = textsOf(doc);
    const statuses = statusesOf(doc);
    const comments = commentsOf(doc);
    orderOf(doc).push(backup.segments.map((s) => s.id));
    for (const segment of backup.segments) {
      texts.set(segment.id, new Y.Text(segment.text));
      statuses.set(segment.id, segment.status);
      for (const c of segment.comments) {
        comments.set(c.id, {
          segmentId: segment.id,
          text: c.text,
          author: c.author,
          createdAt: c.createdAt,
        });
      }
    }
  });
}

/** The Y.Doc state for a backup, as one Yjs update. */
export function projectDocState(backup: Backup): Uint8Array {
  const doc = new Y.Doc();
  seedProjectDoc(doc, backup);
  const state = Y.encodeStateAsUpdate(doc);
  doc.destroy();
  return state;
}

/**
 * Every segment's text, by id. Reads each Y.Text whole (`toJSON()`, its text; `toString()` is the same
 * but untyped): reading `event.delta` of thousands of texts at once overflows the stack (yjs#522).
 */
export function segmentTexts(doc: Y.Doc): Map<string, string> {
  const out = new Map<string, string>();
  textsOf(doc).forEach((text: Y.Text, id: string) => out.set(id, text.toJSON()));
  return out;
}
