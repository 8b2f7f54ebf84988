/**
 * Alignment repairs shared live (issue 14, deliverable 4): the row order of a shared project is a
 * Y.Array of segment ids (`order`), and the fields a restructure changes besides text and status live
 * in `rows` (project-doc.ts). A restructure on one device becomes one {@link StructureChange} — the
 * run of rows it replaced and the rows that took their place — written into the Y.Doc by
 * {@link writeStructure}; every device derives its rows from the shared order ({@link sharedRows}).
 *
 * Concurrent repairs merge as Yjs merges the array: two reviewers merging overlapping rows at once
 * both keep their merged row (the shared middle row's text then appears in both: nothing is lost,
 * and the duplicate is one more repair away); an id inserted twice is shown once, at its first place.
 */
import type * as Y from 'yjs';
import type { Segment, SegmentChange, SegmentStatus } from '../model/model.ts';
import { sameValue } from './map-entries.ts';
import { orderOf, rowsOf, statusesOf, textsOf, type SharedRow } from './project-doc.ts';

/** What one restructure changed: `removed` ids gave way to `added` rows, between two neighbours. */
export interface StructureChange {
  readonly removed: readonly string[];
  readonly added: readonly string[];
  /** The row before the run (null at the top) and after it (null at the end). */
  readonly before: string | null;
  readonly after: string | null;
}

/**
 * Restructures kept on a device while offline (JSON from localStorage): the well-formed ones, in order;
 * anything else is dropped (the rows stay on this device as they are, and the shared order wins).
 */
export function readStructureChanges(json: string | null): StructureChange[] {
  let list: unknown;
  try {
    list = JSON.parse(json ?? '[]');
  } catch {
    return [];
  }
  return Array.isArray(list) ? list.filter(isStructureChange) : [];
}

function isStructureChange(value: unknown): value is StructureChange {
  if (typeof value !== 'object' || value === null) return false;
  const c = value as Record<string, unknown>;
  const ids = (v: unknown) => Array.isArray(v) && v.every((id) => typeof id === 'string');
  const neighbour = (v: unknown) => v === null || typeof v === 'string';
  return ids(c['removed']) && ids(c['added']) && neighbour(c['before']) && neighbour(c['after']);
}

/** The fields of a segment that make it a row (see SharedRow), as plain JSON in a fixed key order. */
export function rowOf(s: Segment): SharedRow {
  const row: { -readonly [K in keyof SharedRow]: SharedRow[K] } = { mt: s.mt };
  // An empty source is no source (the aligner writes '' where a row has none).
  if (s.source) row.source = s.source;
  if (s.importStatus !== undefined) row.importStatus = s.importStatus;
  if (s.codes !== undefined) row.codes = s.codes;
  if (s.alignScore !== undefined) row.alignScore = s.alignScore;
  if (s.externalId !== undefined) row.externalId = s.externalId;
  if (s.ancestors !== undefined) row.ancestors = s.ancestors;
  if (s.sentenceOf !== undefined) row.sentenceOf = s.sentenceOf;
  if (s.preserved !== undefined) row.preserved = s.preserved;
  return JSON.parse(JSON.stringify(row)) as SharedRow;
}

/** Whether `b` is `a` with other row fields (by reference: an edit of text or status keeps them). */
export function rowChanged(a: Segment, b: Segment): boolean {
  return (
    a.mt !== b.mt ||
    a.source !== b.source ||
    a.importStatus !== b.importStatus ||
    a.codes !== b.codes ||
    a.alignScore !== b.alignScore ||
    a.externalId !== b.externalId ||
    a.ancestors !== b.ancestors ||
    a.sentenceOf !== b.sentenceOf ||
    a.preserved !== b.preserved
  );
}

/**
 * The restructure that turns `before` into `after`, or null when the rows are the same ones (text and
 * status edits are not restructures): the common rows at both ends are left out, the rest replaced.
 */
export function structureChange(
  before: readonly Segment[],
  after: readonly Segment[],
): StructureChange | null {
  const same = (a: Segment | undefined, b: Segment | undefined) =>
    a !== undefined &&
    b !== undefined &&
    a.id === b.id &&
    (a === b || !rowChanged(a, b) || sameValue(rowOf(a), rowOf(b)));
  let head = 0;
  while (head < before.length && head < after.length && same(before[head], after[head])) head++;
  if (head === before.length && head === after.length) return null;
  let tail = 0;
  while (
    tail < before.length - head &&
    tail < after.length - head &&
    same(before[before.length - 1 - tail], after[after.length - 1 - tail])
  )
    tail++;
  return {
    removed: before.slice(head, before.length - tail).map((s) => s.id),
    added: after.slice(head, after.length - tail).map((s) => s.id),
    before: head > 0 ? after[head - 1]!.id : null,
    after: tail > 0 ? after[after.length - tail]!.id : null,
  };
}

/**
 * Writes `change` into a shared project's Y.Doc (inside the caller's transaction): the removed ids
 * leave the order, the added ones go in after the row before them (or before the row after them),
 * with their row fields; a new segment's text and status are created here (its id is new, so no
 * other device creates it). The text of a segment that already has one is the caller's to diff.
 * `segment(id)` gives the rows as they are on this device now.
 */
export function writeStructure(
  doc: Y.Doc,
  change: StructureChange,
  segment: (id: string) => Segment | undefined,
  newText: (text: string) => Y.Text,
): void {
  const order = orderOf(doc);
  const rows = rowsOf(doc);
  const texts = textsOf(doc);
  const statuses = statusesOf(doc);
  const added = change.added.flatMap((id) => {
    const s = segment(id);
    return s ? [s] : [];
  });
  const leaving = new Set([...change.removed, ...added.map((s) => s.id)]);
  const ids = order.toArray();
  for (let i = ids.length - 1; i >= 0; i--) if (leaving.has(ids[i]!)) order.delete(i, 1);
  const now = order.toArray();
  let at = change.before === null ? 0 : now.indexOf(change.before) + 1;
  if (change.before !== null && at === 0) {
    const next = change.after === null ? -1 : now.indexOf(change.after);
    at = next === -1 ? now.length : next;
  }
  if (added.length > 0)
    order.insert(
      at,
      added.map((s) => s.id),
    );
  for (const s of added) {
    rows.set(s.id, rowOf(s));
    if (!texts.has(s.id)) texts.set(s.id, newText(s.text));
    if (statuses.get(s.id) !== s.status) statuses.set(s.id, s.status);
  }
}

/** The ids of the shared order, each once (its first place: two devices may insert one id). */
export function sharedOrder(doc: Y.Doc): string[] {
  const seen = new Set<string>();
  return orderOf(doc)
    .toArray()
    .filter((id) => !seen.has(id) && (seen.add(id), true));
}

/** Rows derived from the shared order, with what must be stored for them. */
export interface SharedRows {
  readonly segments: Segment[];
  /** First revisions of the segments new to this device. */
  readonly changes: SegmentChange[];
  /** Ids of the segments new to this device. */
  readonly added: string[];
}

/**
 * This device's rows rebuilt on the shared order: a segment it has keeps its text, history and
 * comments and takes the shared row fields; one it lacks is made from `rows`, its shared text and
 * status; comments of rows that leave go to the row descended from them. Null when the order is
 * empty (a project shared before orders existed) or the rows are the ones shown.
 */
export function sharedRows(
  doc: Y.Doc,
  current: readonly Segment[],
  now: number,
  /** Who made a row, for its first revision here. */
  author: (id: string) => string | undefined = () => undefined,
): SharedRows | null {
  const order = sharedOrder(doc);
  if (order.length === 0) return null;
  const rows = rowsOf(doc);
  const texts = textsOf(doc);
  const statuses = statusesOf(doc);
  const mine = new Map(current.map((s) => [s.id, s]));
  const segments: Segment[] = [];
  const changes: SegmentChange[] = [];
  const added: string[] = [];
  for (const id of order) {
    const local = mine.get(id);
    const row = rows.get(id);
    if (local) {
      const changed = row !== undefined && !sameValue(rowOf(local), row);
      segments.push(changed ? { ...withoutRow(local), ...row } : local);
    } else if (row !== undefined) {
      const text = texts.get(id)?.toJSON() ?? '';
      const status: SegmentStatus = statuses.get(id) ?? 'new';
      segments.push({ ...row, id, text, status, comments: [], revisionCount: 0, updatedAt: now });
      const by = author(id);
      changes.push({ segmentId: id, text, status, origin: 'align', ...(by ? { author: by } : {}) });
      added.push(id);
    }
  }
  const same = segments.length === current.length && segments.every((s, i) => s === current[i]);
  if (same) return null;
  return { segments: withLeftComments(segments, current), changes, added };
}

function withoutRow(s: Segment): Segment {
  return {
    id: s.id,
    text: s.text,
    status: s.status,
    comments: s.comments,
    revisionCount: s.revisionCount,
    updatedAt: s.updatedAt,
    mt: s.mt,
  };
}

/** Comments of rows no longer shown, moved to the row that names them among its ancestors. */
function withLeftComments(segments: Segment[], current: readonly Segment[]): Segment[] {
  const shown = new Set(segments.map((s) => s.id));
  const left = new Map(current.filter((s) => !shown.has(s.id)).map((s) => [s.id, s]));
  if (left.size === 0) return segments;
  const moved = new Set(segments.flatMap((s) => s.comments.map((c) => c.id)));
  return segments.map((s) => {
    const more = (s.ancestors ?? [])
      .flatMap((id) => left.get(id)?.comments ?? [])
      .filter((c) => !moved.has(c.id) && (moved.add(c.id), true));
    return more.length === 0 ? s : { ...s, comments: [...s.comments, ...more] };
  });
}
