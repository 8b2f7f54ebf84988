/**
 * Reading JSON that comes from outside (a project backup, a translation-memory file): typed field
 * access that names the JSON path of the first bad field, and JSON syntax errors with a position.
 */
import { VersoInputError } from '../model/errors.ts';
import type { InlineCode } from '../model/inline-codes.ts';
import { MAX_SEGMENT_CHARS, MAX_SEGMENT_CODES, MAX_SEGMENTS } from '../model/limits.ts';
import { jsonErrorPosition } from './json-error.ts';
import { assertFileSize } from './file-size.ts';

/** Makes the error for a bad field: its JSON path, what it should be, what it is (described). */
export type FieldError = (path: string, expected: string, found: string) => VersoInputError;

/**
 * Typed field access that throws, with the field's JSON path, `errors.backupField` (a project backup,
 * the default) or what `fieldError` makes.
 */
export class FieldReader {
  constructor(
    readonly file: string,
    private readonly fieldError?: FieldError,
  ) {}

  /** A string of at most MAX_SEGMENT_CHARS characters: no field of a project is longer (issue 12). */
  string(o: Record<string, unknown>, key: string, parent: string): string {
    const value = o[key];
    if (typeof value !== 'string') throw this.error(join(parent, key), 'a string', value);
    if (value.length > MAX_SEGMENT_CHARS) {
      const path = join(parent, key);
      if (this.fieldError) {
        throw this.fieldError(
          path,
          `a text of at most ${MAX_SEGMENT_CHARS} characters`,
          `${value.length} characters long`,
        );
      }
      throw new VersoInputError(
        'errors.backupTooLong',
        { file: this.file, path, length: value.length, limit: MAX_SEGMENT_CHARS },
        `${this.file}: ${path} is ${value.length} characters long; Verso opens texts of up to ${MAX_SEGMENT_CHARS} characters.`,
      );
    }
    return value;
  }

  boolean(o: Record<string, unknown>, key: string, parent: string): boolean {
    const value = o[key];
    if (typeof value !== 'boolean') throw this.error(join(parent, key), 'true or false', value);
    return value;
  }

  optionalString(o: Record<string, unknown>, key: string, parent: string): string | undefined {
    return o[key] === undefined ? undefined : this.string(o, key, parent);
  }

  number(o: Record<string, unknown>, key: string, parent: string): number {
    const value = o[key];
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      throw this.error(join(parent, key), 'a number', value);
    }
    return value;
  }

  integer(o: Record<string, unknown>, key: string, parent: string): number {
    const value = o[key];
    if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 1) {
      throw this.error(join(parent, key), 'a whole number from 1 up', value);
    }
    return value;
  }

  /** A whole number from 0 up (an offset in a text, a count). */
  count(o: Record<string, unknown>, key: string, parent: string): number {
    const value = o[key];
    if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) {
      throw this.error(join(parent, key), 'a whole number from 0 up', value);
    }
    return value;
  }

  oneOf<T extends string>(
    o: Record<string, unknown>,
    key: string,
    parent: string,
    values: readonly T[],
  ): T {
    const value = o[key];
    if (!values.includes(value as T))
      throw this.error(join(parent, key), `one of ${values.join(', ')}`, value);
    return value as T;
  }

  /** An array of at most `limit` entries (a file carries what a project may hold, no more). */
  array(o: Record<string, unknown>, key: string, parent: string, limit = MAX_SEGMENTS): unknown[] {
    const value = o[key];
    const path = join(parent, key);
    if (!Array.isArray(value)) throw this.error(path, 'an array', value);
    if (value.length > limit) {
      if (this.fieldError) {
        throw this.fieldError(path, `at most ${limit} entries`, `${value.length} entries`);
      }
      throw new VersoInputError(
        'errors.backupTooMany',
        { file: this.file, path, count: value.length, limit },
        `${this.file}: ${path} has ${value.length} entries; Verso opens up to ${limit} there.`,
      );
    }
    return value;
  }

  record(value: unknown, path: string): Record<string, unknown> {
    if (!isRecord(value)) throw this.error(path, 'an object', value);
    return value;
  }

  error(path: string, expected: string, found: unknown): VersoInputError {
    if (this.fieldError) return this.fieldError(path, expected, describe(found));
    return new VersoInputError(
      'errors.backupField',
      { file: this.file, path, expected },
      `${this.file}: ${path} should be ${expected}, but it is ${describe(found)}.`,
    );
  }
}

function join(parent: string, key: string): string {
  return parent === '' ? key : `${parent}.${key}`;
}

/** True for a JSON object (not null, not an array). */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A found value, shortly, for messages. */
function describe(value: unknown): string {
  if (value === undefined) return 'missing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return value.length === 0 ? 'an empty array' : 'an array';
  if (typeof value === 'string') {
    return `the string ${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)}`;
  }
  // Parsed JSON holds nothing else than numbers and booleans besides.
  if (typeof value === 'number' || typeof value === 'boolean')
    return `the ${typeof value} ${value}`;
  return 'an object';
}

/**
 * Parses a JSON file that comes from outside (a backup, a scorecard): refused past the file size limit
 * (every encoding Verso reads takes at least a byte per UTF-16 unit), a byte-order mark dropped.
 *
 * @throws VersoInputError `errors.tooLarge`, or `code` {file, message} when it is not JSON (the
 *   message with line and column)
 */
export function parseJsonFile(json: string, file: string, code: string): unknown {
  assertFileSize(json.length, file);
  const text = json.replace(/^\uFEFF/, '');
  try {
    return JSON.parse(text);
  } catch (error) {
    const message = jsonErrorMessage(error, text);
    throw new VersoInputError(code, { file, message }, `${file} is not valid JSON: ${message}.`);
  }
}

/** The engine's message, with the line and column of the error when the engine leaves them out. */
export function jsonErrorMessage(error: unknown, text: string): string {
  const message = error instanceof Error ? error.message : String(error);
  if (/line \d+ column \d+/.test(message)) return message;
  const at = jsonErrorPosition(text);
  return at ? `${message} (line ${at.line}, column ${at.column})` : message;
}

/** The inline codes at `o[key]` (see model/inline-codes.ts). */
export function readInlineCodes(
  o: Record<string, unknown>,
  key: string,
  path: string,
  read: FieldReader,
): InlineCode[] {
  return read.array(o, key, path, MAX_SEGMENT_CODES).map((c, i) => {
    const at = `${join(path, key)}[${i}]`;
    const code = read.record(c, at);
    const id = read.optionalString(code, 'id', at);
    const original = read.optionalString(code, 'original', at);
    return {
      n: read.integer(code, 'n', at),
      kind: read.oneOf(code, 'kind', at, ['open', 'close', 'standalone'] as const),
      element: read.string(code, 'element', at),
      ...(id === undefined ? {} : { id }),
      data: read.string(code, 'data', at),
      ...(original === undefined ? {} : { original }),
    };
  });
}
