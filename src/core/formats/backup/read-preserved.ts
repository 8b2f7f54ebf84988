/**
 * Reading a segment's preserved markup (model/preserved.ts) from a backup, field by field, so that a
 * hand-edited or damaged backup is refused with the JSON path of the problem like every other field.
 */
import type { PreservedAttributes, PreservedElement, PreservedXml } from '../../model/preserved.ts';
import type { VersoInputError } from '../../model/errors.ts';

/** The typed field access of the backup reader (read.ts) this needs. */
export interface PreservedFieldReader {
  string(o: Record<string, unknown>, key: string, parent: string): string;
  oneOf<T extends string>(
    o: Record<string, unknown>,
    key: string,
    parent: string,
    values: readonly T[],
  ): T;
  array(o: Record<string, unknown>, key: string, parent: string): unknown[];
  record(value: unknown, path: string): Record<string, unknown>;
  error(path: string, expected: string, found: unknown): VersoInputError;
}

const NAMES = ['xliff', 'file', 'group', 'unit'] as const;
const LISTS = ['head', 'matches', 'notes', 'data'] as const;

/** The `preserved` field of the segment at `path`, validated. */
export function readPreserved(
  value: unknown,
  path: string,
  read: PreservedFieldReader,
): PreservedXml {
  const o = read.record(value, path);
  read.oneOf(o, 'format', path, ['xliff2'] as const);
  return {
    format: 'xliff2',
    path: read.array(o, 'path', path).map((e, i) => readElement(e, `${path}.path[${i}]`, read)),
    segment: readAttributes(o, 'segment', path, read),
    comments: readStrings(o, 'comments', path, read),
    ...(o['noTarget'] === true ? { noTarget: true as const } : {}),
  };
}

function readElement(value: unknown, path: string, read: PreservedFieldReader): PreservedElement {
  const o = read.record(value, path);
  const element: PreservedElement = {
    key: read.string(o, 'key', path),
    name: read.oneOf(o, 'name', path, NAMES),
    attributes: readAttributes(o, 'attributes', path, read),
  };
  const lists: Partial<Record<(typeof LISTS)[number], string[]>> = {};
  for (const list of LISTS) {
    if (o[list] !== undefined) lists[list] = readStrings(o, list, path, read);
  }
  return { ...element, ...lists };
}

function readAttributes(
  o: Record<string, unknown>,
  key: string,
  parent: string,
  read: PreservedFieldReader,
): PreservedAttributes {
  return read.array(o, key, parent).map((pair, i) => {
    const at = `${parent}.${key}[${i}]`;
    if (!Array.isArray(pair) || pair.length !== 2 || !pair.every((p) => typeof p === 'string')) {
      throw read.error(at, 'a [name, value] pair of strings', pair);
    }
    return [pair[0] as string, pair[1] as string] as const;
  });
}

function readStrings(
  o: Record<string, unknown>,
  key: string,
  parent: string,
  read: PreservedFieldReader,
): string[] {
  return read.array(o, key, parent).map((v, i) => {
    if (typeof v !== 'string') throw read.error(`${parent}.${key}[${i}]`, 'a string', v);
    return v;
  });
}
