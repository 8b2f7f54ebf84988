/**
 * Bilingual TSV/CSV import: columns source, target and an optional note, one unit per row, as
 * spreadsheets and MT tools export them. An empty target is allowed (not yet translated).
 *
 * A first row that names the columns is a header, not a unit: `source, target[, note]` (or src/tgt,
 * translation, mt, comment…), or two language codes such as `zh-CN, en`, which become the document's
 * languages.
 */
// @ts-nocheck

import type { BilingualDocument, BilingualUnit } from '../common/bilingual.ts';
import { readingBytes, type BytesReader } from '../common/bytes-reader.ts';
import type { Decoded } from '../../text/decode.ts';
import { VersoInputError } from '../../model/errors.ts';
import { formatLanguageTag, isWellFormedLanguageTag, sameLanguageTag } from '../common/bcp47.ts';
import { parseDelimited, type DelimitedRecord } from './delimited-records.ts';
import { ProgressCounter, type ImportOptions } from '../common/import-options.ts';

export interface DelimitedImportOptions extends ImportOptions {
  /** Field separator; by default a tab, or for `.csv` a comma (a semicolon when the first line has only those). */
  readonly delimiter?: string;
}

const SOURCE_NAMES = new Set(['source', 'src', 'source text', 'original', 'source language']);
const TARGET_NAMES = new Set([
  'target',
  'tgt',
  'target text',
  'translation',
  'mt',
  'target language',
]);
const NOTE_NAMES = new Set(['note', 'notes', 'comment', 'comments', '']);
/** A plain language code as people write one in a header (`en`, `zh-CN`, `zh-Hant-TW`, `es-419`). */
const LANGUAGE_CODE = /^[a-z]{2,3}(?:-[a-z]{4})?(?:-(?:[a-z]{2}|\d{3}))?$/i;

/** Imports a TSV or CSV file from its bytes (see readingBytes, readDelimited). */
export const importDelimited: BytesReader<DelimitedImportOptions> = readingBytes(readDelimited);

/**
 * Imports a TSV or CSV file, already decoded.
 *
 * @throws VersoInputError any decodeText error, `errors.delimitedQuote` {file, line, column},
 *   `errors.delimitedColumns` {file, line, expected, found}, `errors.cancelled`
 */
export function readDelimited(
  decoded: Decoded,
  fileName: string,
  options: DelimitedImportOptions = {},
): BilingualDocument {
  const delimiter = options.delimiter ?? defaultDelimiter(decoded.text, fileName);
  const records = parseDelimited(decoded.text, delimiter, fileName);
  const first = records[0];
  const header = first && readHeader(first.fields);
  const expected = first?.fields.length ?? 2;
  const rows = header ? records.slice(1) : records;
  const progress = new ProgressCounter(rows.length, options);
  const units: BilingualUnit[] = [];
  for (const record of rows) {
    progress.step();
    units.push(unitOf(record, expected, fileName));
  }
  progress.finish();
  return {
    format: delimiter === '\t' ? 'tsv' : 'csv',
    sourceLang: header?.sourceLang ?? '',
    targetLang: header?.targetLang ?? '',
    units,
  };
}

function defaultDelimiter(text: string, fileName: string): string {
  if (!/\.csv$/i.test(fileName)) return '\t';
  const firstLine = text.slice(0, text.search(/\r|\n|$/));
  return !firstLine.includes(',') && firstLine.includes(';') ? ';' : ',';
}

/** The header's languages, or `undefined` when the first row is data. */
function readHeader(
  fields: readonly string[],
): { sourceLang: string; targetLang: string } | undefined {
  const [a = '', b = '', note] = fields.map((f) => f.trim());
  if (fields.length < 2 || fields.length > 3) return undefined;
  if (note !== undefined && !NOTE_NAMES.has(note.toLowerCase())) return undefined;
  if (SOURCE_NAMES.has(a.toLowerCase()) && TARGET_NAMES.has(b.toLowerCase())) {
    return { sourceLang: '', targetLang: '' };
  }
  const isCode = (code: string) => LANGUAGE_CODE.test(code) && isWellFormedLanguageTag(code);
  if (isCode(a) && isCode(b) && !sameLanguageTag(a, b)) {
    return { sourceLang: formatLanguageTag(a), targetLang: formatLanguageTag(b) };
  }
  return undefined;
}

function unitOf(record: DelimitedRecord, expected: number, fileName: string): BilingualUnit {
  const { fields, line } = record;
  const allowed = expected === 2 || expected === 3 ? expected : expected < 2 ? 2 : 3;
  if (fields.length !== allowed) {
    throw new VersoInputError(
      'errors.delimitedColumns',
      { file: fileName, line, expected: allowed, found: fields.length },
      `${fileName}:${line}: this row has ${fields.length} column${fields.length === 1 ? '' : 's'}, but ${allowed} are expected (source, target${allowed === 3 ? ', note' : ''}; as many as the first row).`,
    );
  }
  const [source = '', target = '', note = ''] = fields;
  return { source, target, notes: note.trim() === '' ? [] : [note], codes: [] };
}
