/**
 * Two maps this client adds to a project's Y.Doc beside the layout of `core/sync/project-doc.ts`
 * (schema 1 stays readable: older clients ignore them):
 * - `editors`: Y.Map<segment id, LastEditor> — who changed a segment's text or status last, and when
 *   (their clock). History names them; an offline edit that meets another's takes the later one.
 * - `conflicts`: Y.Map<uuid, SharedConflict> — two reviewers changed one segment offline: both are
 *   told (issue 14, item 4).
 * - `reconnects`: Y.Map<"segment id\npeer", ReconnectEdit> — an edit made offline, as sent on
 *   reconnecting. Two reviewers who reconnect at the same moment each send their diff against the
 *   same old text, and Yjs keeps both ("Ada's text.Bob's text."); these entries let every client see
 *   that merge for what it is, and let the later of the two put its text back whole.
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

/** An offline edit as sent on reconnecting (see `reconnects`). */
export interface ReconnectEdit {
  readonly segmentId: string;
  readonly peer: string;
  readonly name: string;
  /** The text sent, and the shared text it was made on. */
  readonly text: string;
  readonly base: string;
  /** When it was made (the sender's clock, ms). */
  readonly at: number;
}

/** The `reconnects` map of a project's Y.Doc. */
export function reconnectsOf(doc: Y.Doc): Y.Map<ReconnectEdit> {
  return doc.getMap<ReconnectEdit>('reconnects');
}

/** Key of `peer`'s reconnect edit of `segmentId`. */
export function reconnectKey(segmentId: string, peer: string): string {
  return `${segmentId}\n${peer}`;
}

/**
 * Two offline edits of one segment made on the same text and merged into neither (`text` is what
 * the Y.Text now holds): the later one (then the greater peer id) and the other; `undefined` when the
 * text is one of them or there is no such pair.
 */
export function reconnectRace(
  edits: Iterable<ReconnectEdit>,
  segmentId: string,
  text: string,
): { readonly winner: ReconnectEdit; readonly loser: ReconnectEdit } | undefined {
  const mine = [...edits].filter((e) => e.segmentId === segmentId);
  if (mine.length < 2 || mine.some((e) => e.text === text)) return undefined;
  const later = (a: ReconnectEdit, b: ReconnectEdit) =>
    a.at !== b.at ? a.at > b.at : a.peer > b.peer;
  const winner = mine.reduce((w, e) => (later(e, w) ? e : w));
  const rivals = mine.filter((e) => e !== winner && e.base === winner.base);
  if (rivals.length === 0) return undefined;
  return { winner, loser: rivals.reduce((l, e) => (later(e, l) ? e : l)) };
}
