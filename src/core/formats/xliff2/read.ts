/**
 * XLIFF 2.0 / 2.1 / 2.2 import (OASIS; namespaces urn:oasis:names:tc:xliff:document:2.0 and …:2.2).
 * The file is validated in full — schema and the specification's constraints, see xliff2/ — before
 * anything is read, so a file Verso accepts is one other XLIFF 2 tools accept too.
 *
 * Mapping to a BilingualDocument:
 * - One BilingualUnit per `<segment>`. Its id is the unit id when the unit has one segment, otherwise
 *   `unitId/segmentId` (the segment's 1-based position when it has no id); with several `<file>`s
 *   the file id comes first: `fileId/unitId…` (XLIFF ids are NMTOKENs, so "/" cannot be part of one).
 * - `<ignorable>` content (white space between sentences, mostly) is appended to the segment before it,
 *   or prepended to the first segment when none comes before, so nothing is lost: source to source,
 *   target (or, when an ignorable has none, its source) to target — only when the segment has a target.
 * - Targets are paired with their own segment's source; `order` (display order of targets) is
 *   validated but does not change the pairing.
 * - Status: `state` initial and translated → new, reviewed → reviewed, final → approved; a `subState`
 *   `verso:<status>` (Verso's own exports) gives the Verso status exactly.
 * - Notes: the unit's `<note>`s on its first segment, and comment annotations (`<mrk type="comment"
 *   value="…">`) on their segment.
 * - ITS Localization Quality Issue markers of a target (issue 15): issues of the unit (`issues`, with
 *   offsets in the target text), not codes; see xliff2-its.ts.
 * - Inline codes: placeholders, see xliff2/xliff2-inline.ts.
 * - What Verso does not edit — modules, extensions, notes, attributes and ids of files, groups, units
 *   and segments — is kept with each segment (`preserved`, see xliff2-preserve.ts) for the writer.
 */
import type { BilingualDocument, BilingualUnit } from '../common/bilingual.ts';
import { readingBytes, type BytesReader } from '../common/bytes-reader.ts';
import type { Decoded } from '../../text/decode.ts';
import { SEGMENT_STATUSES, type SegmentStatus } from '../../model/model.ts';
import { parseXmlText, type XmlDocument } from '../../xml/xml-parse.ts';
import { attr, childElements, textContent, type XmlElement } from '../../xml/xml-tree.ts';
import { formatLanguageTag } from '../common/bcp47.ts';
import {
  ProgressCounter,
  countStartTags,
  throwIfCancelled,
  type ImportOptions,
} from '../common/import-options.ts';
import { codeTables, type CodeTable, InlineBuilder } from '../common/inline-builder.ts';
import {
  MDA_NS,
  XLIFF20_NS,
  XLIFF22_NS,
  xliff2Error,
  type Xliff2Context,
} from './xliff2-context.ts';
import { coreElements } from './xliff2-elements.ts';
import { appendContent } from './xliff2-inline.ts';
import { IssueCollector } from './xliff2-its.ts';
import { inlineElements, type UnitPart, type UnitView } from './xliff2-unit.ts';
import { validateXliff2 } from './xliff2-validate.ts';
import { PreservedPaths, unitPaths } from './xliff2-preserve.ts';
import type { PreservedXml } from '../../model/preserved.ts';

/** `version` values each core namespace admits (2.2 keeps 2.0 and 2.1 for compatibility). */
const VERSIONS: Readonly<Record<string, readonly string[]>> = {
  [XLIFF20_NS]: ['2.0', '2.1'],
  [XLIFF22_NS]: ['2.0', '2.1', '2.2'],
};

/** True when an element is the root of an XLIFF 2 document (by its namespace). */
export function isXliff2Root(uri: string): boolean {
  return uri === XLIFF20_NS || uri === XLIFF22_NS;
}

/** Imports an XLIFF 2 file from its bytes (see readingBytes, readXliff2). */
export const importXliff2: BytesReader<ImportOptions> = readingBytes(readXliff2);

/**
 * Imports an XLIFF 2 file, already decoded.
 *
 * @throws VersoInputError decoding and XML errors (see parseXml), `errors.xliffInvalid` naming the
 *   rule and line:column, `errors.cancelled`.
 */
export function readXliff2(
  decoded: Decoded,
  fileName: string,
  options: ImportOptions = {},
): BilingualDocument {
  const progress = new ProgressCounter(countStartTags(decoded.text, 'segment'), options);
  const document = parseXmlText(decoded.text, fileName, decoded.encoding, {
    ...(options.signal ? { signal: options.signal } : {}),
    onClose: (element) => {
      if (element.local === 'segment') progress.step();
      return false;
    },
  });
  const doc = xliff2Document(document, fileName, options);
  progress.finish();
  return doc;
}

function xliff2Document(
  document: XmlDocument,
  fileName: string,
  options: ImportOptions,
): BilingualDocument {
  const { root, lines } = document;
  const version = attr(root, 'version') ?? '';
  const context: Xliff2Context = { file: fileName, lines, ns: root.uri, version: '2' };
  if (root.local !== 'xliff' || !isXliff2Root(root.uri)) {
    throw xliff2Error(
      context,
      root,
      'xliff',
      `the root element must be <xliff> in ${XLIFF20_NS} or ${XLIFF22_NS}`,
    );
  }
  if (!VERSIONS[root.uri]!.includes(version)) {
    throw xliff2Error(
      context,
      root,
      'version',
      `version="${version}" is not one of ${VERSIONS[root.uri]!.join(', ')} for ${root.uri}`,
    );
  }
  const versioned: Xliff2Context = { ...context, version };
  const views: UnitView[] = [];
  validateXliff2(versioned, root, coreElements(root.uri === XLIFF22_NS, MDA_NS), (view) => {
    throwIfCancelled(options.signal);
    views.push(view);
  });
  const severalFiles = childElements(root).filter((c) => c.local === 'file').length > 1;
  const paths = unitPaths(versioned, root);
  const preserved = new PreservedPaths();
  const units: BilingualUnit[] = [];
  const newTable = codeTables(fileName);
  for (const view of views) {
    throwIfCancelled(options.signal);
    const path = paths.get(view.element) ?? [];
    units.push(
      ...unitsOf(view, severalFiles ? `${view.fileId}/` : '', newTable, (segment, comments) =>
        preserved.preserve(path, segment.element, comments, segment.target !== undefined),
      ),
    );
  }
  const trgLang = attr(root, 'trgLang');
  return {
    format: 'xliff2',
    sourceLang: formatLanguageTag(attr(root, 'srcLang') ?? ''),
    targetLang: trgLang === undefined ? '' : formatLanguageTag(trgLang),
    units,
  };
}

/**
 * The segments of a unit, each with the ignorables that follow it (or precede the first), and what it
 * keeps of the file (`preserve`).
 */
function unitsOf(
  view: UnitView,
  prefix: string,
  newTable: () => CodeTable,
  preserve: (segment: UnitPart, comments: readonly string[]) => PreservedXml,
): BilingualUnit[] {
  const groups: UnitPart[][] = [];
  let leading: UnitPart[] = [];
  for (const part of view.parts) {
    if (part.segment) {
      groups.push([...leading, part]);
      leading = [];
    } else if (groups.length === 0) leading.push(part);
    else groups[groups.length - 1]!.push(part);
  }
  const segmentCount = groups.length;
  return groups.map((parts, i) => {
    const segment = parts.find((p) => p.segment)!;
    const segmentId = attr(segment.element, 'id') ?? String(i + 1);
    const table = newTable();
    const source = new InlineBuilder(table);
    const target = new InlineBuilder(table, 'target');
    const issues = new IssueCollector(view.element);
    for (const part of parts) {
      appendContent(source, part.source, view);
      if (segment.target) appendContent(target, part.target ?? part.source, view, issues);
    }
    const found = issues.finish(target.length);
    const notes = [
      ...(i === 0 ? view.notes.map((n) => textContent(n)) : []),
      ...commentValues(segment),
    ];
    return {
      id: prefix + (segmentCount === 1 ? view.id : `${view.id}/${segmentId}`),
      source: source.toString(),
      target: target.toString(),
      status: statusOf(segment.element),
      notes,
      codes: table.codes,
      preserved: preserve(segment, notes),
      ...(found.length > 0 ? { issues: found } : {}),
    };
  });
}

/** The values of the segment's comment annotations (`<mrk type="comment" value="…">`). */
function commentValues(part: UnitPart): string[] {
  const markers = [part.source, ...(part.target ? [part.target] : [])].flatMap(inlineElements);
  return markers.flatMap((m: XmlElement) => {
    const value = attr(m, 'value');
    return attr(m, 'type') === 'comment' && value !== undefined ? [value] : [];
  });
}

const STATES: Readonly<Record<string, SegmentStatus>> = {
  initial: 'new',
  translated: 'new',
  reviewed: 'reviewed',
  final: 'approved',
};

function statusOf(segment: XmlElement): SegmentStatus {
  const subState = attr(segment, 'subState');
  const verso = subState?.startsWith('verso:') ? subState.slice('verso:'.length) : undefined;
  if (verso !== undefined && (SEGMENT_STATUSES as readonly string[]).includes(verso)) {
    return verso as SegmentStatus;
  }
  return STATES[attr(segment, 'state') ?? 'initial'] ?? 'new';
}
