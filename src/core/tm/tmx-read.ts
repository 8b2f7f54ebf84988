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
import { decodeText, type Decoded } from '../text/decode.ts';
import type { UnitContext, UnitInput } from './model.ts';

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
const KNOWN = new Set([
  MT_PROPERTY,
  PROJECT_PROPERTY,
  PROJECT_ID_PROPERTY,
  ...CONTEXT_BEFORE,
  ...CONTEXT_AFTER,
]);

/**
 * Reads a TMX file's bytes as memory units: decoded as every import decodes (text/decode.ts), then
 * {@link readTmxMemory}.
 */
export function importTmxMemory(
  bytes: Uint8Array,
  fileName: string,
  options: TmxMemoryOptions,
): TmxMemoryImport {
  return readTmxMemory(decodeText(bytes, fileName), fileName, options);
}

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
    const meta = metadata(record, options);
    const mt = meta.mt ?? (mtKeyed ? pair.source : undefined);
    units.push({
      sourceLang,
      targetLang,
      ...(mtKeyed ? {} : { source: pair.source }),
      ...(mt === undefined ? {} : { mt }),
      target: pair.target,
      ...(pair.codes.length === 0 ? {} : { codes: pair.codes }),
      ...(pair.notes.length === 0 ? {} : { notes: pair.notes }),
      ...meta.fields,
    });
  }
  options.onProgress?.(records.length, records.length);
  return { sourceLang, targetLang, units, skipped: records.length - units.length };
}

/** A unit's dates, users, project, context and other properties (see the module comment). */
function metadata(
  record: TmxUnitRecord,
  options: TmxMemoryOptions,
): { mt: string | undefined; fields: Omit<UnitInput, 'sourceLang' | 'targetLang' | 'target'> } {
  const { attributes } = record;
  const created = parseTmxDate(attributes['creationdate']);
  const changed = parseTmxDate(attributes['changedate']);
  const uses = Number.parseInt(attributes['usagecount'] ?? '', 10);
  const prop = (types: ReadonlySet<string>) => record.props.find(([type]) => types.has(type))?.[1];
  const before = prop(CONTEXT_BEFORE);
  const after = prop(CONTEXT_AFTER);
  const context: UnitContext = {
    ...(before === undefined ? {} : { before }),
    ...(after === undefined ? {} : { after }),
  };
  const projectName = prop(new Set([PROJECT_PROPERTY])) ?? options.projectName;
  const projectId = prop(new Set([PROJECT_ID_PROPERTY])) ?? options.projectId;
  const author = attributes['creationid'];
  const changedBy = attributes['changeid'];
  const others = record.props.filter(([type]) => !KNOWN.has(type));
  return {
    mt: prop(new Set([MT_PROPERTY])),
    fields: {
      createdAt: created ?? changed ?? options.now,
      changedAt: changed ?? created ?? options.now,
      ...(Number.isFinite(uses) && uses > 0 ? { uses } : {}),
      ...(author === undefined ? {} : { author }),
      ...(changedBy === undefined ? {} : { changedBy }),
      ...(projectId === undefined ? {} : { projectId }),
      ...(projectName === undefined ? {} : { projectName }),
      ...(before === undefined && after === undefined ? {} : { context }),
      ...(others.length === 0 ? {} : { props: others }),
    },
  };
}

/** A TMX date (`YYYYMMDDThhmmssZ`, TMX 1.4b §3.2) in ms since the epoch; undefined if it is not one. */
export function parseTmxDate(value: string | undefined): number | undefined {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(value?.trim() ?? '');
  if (!m) return undefined;
  const [, y, mo, d, h, mi, s] = m.map(Number) as [number, ...number[]];
  const ms = Date.UTC(y!, mo! - 1, d, h, mi, s);
  return Number.isFinite(ms) ? ms : undefined;
}
