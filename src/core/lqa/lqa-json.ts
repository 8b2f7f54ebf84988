/**
 * Reading and writing a quality assessment as JSON: a scorecard file (import/export, issue 15
 * deliverable 1) and the `lqa` part of a project backup. What comes from outside is validated field by
 * field and refused with the JSON path of the first problem (text/json-fields.ts).
 *
 * A scorecard file:
 *
 *   { "format": "verso-scorecard", "version": 1, "id": "my-card", "name": "My card",
 *     "referenceWords": 1000, "passThreshold": 90,
 *     "severities": [{ "id": "minor", "weight": 1 }, …],
 *     "categories": [{ "id": "accuracy", "its": "mistranslation", "weight": 1,
 *                      "children": [{ "id": "omission", "name": "Omission" }, …] }, …] }
 */
import { VersoInputError } from '../model/errors.ts';
import { MAX_ERRORS, MAX_SEGMENTS } from '../model/limits.ts';
import { FieldReader, isRecord, parseJsonFile } from '../text/json-fields.ts';
import type { LqaError } from './error.ts';
import { ITS_ISSUE_TYPES } from './its-types.ts';
import type { ProjectLqa } from './project-lqa.ts';
import type { ReworkFlag } from './rework.ts';
import type { LqaCategory, LqaSeverity, Scorecard } from './scorecard.ts';

/** The `format` of a scorecard file. */
export const SCORECARD_FORMAT = 'verso-scorecard';
/** The version of the scorecard format this Verso writes and reads. */
export const SCORECARD_VERSION = 1;

/** Ids of categories, severities and scorecards: lower-case letters, digits and hyphens. */
const ID = /^[a-z0-9][a-z0-9-]{0,63}$/;
/** How deep the category tree may go (MQM's typology has four levels at most). */
const MAX_DEPTH = 4;
/** Categories a scorecard may have in all (MQM Full has some 200). */
const MAX_CATEGORIES = 1000;
/** Severities a scorecard may have. */
const MAX_SEVERITIES = 20;

/** The scorecard as a scorecard file (two-space indent, a final line end). */
export function serializeScorecard(scorecard: Scorecard): string {
  const { id, name, referenceWords, passThreshold, severities, categories } = scorecard;
  return `${JSON.stringify(
    {
      format: SCORECARD_FORMAT,
      version: SCORECARD_VERSION,
      id,
      ...(name === undefined ? {} : { name }),
      referenceWords,
      passThreshold,
      severities,
      categories,
    },
    null,
    2,
  )}\n`;
}

/**
 * Parses and validates a scorecard file (what the UI's "Import scorecard" and the CLI read).
 *
 * @throws VersoInputError `errors.tooLarge`, `errors.scorecardJson` {file, message} (not JSON),
 *   `errors.scorecardFormat` {file} (JSON, but no scorecard), `errors.scorecardNewer` {file, version,
 *   supported}, `errors.scorecardField` {file, path, expected} (the first bad field, by its JSON path)
 */
export function parseScorecard(json: string, fileName: string): Scorecard {
  const root = parseJsonFile(json, fileName, 'errors.scorecardJson');
  if (!isRecord(root) || root['format'] !== SCORECARD_FORMAT) {
    throw new VersoInputError(
      'errors.scorecardFormat',
      { file: fileName },
      `${fileName} is not a Verso scorecard (it has no "format": "${SCORECARD_FORMAT}").`,
    );
  }
  const read = new FieldReader(
    fileName,
    (path, expected, found) =>
      new VersoInputError(
        'errors.scorecardField',
        { file: fileName, path, expected },
        `${fileName}: ${path} should be ${expected}, but it is ${found}.`,
      ),
  );
  const version = read.integer(root, 'version', '');
  if (version > SCORECARD_VERSION) {
    throw new VersoInputError(
      'errors.scorecardNewer',
      { file: fileName, version, supported: SCORECARD_VERSION },
      `${fileName} was written by a newer Verso (scorecard version ${version}; this one reads up to version ${SCORECARD_VERSION}).`,
    );
  }
  return readScorecard(root, '', read);
}

/** The scorecard in `value` (at JSON path `path`), validated. */
export function readScorecard(value: unknown, path: string, read: FieldReader): Scorecard {
  const o = read.record(value, path === '' ? '(the file)' : path);
  const at = (key: string) => (path === '' ? key : `${path}.${key}`);
  const id = readId(o, 'id', path, read);
  const name = read.optionalString(o, 'name', path);
  const referenceWords = read.integer(o, 'referenceWords', path);
  const passThreshold = read.number(o, 'passThreshold', path);
  if (passThreshold < 0 || passThreshold > 100) {
    throw read.error(at('passThreshold'), 'a number from 0 to 100', passThreshold);
  }
  const severities = read
    .array(o, 'severities', path, MAX_SEVERITIES)
    .map((s, i) => readSeverity(s, `${at('severities')}[${i}]`, read));
  if (severities.length === 0) throw read.error(at('severities'), 'at least one severity', []);
  unique(
    severities.map((s) => s.id),
    at('severities'),
    read,
  );
  const seen = new Map<string, string>();
  const categories = read
    .array(o, 'categories', path, MAX_CATEGORIES)
    .map((c, i) => readCategory(c, `${at('categories')}[${i}]`, 1, seen, read));
  if (categories.length === 0) throw read.error(at('categories'), 'at least one category', []);
  return {
    id,
    ...(name === undefined ? {} : { name }),
    categories,
    severities,
    referenceWords,
    passThreshold,
  };
}

function readSeverity(value: unknown, path: string, read: FieldReader): LqaSeverity {
  const o = read.record(value, path);
  const name = read.optionalString(o, 'name', path);
  return {
    id: readId(o, 'id', path, read),
    ...(name === undefined ? {} : { name }),
    weight: nonNegative(o, 'weight', path, read),
  };
}

function readCategory(
  value: unknown,
  path: string,
  depth: number,
  seen: Map<string, string>,
  read: FieldReader,
): LqaCategory {
  const o = read.record(value, path);
  const id = readId(o, 'id', path, read);
  const before = seen.get(id);
  if (before !== undefined) {
    throw read.error(`${path}.id`, `an id used once in the scorecard (${before} has it too)`, id);
  }
  seen.set(id, path);
  if (seen.size > MAX_CATEGORIES) {
    throw read.error(path, `at most ${MAX_CATEGORIES} categories in all`, value);
  }
  const name = read.optionalString(o, 'name', path);
  const weight = o['weight'] === undefined ? undefined : nonNegative(o, 'weight', path, read);
  const its = o['its'] === undefined ? undefined : read.oneOf(o, 'its', path, ITS_ISSUE_TYPES);
  let children: LqaCategory[] | undefined;
  if (o['children'] !== undefined) {
    if (depth >= MAX_DEPTH) {
      throw read.error(
        `${path}.children`,
        `no subtypes (categories nest ${MAX_DEPTH} deep at most)`,
        o['children'],
      );
    }
    children = read
      .array(o, 'children', path, MAX_CATEGORIES)
      .map((c, i) => readCategory(c, `${path}.children[${i}]`, depth + 1, seen, read));
  }
  return {
    id,
    ...(name === undefined ? {} : { name }),
    ...(weight === undefined ? {} : { weight }),
    ...(its === undefined ? {} : { its }),
    ...(children && children.length > 0 ? { children } : {}),
  };
}

function readId(
  o: Record<string, unknown>,
  key: string,
  parent: string,
  read: FieldReader,
): string {
  const id = read.string(o, key, parent);
  if (!ID.test(id)) {
    throw read.error(
      parent === '' ? key : `${parent}.${key}`,
      'an id of lower-case letters, digits and hyphens (at most 64)',
      id,
    );
  }
  return id;
}

function nonNegative(
  o: Record<string, unknown>,
  key: string,
  parent: string,
  read: FieldReader,
): number {
  const value = read.number(o, key, parent);
  if (value < 0) throw read.error(`${parent}.${key}`, 'a number from 0 up', value);
  return value;
}

function unique(ids: readonly string[], path: string, read: FieldReader): void {
  ids.forEach((id, i) => {
    const first = ids.indexOf(id);
    if (first !== i)
      throw read.error(`${path}[${i}].id`, `an id used once (${path}[${first}] has it too)`, id);
  });
}

/**
 * The `lqa` part of a backup at `path`, validated against the backup's segments (id → current text):
 * every error on one of them, its span inside the text, its category and severity in the scorecard;
 * every flag on one of them. Refused past MAX_ERRORS errors.
 */
export function readProjectLqa(
  value: unknown,
  path: string,
  read: FieldReader,
  segmentTexts: ReadonlyMap<string, string>,
): ProjectLqa {
  const o = read.record(value, path);
  const scorecard = readScorecard(o['scorecard'], `${path}.scorecard`, read);
  const categories = new Set<string>();
  const walk = (list: readonly LqaCategory[]) => {
    for (const c of list) {
      categories.add(c.id);
      if (c.children) walk(c.children);
    }
  };
  walk(scorecard.categories);
  const severities = new Set(scorecard.severities.map((s) => s.id));
  const ids = new Set<string>();
  const errors = read.array(o, 'errors', path, MAX_ERRORS).map((e, i) => {
    const at = `${path}.errors[${i}]`;
    const error = readError(e, at, read, segmentTexts);
    if (ids.has(error.id)) throw read.error(`${at}.id`, 'an id used once', error.id);
    ids.add(error.id);
    if (!categories.has(error.categoryId)) {
      throw read.error(
        `${at}.categoryId`,
        'the id of a category of the scorecard',
        error.categoryId,
      );
    }
    if (!severities.has(error.severityId)) {
      throw read.error(
        `${at}.severityId`,
        'the id of a severity of the scorecard',
        error.severityId,
      );
    }
    return error;
  });
  const rework =
    o['rework'] === undefined
      ? []
      : read
          .array(o, 'rework', path, MAX_SEGMENTS)
          .map((f, i) => readFlag(f, `${path}.rework[${i}]`, read, segmentTexts));
  return { scorecard, errors, rework };
}

/**
 * The error in `value` (at JSON path `path`), validated; with `segmentTexts` (id → current text), also
 * on one of those segments with its span inside the text. Without them (an error synced from another
 * reviewer, whose text may not have arrived yet) only its fields are checked.
 */
export function readError(
  value: unknown,
  path: string,
  read: FieldReader,
  segmentTexts?: ReadonlyMap<string, string>,
): LqaError {
  const o = read.record(value, path);
  const id = read.string(o, 'id', path);
  if (id === '') throw read.error(`${path}.id`, 'a non-empty string', id);
  const segmentId = read.string(o, 'segmentId', path);
  const text = segmentTexts ? segmentTexts.get(segmentId) : '';
  if (text === undefined) {
    throw read.error(`${path}.segmentId`, 'the id of a segment in this backup', segmentId);
  }
  let span: LqaError['span'];
  if (o['span'] !== undefined) {
    const s = read.record(o['span'], `${path}.span`);
    const start = read.count(s, 'start', `${path}.span`);
    const end = read.count(s, 'end', `${path}.span`);
    if (start > end || (segmentTexts !== undefined && end > text.length)) {
      throw read.error(
        `${path}.span`,
        `offsets 0 ≤ start ≤ end ≤ ${text.length} (the length of its segment's text)`,
        `${start}–${end}`,
      );
    }
    span = { start, end };
  }
  const quote = read.optionalString(o, 'quote', path);
  const comment = read.optionalString(o, 'comment', path);
  const detached = o['detached'] === undefined ? false : read.boolean(o, 'detached', path);
  return {
    id,
    segmentId,
    ...(span ? { span } : {}),
    ...(quote === undefined ? {} : { quote }),
    categoryId: read.string(o, 'categoryId', path),
    severityId: read.string(o, 'severityId', path),
    ...(comment === undefined ? {} : { comment }),
    author: read.string(o, 'author', path),
    createdAt: read.number(o, 'createdAt', path),
    changedAt: read.number(o, 'changedAt', path),
    ...(detached ? { detached: true as const } : {}),
  };
}

/** The "needs rework" flag in `value`, validated (on one of `segmentTexts` when given). */
export function readFlag(
  value: unknown,
  path: string,
  read: FieldReader,
  segmentTexts?: ReadonlyMap<string, string>,
): ReworkFlag {
  const o = read.record(value, path);
  const segmentId = read.string(o, 'segmentId', path);
  if (segmentTexts && !segmentTexts.has(segmentId)) {
    throw read.error(`${path}.segmentId`, 'the id of a segment in this backup', segmentId);
  }
  const errorIds = read.array(o, 'errorIds', path, MAX_ERRORS).map((v, i) => {
    if (typeof v !== 'string') throw read.error(`${path}.errorIds[${i}]`, 'a string', v);
    return v;
  });
  const note = read.optionalString(o, 'note', path);
  return {
    segmentId,
    errorIds,
    ...(note === undefined ? {} : { note }),
    by: read.string(o, 'by', path),
    at: read.number(o, 'at', path),
  };
}
