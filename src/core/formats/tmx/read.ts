/**
 * TMX 1.4b import (LISA Translation Memory eXchange; TMX 1.1–1.3 files read alike: `lang` for
 * `xml:lang`). Units are read as the parser finishes each `<tu>`, so progress and cancellation work
 * while a large file is being parsed.
 *
 * Mapping to a BilingualDocument:
 * - The language pair: see tmx/tmx-languages.ts (`sourceLang`/`targetLang` options pick one among
 *   several); units that lack the source or the target variant are skipped, as the LISA compliance kit
 *   expects (ImportTest1J_many).
 * - id = `tuid`; notes = the `<note>`s of the unit, then of its source and target variants; status =
 *   `<prop type="x-verso-status">` (Verso's exports) on the unit or its target variant.
 * - Segment text is kept exactly, white space included (TMX 1.4b: `<seg>` content is data; the LISA
 *   kit's ImportTest1A checks tabs and spaces survive).
 * - Inline codes → placeholders (tmx/tmx-inline.ts).
 */
import type { BilingualDocument, BilingualUnit } from '../common/bilingual.ts';
import { readingBytes, type BytesReader } from '../common/bytes-reader.ts';
import type { Decoded } from '../../text/decode.ts';
import { SEGMENT_STATUSES, type SegmentStatus } from '../../model/model.ts';
import { LineIndex } from '../../xml/xml-position.ts';
import { parseXmlText } from '../../xml/xml-parse.ts';
import { XML_NS, attr, childElements, textContent, type XmlElement } from '../../xml/xml-tree.ts';
import { formatLanguageTag, isWellFormedLanguageTag } from '../common/bcp47.ts';
import { formatError } from '../common/format-error.ts';
import {
  ProgressCounter,
  countStartTags,
  throwIfCancelled,
  type ImportOptions,
} from '../common/import-options.ts';
import { CodeTable, InlineBuilder, type Side } from '../common/inline-builder.ts';
import { appendSegment, type TmxFail } from './tmx-inline.ts';
import { chooseLanguages, type LanguagePair } from './tmx-languages.ts';

/** Import options of TMX: progress, cancellation and the language pair to pick. */
export type TmxImportOptions = ImportOptions & LanguagePair;

/**
 * A `<tuv>` as read: its segment (converted once the language pair is known), notes and status. A
 * segment of text alone (most of them) is kept as its text, so that a large file's parsed segments
 * need not stay in memory until the end.
 */
interface VariantRecord {
  readonly seg: XmlElement | string;
  readonly notes: readonly string[];
  readonly status: SegmentStatus | undefined;
}

/**
 * A `<tu>` as read while parsing: just what the import needs, so that the parsed tree of the unit can
 * go (a 20,000-unit memory would otherwise be held twice). Variants are by lower-cased language, the
 * first variant of each language.
 */
export interface TmxUnitRecord {
  /** 1-based position of the unit in the file (errors name it). */
  readonly n: number;
  readonly tuid: string | undefined;
  readonly notes: readonly string[];
  readonly status: SegmentStatus | undefined;
  readonly variants: ReadonlyMap<string, VariantRecord>;
  readonly languages: readonly string[];
  readonly srclang?: string;
  /** The unit's attributes (`creationdate`, `creationid`, `changedate`, `usagecount`…) by name. */
  readonly attributes: Readonly<Record<string, string>>;
  /** The unit's `<prop>`s as [type, text], in order. */
  readonly props: readonly (readonly [string, string])[];
}

/** The units of a TMX file and the language pair chosen for them (see {@link readTmxRecords}). */
export interface TmxRecords {
  readonly source: string;
  readonly target: string;
  readonly records: readonly TmxUnitRecord[];
  /**
   * Converts one record's pair of variants (see {@link bilingualUnit}), or with another source
   * language (lower case); undefined when it lacks either.
   */
  readonly unit: (record: TmxUnitRecord, sourceLanguage?: string) => BilingualUnit | undefined;
}

/** The property Verso's TMX export writes a segment's status to. */
const STATUS_PROPERTY = 'x-verso-status';

/** Imports a TMX file from its bytes (see readingBytes, readTmx). */
export const importTmx: BytesReader<TmxImportOptions> = readingBytes(readTmx);

/**
 * Imports a TMX file, already decoded.
 *
 * @throws VersoInputError decoding and XML errors (see parseXml), `errors.tmxInvalid` with the rule and
 *   line:column, `errors.tmxLanguages` when the language pair cannot be chosen, `errors.cancelled`.
 */
export function readTmx(
  decoded: Decoded,
  fileName: string,
  options: TmxImportOptions = {},
): BilingualDocument {
  const { source, target, records, unit: toUnit } = readTmxRecords(decoded, fileName, options);
  const units: BilingualUnit[] = [];
  for (const record of records) {
    throwIfCancelled(options.signal);
    const unit = toUnit(record);
    if (unit) units.push(unit);
  }
  return {
    format: 'tmx',
    sourceLang: formatLanguageTag(source),
    targetLang: formatLanguageTag(target),
    units,
  };
}

/**
 * Parses and checks a TMX file and chooses its language pair, keeping each `<tu>` as a record that
 * {@link TmxRecords.unit} converts: what the project import ({@link readTmx}) and the translation
 * memory's import (tm/tmx-read.ts) share. Reports progress while parsing, not at the end.
 *
 * @throws VersoInputError as {@link readTmx}
 */
export function readTmxRecords(
  decoded: Decoded,
  fileName: string,
  options: TmxImportOptions = {},
): TmxRecords {
  const fail = failure(fileName, new LineIndex(decoded.text));
  const records: TmxUnitRecord[] = [];
  const progress = new ProgressCounter(countStartTags(decoded.text, 'tu'), options);
  const { root } = parseXmlText(decoded.text, fileName, decoded.encoding, {
    ...(options.signal ? { signal: options.signal } : {}),
    onClose: (element, depth, parent) => {
      if (element.local !== 'tu' || depth !== 2 || parent?.local !== 'body') return false;
      records.push(readUnit(element, fail, records.length + 1));
      progress.step();
      return true; // the record keeps what the import needs; the tree need not keep the unit
    },
  });
  const header = checkDocument(root, fail);
  const { source, target } = chooseLanguages(fileName, records, attr(header, 'srclang'), options);
  progress.finish();
  return {
    source,
    target,
    records,
    unit: (record, sourceLanguage = source) =>
      bilingualUnit(record, sourceLanguage, target, fail, fileName),
  };
}

function failure(fileName: string, lines: LineIndex): TmxFail {
  return (element, section, message) => {
    throw formatError(
      'errors.tmxInvalid',
      'not valid TMX',
      fileName,
      lines.positionOf(element.offset),
      `TMX 1.4b §${section}`,
      message,
    );
  };
}

/** `<tmx version>` with `<header>` then `<body>` (whose units were taken out while parsing). */
function checkDocument(root: XmlElement, fail: TmxFail): XmlElement {
  if (root.local !== 'tmx' || root.uri !== '')
    fail(root, 'tmx', `the root element must be <tmx>, not <${root.name}>`);
  if (!/^1\.[1-4]b?$/.test(attr(root, 'version') ?? '')) {
    fail(
      root,
      'tmx',
      `<tmx> must have version 1.1 to 1.4 (found ${JSON.stringify(attr(root, 'version') ?? null)})`,
    );
  }
  const [header, body, extra] = childElements(root);
  if (header?.local !== 'header') fail(header ?? root, 'tmx', '<tmx> must start with <header>');
  if (body?.local !== 'body') fail(body ?? root, 'tmx', '<tmx> must contain <body> after <header>');
  if (extra) fail(extra, 'tmx', `<tmx> cannot contain <${extra.name}> after <body>`);
  const stray = childElements(body)[0];
  if (stray) fail(stray, 'body', `<body> can contain only <tu>, not <${stray.name}>`);
  return header;
}

/** Checks a `<tu>` (TMX 1.4b: `(note|prop)*, tuv+`) and keeps what the import needs of it. */
function readUnit(tu: XmlElement, fail: TmxFail, n: number): TmxUnitRecord {
  const variants = new Map<string, VariantRecord>();
  const languages: string[] = [];
  const notes: string[] = [];
  const props: [string, string][] = [];
  let status: SegmentStatus | undefined;
  for (const child of childElements(tu)) {
    if (child.local === 'note') notes.push(textContent(child));
    else if (child.local === 'prop') {
      status ??= statusOf(child);
      props.push([attr(child, 'type') ?? '', textContent(child)]);
    } else if (child.local !== 'tuv') fail(child, 'tu', `<tu> cannot contain <${child.name}>`);
    else {
      const language = languageOf(child, fail);
      languages.push(language);
      if (!variants.has(language)) variants.set(language, readVariant(child, fail));
    }
  }
  if (languages.length === 0) fail(tu, 'tu', '<tu> must contain at least one <tuv>');
  const srclang = attr(tu, 'srclang');
  const attributes: Record<string, string> = {};
  for (const a of tu.attributes) if (a.uri === '') attributes[a.local] = a.value;
  return {
    n,
    tuid: attr(tu, 'tuid'),
    notes,
    status,
    variants,
    languages,
    ...(srclang === undefined ? {} : { srclang }),
    attributes,
    props,
  };
}

/** The lower-cased language of a `<tuv>` (`xml:lang`, or `lang` in TMX 1.1). */
function languageOf(tuv: XmlElement, fail: TmxFail): string {
  const language = attr(tuv, 'lang', XML_NS) ?? attr(tuv, 'lang');
  if (language === undefined) fail(tuv, 'tuv', '<tuv> must have xml:lang (or lang, in TMX 1.1)');
  if (!isWellFormedLanguageTag(language)) {
    fail(tuv, 'tuv', `xml:lang="${language}" is not a well-formed language tag`);
  }
  return language.toLowerCase();
}

/** A `<tuv>`: `(note|prop)*, seg`. */
function readVariant(tuv: XmlElement, fail: TmxFail): VariantRecord {
  const notes: string[] = [];
  let status: SegmentStatus | undefined;
  const segs: XmlElement[] = [];
  for (const child of childElements(tuv)) {
    if (child.local === 'seg') segs.push(child);
    else if (child.local === 'note') notes.push(textContent(child));
    else if (child.local === 'prop') status ??= statusOf(child);
  }
  const [seg] = segs;
  if (!seg || segs.length > 1) {
    fail(tuv, 'tuv', `<tuv> must contain exactly one <seg> (found ${segs.length})`);
  }
  const plain = seg.children.every((child) => child.kind === 'text');
  return { seg: plain ? textContent(seg) : seg, notes, status };
}

/** The unit in the chosen pair, or `undefined` when it lacks either language. */
function bilingualUnit(
  record: TmxUnitRecord,
  source: string,
  target: string,
  fail: TmxFail,
  file: string,
): BilingualUnit | undefined {
  const sourceVariant = record.variants.get(source);
  const targetVariant = record.variants.get(target);
  if (!sourceVariant || !targetVariant) return undefined;
  // A table only for segments with codes (few): 100,000 units are read at once.
  let table: CodeTable | undefined;
  const side = ({ seg }: VariantRecord, which: Side): string => {
    if (typeof seg === 'string') return seg;
    const builder = new InlineBuilder((table ??= new CodeTable({ file, n: record.n })), which);
    appendSegment(builder, seg, fail);
    return builder.toString();
  };
  const sourceText = side(sourceVariant, 'source');
  const targetText = side(targetVariant, 'target');
  const status = record.status ?? targetVariant.status;
  return {
    ...(record.tuid === undefined ? {} : { id: record.tuid }),
    source: sourceText,
    target: targetText,
    ...(status === undefined ? {} : { status }),
    notes: [...record.notes, ...sourceVariant.notes, ...targetVariant.notes],
    codes: table?.codes ?? [],
  };
}

/** The status a `<prop type="x-verso-status">` gives, if it is one. */
function statusOf(prop: XmlElement): SegmentStatus | undefined {
  if (attr(prop, 'type') !== STATUS_PROPERTY) return undefined;
  const value = textContent(prop).trim();
  return (SEGMENT_STATUSES as readonly string[]).includes(value)
    ? (value as SegmentStatus)
    : undefined;
}
