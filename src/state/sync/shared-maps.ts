/**
 * Two maps this client adds to a project's Y.Doc beside the layout of `core/sync/project-doc.ts`
 * (schema 1 stays readable: older clients ignore them):
 * - `editors`: Y.Map<segment id, LastEditor> — who changed a segment's text or status last, and when
 *   (their clock). History names them; an offline edit that meets another's takes the later one.
 * - `conflicts`: Y.Map<uuid, SharedConflict> — two reviewers changed one segment offline: both are
 *   told (issue 14, item 4).
 */
import type * as Y from 'yjs';

/** The last reviewer to change a segment. */
export interface LastEditor {
  readonly name: string;
  /** Random id of the reviewer's browser (names may repeat). */
  readonly peer: string;
  /** Time of the change on their clock, ms. */
  readonly at: number;
}

/** An offline conflict: whose text won and whose was kept as a revision. */
export interface SharedConflict {
  readonly segmentId: string;
  readonly winner: { readonly name: string; readonly peer: string };
  readonly loser: { readonly name: string; readonly peer: string };
  readonly at: number;
}

/** The `editors` map of a project's Y.Doc. */
export function editorsOf(doc: Y.Doc): Y.Map<LastEditor> {
  return doc.getMap<LastEditor>('editors');
}

/** The `conflicts` map of a project's Y.Doc. */
export function conflictsOf(doc: Y.Doc): Y.Map<SharedConflict> {
  return doc.getMap<SharedConflict>('conflicts');
}
