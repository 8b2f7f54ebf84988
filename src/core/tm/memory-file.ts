/**
 * The on-disk form of a memory (the CLI's `--memory DIR`, issue 16, deliverable 6): a folder with
 *
 * - `manifest.json`: `{ "format": "verso-translation-memory", "version": 1, "memory": MemoryInfo,
 *   "units": "units.jsonl", "unitCount": n, "savedAt": ms }`;
 * - `units.jsonl`: one unit (model.ts `MemoryUnit`) per line, as JSON.
 *
 * JSON Lines because a memory grows by appending, a damaged line is found by its number, and tools
 * (`jq`, `grep`, `wc -l`) read it. Writers replace each file whole and atomically (write a temporary
 * file, rename it), the units first and the manifest last. Readers check every field; a newer
 * version is refused rather than misread. Pure: the caller reads and writes the files.
 */
import { VersoInputError } from '../model/errors.ts';
import { FieldReader, isRecord, jsonErrorMessage, readInlineCodes } from '../text/json-fields.ts';
import type { MemoryInfo, MemoryUnit } from './model.ts';

export const MEMORY_FORMAT = 'verso-translation-memory';
/** The version this Verso writes and the newest it reads. */
export const MEMORY_FORMAT_VERSION = 1;
export const MANIFEST_FILE = 'manifest.json';
export const UNITS_FILE = 'units.jsonl';

/** What `manifest.json` holds. */
export interface MemoryManifest {
  readonly format: typeof MEMORY_FORMAT;
  readonly version: number;
  readonly memory: MemoryInfo;
  /** The units file, relative to the folder. */
  readonly units: string;
  readonly unitCount: number;
  readonly savedAt: number;
}

/** The manifest of a memory of `unitCount` units saved at `savedAt`, as JSON text. */
export function manifestJson(memory: MemoryInfo, unitCount: number, savedAt: number): string {
  const manifest: MemoryManifest = {
    format: MEMORY_FORMAT,
    version: MEMORY_FORMAT_VERSION,
    memory,
    units: UNITS_FILE,
    unitCount,
    savedAt,
  };
  return `${JSON.stringify(manifest, null, 2)}\n`;
}

/** The units as JSON Lines (one unit per line, each line ended). */
export function unitsJsonl(units: Iterable<MemoryUnit>): string {
  let out = '';
  for (const unit of units) out += `${JSON.stringify(unit)}\n`;
  return out;
}

/**
 * Reads a manifest.
 *
 * @throws VersoInputError `errors.tmFile` {file, line, message} (not JSON, not a memory manifest, a
 *   bad field) or `errors.tmFileNewer` {file, version, supported}
 */
export function parseManifest(text: string, fileName: string): MemoryManifest {
  const root = parseJson(text.replace(/^\uFEFF/, ''), fileName);
  if (!isRecord(root) || root['format'] !== MEMORY_FORMAT) {
    throw fileError(
      fileName,
      undefined,
      `not a Verso translation memory manifest (no "format": "${MEMORY_FORMAT}")`,
    );
  }
  const read = fieldReader(fileName);
  const version = read.integer(root, 'version', '');
  if (version > MEMORY_FORMAT_VERSION) {
    throw new VersoInputError(
      'errors.tmFileNewer',
      { file: fileName, version, supported: MEMORY_FORMAT_VERSION },
      `${fileName} was written by a newer Verso (memory format ${version}; this one reads up to ${MEMORY_FORMAT_VERSION}). Update Verso to use it.`,
    );
  }
  const m = read.record(root['memory'], 'memory');
  const projectId = read.optionalString(m, 'projectId', 'memory');
  return {
    format: MEMORY_FORMAT,
    version,
    memory: {
      id: read.string(m, 'id', 'memory'),
      name: read.string(m, 'name', 'memory'),
      sourceLang: read.string(m, 'sourceLang', 'memory'),
      targetLang: read.string(m, 'targetLang', 'memory'),
      scope: read.oneOf(m, 'scope', 'memory', ['project', 'shared'] as const),
      ...(projectId === undefined ? {} : { projectId }),
      createdAt: read.number(m, 'createdAt', 'memory'),
    },
    units: read.string(root, 'units', ''),
    unitCount: read.number(root, 'unitCount', ''),
    savedAt: read.number(root, 'savedAt', ''),
  };
}

/**
 * Reads a units file; blank lines are allowed (a file being appended to by hand).
 *
 * @throws VersoInputError `errors.tmFile` {file, line, message} naming the line of the first problem
 */
export function parseUnitsJsonl(text: string, fileName: string): MemoryUnit[] {
  const units: MemoryUnit[] = [];
  let line = 0;
  for (const raw of text.replace(/^\uFEFF/, '').split('\n')) {
    line++;
    if (raw.trim() === '') continue;
    units.push(readUnit(parseJson(raw, fileName, line), fieldReader(fileName, line)));
  }
  return units;
}

function readUnit(value: unknown, read: FieldReader): MemoryUnit {
  const u = read.record(value, 'unit');
  // Checked in the order the fields are written, so the first bad one is the one reported.
  const id = read.string(u, 'id', '');
  const sourceLang = read.string(u, 'sourceLang', '');
  const targetLang = read.string(u, 'targetLang', '');
  const optional = (key: string) => read.optionalString(u, key, '');
  const fields = {
    source: optional('source'),
    mt: optional('mt'),
    projectId: optional('projectId'),
    projectName: optional('projectName'),
    author: optional('author'),
    changedBy: optional('changedBy'),
  };
  const target = read.string(u, 'target', '');
  const codes = u['codes'] === undefined ? undefined : readInlineCodes(u, 'codes', '', read);
  const context = u['context'] === undefined ? undefined : read.record(u['context'], 'context');
  const notes = u['notes'] === undefined ? undefined : strings(u, 'notes', read);
  const props =
    u['props'] === undefined
      ? undefined
      : read.array(u, 'props', '').map((p, i) => {
          const pair = Array.isArray(p) ? p : [];
          if (pair.length !== 2 || typeof pair[0] !== 'string' || typeof pair[1] !== 'string')
            throw read.error(`props[${i}]`, 'a [type, value] pair of strings', p);
          return [pair[0], pair[1]] as const;
        });
  const uses = read.integer(u, 'uses', '');
  return {
    id,
    sourceLang,
    targetLang,
    ...definedOnly(fields),
    target,
    ...(codes === undefined ? {} : { codes }),
    createdAt: read.number(u, 'createdAt', ''),
    changedAt: read.number(u, 'changedAt', ''),
    uses,
    ...(context === undefined
      ? {}
      : {
          context: definedOnly({
            before: read.optionalString(context, 'before', 'context'),
            after: read.optionalString(context, 'after', 'context'),
          }),
        }),
    ...(notes === undefined ? {} : { notes }),
    ...(props === undefined ? {} : { props }),
  };
}

function strings(o: Record<string, unknown>, key: string, read: FieldReader): string[] {
  return read.array(o, key, '').map((s, i) => {
    if (typeof s !== 'string') throw read.error(`${key}[${i}]`, 'a string', s);
    return s;
  });
}

/** The entries whose value is defined. */
function definedOnly<T extends Record<string, string | undefined>>(
  record: T,
): { [K in keyof T]?: string } {
  const out: { [K in keyof T]?: string } = {};
  for (const key of Object.keys(record) as (keyof T)[]) {
    const value = record[key];
    if (value !== undefined) out[key] = value;
  }
  return out;
}

function parseJson(text: string, fileName: string, line?: number): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw fileError(fileName, line, `not valid JSON: ${jsonErrorMessage(error, text)}`);
  }
}

/** Field errors of a units line (`line`), or of the manifest, where the JSON path says where. */
function fieldReader(fileName: string, line?: number): FieldReader {
  return new FieldReader(fileName, (path, expected, found) =>
    fileError(fileName, line, `${path || 'the unit'} should be ${expected}, but it is ${found}`),
  );
}

function fileError(file: string, line: number | undefined, message: string): VersoInputError {
  const where = line === undefined ? file : `${file}:${line}`;
  return new VersoInputError(
    'errors.tmFile',
    { file, line: line ?? 0, message },
    `${where}: ${message}.`,
  );
}
