/**
 * Reading project backups (`*.verso.json`). A backup comes from outside (another machine,
 * an older or newer Verso, a hand edit), so reading validates every field and names the exact JSON path
 * of the first problem.
 */
import {
  BACKUP_FORMAT as FORMAT,
  BACKUP_VERSION,
  type Backup,
  type BackupRevision,
  type BackupSegment,
} from './model.ts';
import { VersoInputError } from '../../model/errors.ts';
import {
  MAX_REVISIONS,
  MAX_SEGMENT_CHARS,
  MAX_SEGMENT_COMMENTS,
  MAX_SEGMENT_REVISIONS,
  MAX_SEGMENTS,
  segmentTooLong,
  tooManySegments,
} from '../../model/limits.ts';
import { FieldReader, isRecord, parseJsonFile, readInlineCodes } from '../../text/json-fields.ts';
import { REVISION_ORIGINS, SEGMENT_STATUSES, type ProjectQa } from '../../model/model.ts';
import { readPreserved } from './read-preserved.ts';
import { readTermRule } from '../../terms/read-rules.ts';
import { readProjectLqa } from '../../lqa/lqa-json.ts';

/**
 * Cheap test, before parsing, of whether text is a Verso backup: a JSON object naming the format near
 * its start (where `serializeBackup` (write.ts) writes it).
 */
export function looksLikeBackup(text: string): boolean {
  const start = text.replace(/^\uFEFF/, '').trimStart();
  return start.startsWith('{') && start.slice(0, 200).includes(`"${FORMAT}"`);
}

/**
 * Parses and validates a backup; the result holds only known fields. A backup passes the limits every
 * other file passes (model/limits.ts), checked as the JSON is walked and before anything is built from
 * it, so that a hostile backup is refused in moments instead of being stored (issue 12, item 1).
 *
 * @throws VersoInputError `errors.tooLarge`, `errors.backupJson` (not JSON; with line and column),
 *   `errors.backupFormat` (JSON, but not a Verso backup), `errors.backupNewer` (written by a newer
 *   Verso), `errors.backupField` (with the JSON path of the first bad field and what it should be),
 *   `errors.tooManySegments`, `errors.segmentTooLong`, `errors.tooManyRevisions`,
 *   `errors.tooManySegmentRevisions`, `errors.backupTooLong` or `errors.backupTooMany` (a limit, and
 *   where it is passed; MAX_ERRORS for the quality assessment's errors).
 */
export function parseBackup(json: string, fileName: string): Backup {
  const file = fileName;
  const root = parseJsonFile(json, file, 'errors.backupJson');
  if (!isRecord(root) || root['format'] !== FORMAT) {
    throw new VersoInputError(
      'errors.backupFormat',
      { file },
      `${file} is not a Verso backup (it has no "format": "${FORMAT}").`,
    );
  }
  return readBackup(root, new FieldReader(file));
}

function readBackup(root: Record<string, unknown>, read: FieldReader): Backup {
  const version = read.integer(root, 'version', '');
  if (version > BACKUP_VERSION) {
    throw new VersoInputError(
      'errors.backupNewer',
      { file: read.file, version, supported: BACKUP_VERSION },
      `${read.file} was written by a newer Verso (backup version ${version}; this one reads up to version ${BACKUP_VERSION}). Update Verso to open it.`,
    );
  }
  const exportedAt = read.number(root, 'exportedAt', '');
  const project = read.record(root['project'], 'project');
  const sourceLang = read.optionalString(project, 'sourceLang', 'project');
  const mode =
    project['mode'] === undefined
      ? undefined
      : read.oneOf(project, 'mode', 'project', ['paragraph', 'sentence'] as const);
  const rawSegments = read.array(root, 'segments', '', Infinity);
  if (rawSegments.length > MAX_SEGMENTS) throw tooManySegments(read.file, rawSegments.length);
  const rawRevisions = read.array(root, 'revisions', '', Infinity);
  if (rawRevisions.length > MAX_REVISIONS) throw tooManyRevisions(read.file, rawRevisions.length);
  const segments = rawSegments.map((s, i) => readSegment(s, i, read));
  if (segments.length === 0) throw read.error('segments', 'at least one segment', []);
  const ids = new Map<string, number>();
  segments.forEach((s, i) => {
    const previous = ids.get(s.id);
    if (previous !== undefined) {
      throw read.error(`segments[${i}].id`, `a unique id (segments[${previous}] has it too)`, s.id);
    }
    ids.set(s.id, i);
  });
  const perSegment = new Map<string, number>();
  const revisions = rawRevisions.map((r, i) => {
    const revision = readRevision(r, `revisions[${i}]`, read);
    const index = ids.get(revision.segmentId);
    if (index === undefined) {
      throw read.error(
        `revisions[${i}].segmentId`,
        'the id of a segment in this backup',
        revision.segmentId,
      );
    }
    const count = (perSegment.get(revision.segmentId) ?? 0) + 1;
    if (count > MAX_SEGMENT_REVISIONS) throw tooManySegmentRevisions(read.file, index + 1);
    perSegment.set(revision.segmentId, count);
    return revision;
  });
  const lqa =
    root['lqa'] === undefined
      ? undefined
      : readProjectLqa(root['lqa'], 'lqa', read, new Map(segments.map((s) => [s.id, s.text])));
  return {
    format: FORMAT,
    version,
    exportedAt,
    project: {
      name: read.string(project, 'name', 'project'),
      fileName: read.string(project, 'fileName', 'project'),
      createdAt: read.number(project, 'createdAt', 'project'),
      updatedAt: read.number(project, 'updatedAt', 'project'),
      targetLang: read.string(project, 'targetLang', 'project'),
      ...(sourceLang === undefined ? {} : { sourceLang }),
      ...(mode === undefined ? {} : { mode }),
      ...(project['qa'] === undefined ? {} : { qa: readQa(project['qa'], read) }),
    },
    segments,
    revisions,
    ...(lqa === undefined ? {} : { lqa }),
  };
}

function readSegment(value: unknown, index: number, read: FieldReader): BackupSegment {
  const path = `segments[${index}]`;
  const s = read.record(value, path);
  const id = read.string(s, 'id', path);
  if (id === '') throw read.error(`${path}.id`, 'a non-empty string', id);
  // Its texts are what the segment limit is about: say so in the words every other format uses.
  for (const key of ['mt', 'text', 'source']) {
    const length = (s[key] as { length?: unknown } | undefined)?.length;
    if (typeof length === 'number' && length > MAX_SEGMENT_CHARS)
      throw segmentTooLong(read.file, index + 1, length);
  }
  const source = read.optionalString(s, 'source', path);
  return {
    id,
    mt: read.string(s, 'mt', path),
    ...(source === undefined ? {} : { source }),
    ...readSegmentExtras(s, path, read),
    text: read.string(s, 'text', path),
    status: read.oneOf(s, 'status', path, SEGMENT_STATUSES),
    comments: read.array(s, 'comments', path, MAX_SEGMENT_COMMENTS).map((c, i) => {
      const cpath = `${path}.comments[${i}]`;
      const comment = read.record(c, cpath);
      return {
        id: read.string(comment, 'id', cpath),
        text: read.string(comment, 'text', cpath),
        author: read.string(comment, 'author', cpath),
        createdAt: read.number(comment, 'createdAt', cpath),
      };
    }),
  };
}

/** The optional fields of a bilingual segment (all absent in a plain monolingual project). */
function readSegmentExtras(s: Record<string, unknown>, path: string, read: FieldReader) {
  const externalId = read.optionalString(s, 'externalId', path);
  const alignScore = s['alignScore'] === undefined ? undefined : read.number(s, 'alignScore', path);
  if (alignScore !== undefined && (alignScore < 0 || alignScore > 1)) {
    throw read.error(`${path}.alignScore`, 'a number from 0 to 1', alignScore);
  }
  const importStatus =
    s['importStatus'] === undefined
      ? undefined
      : read.oneOf(s, 'importStatus', path, SEGMENT_STATUSES);
  const ancestors =
    s['ancestors'] === undefined
      ? undefined
      : read.array(s, 'ancestors', path, MAX_SEGMENTS).map((a, i) => {
          if (typeof a !== 'string') throw read.error(`${path}.ancestors[${i}]`, 'a string', a);
          return a;
        });
  const codes = s['codes'] === undefined ? undefined : readInlineCodes(s, 'codes', path, read);
  const sentenceOf =
    s['sentenceOf'] === undefined
      ? undefined
      : (() => {
          const o = read.record(s['sentenceOf'], `${path}.sentenceOf`);
          const at = `${path}.sentenceOf`;
          return {
            paragraphId: read.string(o, 'paragraphId', at),
            sep: read.string(o, 'sep', at),
            mtSep: read.string(o, 'mtSep', at),
            sourceSep: read.string(o, 'sourceSep', at),
          };
        })();
  return {
    ...(importStatus === undefined ? {} : { importStatus }),
    ...(codes === undefined ? {} : { codes }),
    ...(alignScore === undefined ? {} : { alignScore }),
    ...(externalId === undefined ? {} : { externalId }),
    ...(ancestors === undefined ? {} : { ancestors }),
    ...(sentenceOf === undefined ? {} : { sentenceOf }),
    ...(s['preserved'] === undefined
      ? {}
      : { preserved: readPreserved(s['preserved'], `${path}.preserved`, read) }),
  };
}

/** The project's QA settings: term rules, packs, word list, ignored findings. */
function readQa(value: unknown, read: FieldReader): ProjectQa {
  const path = 'project.qa';
  const qa = read.record(value, path);
  const strings = (key: string) =>
    read.array(qa, key, path).map((v, i) => {
      if (typeof v !== 'string') throw read.error(`${path}.${key}[${i}]`, 'a string', v);
      return v;
    });
  return {
    termRules: read
      .array(qa, 'termRules', path)
      .map((r, i) => readTermRule(r, `${path}.termRules[${i}]`, read)),
    packs: strings('packs'),
    words: strings('words'),
    ignored: read.array(qa, 'ignored', path).map((g, i) => {
      const at = `${path}.ignored[${i}]`;
      const ignored = read.record(g, at);
      return {
        findingId: read.string(ignored, 'findingId', at),
        by: read.string(ignored, 'by', at),
        at: read.number(ignored, 'at', at),
      };
    }),
  };
}

function readRevision(value: unknown, path: string, read: FieldReader): BackupRevision {
  const r = read.record(value, path);
  const author = read.optionalString(r, 'author', path);
  return {
    ...(author ? { author } : {}),
    id: read.integer(r, 'id', path),
    segmentId: read.string(r, 'segmentId', path),
    text: read.string(r, 'text', path),
    status: read.oneOf(r, 'status', path, SEGMENT_STATUSES),
    origin: read.oneOf(r, 'origin', path, REVISION_ORIGINS),
    createdAt: read.number(r, 'createdAt', path),
  };
}

function tooManyRevisions(file: string, count: number): VersoInputError {
  return new VersoInputError(
    'errors.tooManyRevisions',
    { file, count, limit: MAX_REVISIONS },
    `${file} carries ${count} revisions; a Verso backup may carry up to ${MAX_REVISIONS}.`,
  );
}

function tooManySegmentRevisions(file: string, n: number): VersoInputError {
  return new VersoInputError(
    'errors.tooManySegmentRevisions',
    { file, n, limit: MAX_SEGMENT_REVISIONS },
    `${file}: segment ${n} carries more than ${MAX_SEGMENT_REVISIONS} revisions; a Verso backup may carry up to ${MAX_SEGMENT_REVISIONS} per segment.`,
  );
}
