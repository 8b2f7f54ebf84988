/**
 * TMX 1.4b into translation-memory units (issue 16, deliverable 1), through the project importer's
 * parser and checks (formats/tmx/read.ts: streamed unit by unit, strict, language pair chosen the
 * same way). Kept from each `<tu>`:
 *
 * - dates and users: `creationdate` → createdAt, `changedate` → changedAt (either stands for the
 *   other when one is missing, the import time when both are), `creationid` → author, `changeid` →
 *   changedBy, `usagecount` → uses;
 * - Verso's properties: `x-verso-mt` → the MT, `x-verso-project`/`x-verso-project-id` → the project;
 *   the neighbours for context matches from `x-context-pre`/`x-context-post` (the properties tm/
 *   tmx-write.ts writes; `prev`/`next`, OmegaT's names for the same, are read too); any other
 *   property as is (written back on export); notes;
 * - a source variant tagged `<target>-x-mt` (Verso's TMX of a project without a source, see
 *   formats/tmx/write.ts) is an MT: the unit is keyed by its MT and has no source. Such units are
 *   read alongside those of the chosen source language.
 */
import { formatLanguageTag } from '../formats/common/bcp47.ts';
import { readTmxRecords, type TmxImportOptions, type TmxUnitRecord } from '../formats/tmx/read.ts';
import { VersoInputError } from '../model/errors.ts';
import { decodeText, type Decoded } from '../text/decode.ts';
import type { UnitInput } from './model.ts';

/** What the memory import needs besides the file: the time, and a project to credit units to. */
export interface TmxMemoryOptions extends TmxImportOptions {
  /** The import time: the date of units that have none. */
  readonly now: number;
  readonly projectId?: string;
  readonly projectName?: string;
}

/** The units of a TMX file, in the language pair chosen. */
export interface TmxMemoryImport {
  /** The source language; `und` when every unit is keyed by its MT. */
  readonly sourceLang: string;
  readonly targetLang: string;
  readonly units: readonly UnitInput[];
  /** Units of the file that lack the source or the target language. */
  readonly skipped: number;
}

/** Properties with a meaning for the memory; other properties are kept as they are. */
const MT_PROPERTY = 'x-verso-mt';
const PROJECT_PROPERTY = 'x-verso-project';
const PROJECT_ID_PROPERTY = 'x-verso-project-id';
/** The neighbours' key texts, as tmx-write.ts writes them. */
export const CONTEXT_BEFORE_PROPERTY = 'x-context-pre';
export const CONTEXT_AFTER_PROPERTY = 'x-context-post';
const CONTEXT_BEFORE = new Set([CONTEXT_BEFORE_PROPERTY, 'prev']);
const CONTEXT_AFTER = new Set([CONTEXT_AFTER_PROPERTY, 'next']);

/**
 * Reads a TMX file's bytes as memory units: decoded as every import decodes (text/decode.ts), then
 * {@link readTmxMemory}.
 *
 * @throws VersoInputError `errors.tmTooLarge` {file, size, limit} over {@link MAX_TMX_MEMORY_BYTES},
 *   decoding errors, and those of {@link readTmxMemory}
 */
export function importTmxMemory(
  bytes: Uint8Array,
  fileName: string,
  options: TmxMemoryOptions,
): TmxMemoryImport {
  if (bytes.length > MAX_TMX_MEMORY_BYTES) {
    throw new VersoInputError(
      'errors.tmTooLarge',
      { file: fileName, size: bytes.length, limit: MAX_TMX_MEMORY_BYTES },
      `${fileName} is ${bytes.length} bytes; a translation memory imports TMX files of up to ${MAX_TMX_MEMORY_BYTES} bytes (256 MiB). Split the file and import the parts.`,
    );
  }
  return readTmxMemory(decodeText(bytes, fileName, { checkSize: false }), fileName, options);
}

/**
 * Largest TMX file a memory imports (256 MiB). Larger than a project's file (model/limits.ts): a
 * memory of 100,000 units exported by a CAT tool is 50–100 MB. The text of a larger one would come
 * near the longest string V8 makes (2²⁹ characters).
 */
export const MAX_TMX_MEMORY_BYTES = 256 * 1024 * 1024;

/**
 * Reads a decoded TMX file as memory units.
 *
 * @throws VersoInputError every error of the project import (formats/tmx/read.ts): XML and TMX rules
 *   with line:column, `errors.tmxLanguages`, `errors.cancelled`
 */
export function readTmxMemory(
  decoded: Decoded,
  fileName: string,
  options: TmxMemoryOptions,
): TmxMemoryImport {
  const { source, target, records, unit: pairOf } = readTmxRecords(decoded, fileName, options);
  const mtLanguage = `${target}-x-mt`;
  const sourceLang = source === mtLanguage ? 'und' : formatLanguageTag(source);
  const targetLang = formatLanguageTag(target);
  const units: UnitInput[] = [];
  for (const record of records) {
    // A memory keeps units keyed by source and by MT side by side, and so does its TMX.
    const mtKeyed = source === mtLanguage || !record.variants.has(source);
    const pair = mtKeyed ? pairOf(record, mtLanguage) : pairOf(record);
    if (!pair) continue;
    const unit = unitOf(record, options);
    unit.sourceLang = sourceLang;
    unit.targetLang = targetLang;
    unit.target = pair.target;
    if (mtKeyed) unit.mt ??= pair.source;
    else unit.source = pair.source;
    if (pair.codes.length > 0) unit.codes = pair.codes;
    if (pair.notes.length > 0) unit.notes = pair.notes;
    units.push(unit);
  }
  options.onProgress?.(records.length, records.length);
  return { sourceLang, targetLang, units, skipped: records.length - units.length };
}

/** What is being built: a unit whose fields are set one by one (no spreads: 100,000 units). */
type Building = { -readonly [K in keyof UnitInput]: UnitInput[K] };

/**
 * A unit's dates, users, MT, project, context and other properties (see the module comment); the
 * languages and texts are the caller's to set.
 */
function unitOf(record: TmxUnitRecord, options: TmxMemoryOptions): Building {
  const { attributes } = record;
  const created = parseTmxDate(attributes['creationdate']);
  const changed = parseTmxDate(attributes['changedate']);
  const unit: Building = {
    sourceLang: '',
    targetLang: '',
    target: '',
    createdAt: created ?? changed ?? options.now,
    changedAt: changed ?? created ?? options.now,
  };
  const uses = Number.parseInt(attributes['usagecount'] ?? '', 10);
  if (Number.isFinite(uses) && uses > 0) unit.uses = uses;
  const author = attributes['creationid'];
  if (author !== undefined) unit.author = author;
  const changedBy = attributes['changeid'];
  if (changedBy !== undefined) unit.changedBy = changedBy;
  // One pass over the properties, the first of each kind winning.
  let before: string | undefined;
  let after: string | undefined;
  let others: (readonly [string, string])[] | undefined;
  for (const prop of record.props) {
    const [type, value] = prop;
    if (type === MT_PROPERTY) unit.mt ??= value;
    else if (type === PROJECT_PROPERTY) unit.projectName ??= value;
    else if (type === PROJECT_ID_PROPERTY) unit.projectId ??= value;
    else if (CONTEXT_BEFORE.has(type)) before ??= value;
    else if (CONTEXT_AFTER.has(type)) after ??= value;
    else (others ??= []).push(prop);
  }
  if (unit.projectName === undefined && options.projectName !== undefined)
    unit.projectName = options.projectName;
  if (unit.projectId === undefined && options.projectId !== undefined)
    unit.projectId = options.projectId;
  if (before !== undefined || after !== undefined) {
    const context: { before?: string; after?: string } = {};
    if (before !== undefined) context.before = before;
    if (after !== undefined) context.after = after;
    unit.context = context;
  }
  if (others) unit.props = others;
  return unit;
}

/** A TMX date (`YYYYMMDDThhmmssZ`, TMX 1.4b §3.2) in ms since the epoch; undefined if it is not one. */
export function parseTmxDate(value: string | undefined): number | undefined {
  // By hand rather than by a regular expression: two dates per unit, 100,000 units.
  const v = value?.trim() ?? '';
  if (v.length !== 16 || v[8] !== 'T' || v[15] !== 'Z') return undefined;
  const part = (from: number, to: number): number => {
    let n = 0;
    for (let i = from; i < to; i++) {
      const digit = v.charCodeAt(i) - 0x30;
      if (digit < 0 || digit > 9) return NaN;
      n = n * 10 + digit;
    }
    return n;
  };
  const ms = Date.UTC(
    part(0, 4),
    part(4, 6) - 1,
    part(6, 8),
    part(9, 11),
    part(11, 13),
    part(13, 15),
  );
  return Number.isFinite(ms) ? ms : undefined;
}
