/**
 * Repository rules shared by `IdbRepository` and `MemoryRepository`, as pure functions on plain data, so
 * both implementations cannot drift apart: ids, the implicit import revision, applying changes, names,
 * errors, and converting to and from backups. No IndexedDB here.
 */
import type { Backup, BackupRevision, BackupSegment } from '../formats/backup/model.ts';
import { backupLqaPart, backupSegmentOf } from '../formats/backup/model.ts';
import type { ProjectLqa } from '../lqa/project-lqa.ts';
import { VersoInputError } from '../model/errors.ts';
import type { NewProject } from './repository.ts';
import type {
  ProjectMeta,
  Revision,
  Segment,
  SegmentChange,
  SegmentComment,
} from '../model/model.ts';

/** Options common to both repositories. */
export interface RepositoryOptions {
  /** Clock for every stored timestamp; tests pass a ticking fake to make ordering deterministic. */
  readonly now?: () => number;
}

/** A revision about to be stored; storage assigns its id. */
export type NewRevision = Omit<Revision, 'id'>;

/** A change to apply to one stored segment (a save or a comment). */
export interface SegmentUpdate {
  readonly segmentId: string;
  readonly apply: (segment: Segment) => Segment;
}

/** A project's rows as both repositories build them before storing. */
export interface ProjectRecords {
  readonly meta: ProjectMeta;
  readonly segments: readonly Segment[];
  /** Revisions to store in order (never the implicit import revisions). */
  readonly revisions: readonly NewRevision[];
}

/** `errors.projectNotFound` for `id`. */
export function projectNotFound(id: string): VersoInputError {
  return new VersoInputError(
    'errors.projectNotFound',
    { id },
    `There is no project with id "${id}".`,
  );
}

/** A caller bug (not user input): a change or comment names a segment the project does not have. */
export function unknownSegment(projectId: string, segmentId: string): Error {
  return new Error(`Project "${projectId}" has no segment "${segmentId}"; nothing was stored.`);
}

/** The trimmed project name, or `errors.emptyName` when nothing is left. */
export function checkedName(name: string): string {
  const trimmed = name.trim();
  if (trimmed === '') {
    throw new VersoInputError('errors.emptyName', {}, 'A project name cannot be empty.');
  }
  return trimmed;
}

/** Most recently updated first; ties by most recently created, then id, so the order is stable. */
export function byUpdatedAtDesc(a: ProjectMeta, b: ProjectMeta): number {
  return (
    b.updatedAt - a.updatedAt ||
    b.createdAt - a.createdAt ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}

/** `ProjectMeta` with only the meta fields (storage rows carry more). */
export function toMeta(row: ProjectMeta): ProjectMeta {
  const meta: ProjectMeta = {
    id: row.id,
    name: row.name,
    fileName: row.fileName,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    segmentCount: row.segmentCount,
    targetLang: row.targetLang,
  };
  return {
    ...meta,
    ...(row.sourceLang === undefined ? {} : { sourceLang: row.sourceLang }),
    ...(row.mode === undefined ? {} : { mode: row.mode }),
    ...(row.qa === undefined ? {} : { qa: row.qa }),
  };
}

/**
 * Records of a new project: segments `s1`, `s2`, … in document order. The correction starts at the MT
 * (or the file's own text), with the file's status, notes as comments, inline codes and ids kept.
 */
export function newProjectRecords(id: string, project: NewProject, now: number): ProjectRecords {
  const segments = project.segments.map((s, i): Segment => {
    const status = s.status ?? 'new';
    return {
      id: `s${i + 1}`,
      mt: s.mt,
      ...(s.source === undefined ? {} : { source: s.source }),
      text: s.text ?? s.mt,
      status,
      comments: (s.notes ?? []).map((text, n) => ({
        id: `${id}-s${i + 1}-note${n + 1}`,
        text,
        author: project.fileName,
        createdAt: now,
      })),
      revisionCount: 1,
      updatedAt: now,
      ...(status === 'new' ? {} : { importStatus: status }),
      ...(s.codes && s.codes.length > 0 ? { codes: s.codes } : {}),
      ...(s.alignScore === undefined ? {} : { alignScore: s.alignScore }),
      ...(s.externalId === undefined ? {} : { externalId: s.externalId }),
      ...(s.preserved === undefined ? {} : { preserved: s.preserved }),
    };
  });
  const meta = toMeta({
    ...project,
    name: checkedName(project.name),
    id,
    createdAt: now,
    updatedAt: now,
    segmentCount: segments.length,
  });
  return { meta, segments, revisions: [] };
}

/**
 * The segments after a restructure: `segments` as given, with `changes` applied in order (each one more
 * revision). Throws before anything is stored when a change names a segment that is not in the list.
 */
export function restructuredSegments(
  projectId: string,
  segments: readonly Segment[],
  changes: readonly SegmentChange[],
  now: number,
): Segment[] {
  const out = [...segments];
  const position = new Map(out.map((s, i) => [s.id, i]));
  if (position.size !== out.length)
    throw new Error(`Project "${projectId}": duplicate segment ids.`);
  for (const change of changes) {
    const i = position.get(change.segmentId);
    const segment = i === undefined ? undefined : out[i];
    if (i === undefined || !segment) throw unknownSegment(projectId, change.segmentId);
    out[i] = applyChange(segment, change, now);
  }
  return out;
}

/** Ids whose stored revisions make up `segment`'s history: its own and its ancestors'. */
export function historyIds(segment: Segment): string[] {
  return [segment.id, ...(segment.ancestors ?? [])];
}

/** The implicit first revision of every segment: never stored, derived from the MT and project creation. */
export function importRevision(
  segment: Pick<Segment, 'id' | 'mt' | 'importStatus'>,
  createdAt: number,
): Revision {
  return {
    id: 0,
    segmentId: segment.id,
    text: segment.mt,
    status: segment.importStatus ?? 'new',
    origin: 'import',
    createdAt,
  };
}

/** `segment` after `change`: current text and status, one more revision. */
export function applyChange(segment: Segment, change: SegmentChange, now: number): Segment {
  return {
    ...segment,
    text: change.text,
    status: change.status,
    revisionCount: segment.revisionCount + 1,
    updatedAt: now,
  };
}

/** `segment` with `comment` appended (a copy, so later changes by the caller cannot reach storage). */
export function withComment(segment: Segment, comment: SegmentComment): Segment {
  return { ...segment, comments: [...segment.comments, { ...comment }] };
}

/** The revisions of a change set, in order, all stamped `now`. */
export function revisionsOf(changes: readonly SegmentChange[], now: number): NewRevision[] {
  return changes.map(({ segmentId, text, status, origin, author }) => ({
    segmentId,
    text,
    status,
    origin,
    createdAt: now,
    ...(author ? { author } : {}),
  }));
}

/**
 * A backup of one project: every segment's import revision first (document order), then the stored
 * ones in id order, and its quality assessment `lqa` when it has one (version 2; else version 1).
 * Backup ids are renumbered 1…n in that order: they only carry order, and ids from storage would
 * repeat (every import revision is id 0).
 */
export function toBackup(
  meta: ProjectMeta,
  segments: readonly Segment[],
  stored: readonly Revision[],
  exportedAt: number,
  lqa?: ProjectLqa,
): Backup {
  const ordered = [...segments.map((s) => importRevision(s, meta.createdAt)), ...stored];
  const { name, fileName, createdAt, updatedAt, targetLang, sourceLang } = meta;
  const { version, lqa: assessment } = backupLqaPart(lqa);
  return {
    format: 'verso-backup',
    version,
    exportedAt,
    project: {
      name,
      fileName,
      createdAt,
      updatedAt,
      targetLang,
      ...(sourceLang === undefined ? {} : { sourceLang }),
      ...(meta.mode === undefined ? {} : { mode: meta.mode }),
      ...(meta.qa === undefined ? {} : { qa: meta.qa }),
    },
    segments: segments.map(backupSegmentOf),
    revisions: ordered.map((r, i) => ({ ...r, id: i + 1 })),
    ...(assessment ? { lqa: assessment } : {}),
  };
}

/**
 * Records of a project restored from a (validated) backup under the new `id`. Each segment's first
 * import revision equal to the implicit one is dropped (it is implicit again); every other revision is
 * kept in backup order. Segment ids, texts, statuses and comments come from the backup; `createdAt` is
 * kept (import revisions derive their time from it) and `updatedAt` is now, so the restored project
 * comes first in the list.
 */
export function projectFromBackup(backup: Backup, id: string, now: number): ProjectRecords {
  const { project } = backup;
  const byId = new Map(backup.segments.map((s) => [s.id, s]));
  const implicitSeen = new Set<string>();
  const counts = new Map<string, number>();
  const lastTime = new Map<string, number>();
  const revisions: NewRevision[] = [];
  for (const r of backup.revisions) {
    const segment = byId.get(r.segmentId);
    if (!segment) throw unknownSegment(`backup of "${project.name}"`, r.segmentId);
    lastTime.set(r.segmentId, r.createdAt);
    if (!implicitSeen.has(r.segmentId) && isImplicitImport(r, segment)) {
      implicitSeen.add(r.segmentId);
      continue;
    }
    counts.set(r.segmentId, (counts.get(r.segmentId) ?? 0) + 1);
    revisions.push({
      segmentId: r.segmentId,
      text: r.text,
      status: r.status,
      origin: r.origin,
      createdAt: r.createdAt,
      ...(r.author ? { author: r.author } : {}),
    });
  }
  const segments = backup.segments.map((s): Segment => ({
    ...s,
    comments: s.comments.map((c) => ({ ...c })),
    // The implicit import revision always counts, as `listRevisions` always shows it.
    revisionCount: 1 + (counts.get(s.id) ?? 0),
    updatedAt: lastTime.get(s.id) ?? project.createdAt,
  }));
  const meta = toMeta({
    ...project,
    name: checkedName(project.name),
    id,
    updatedAt: now,
    segmentCount: segments.length,
  });
  return { meta, segments, revisions };
}

function isImplicitImport(r: BackupRevision, segment: BackupSegment): boolean {
  return (
    r.origin === 'import' && r.text === segment.mt && r.status === (segment.importStatus ?? 'new')
  );
}
