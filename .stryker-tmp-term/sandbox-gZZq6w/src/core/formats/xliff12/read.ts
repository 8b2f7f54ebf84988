/**
 * XLIFF 1.2 import (OASIS Standard, 1 February 2008; namespace urn:oasis:names:tc:xliff:document:1.2).
 *
 * Mapping to a BilingualDocument:
 * - One BilingualUnit per `<trans-unit>` (id = its id); when the unit is segmented with `<seg-source>`
 *   (`<mrk mtype="seg" mid>`) and its target carries the same segments, one per segment
 *   (id = `unitId/mid`); text between segments is appended to the segment before it. A target that is
 *   not segmented like its seg-source keeps the unit whole. `<alt-trans>` proposals are not read.
 * - With several `<file>` elements, ids are `original/id` (ids are unique per file only).
 * - Status from the target's `state`: final → approved, signed-off → reviewed, new, translated and
 *   needs-* → new; `x-verso-<status>` (Verso's exports) → that status. Without a state,
 *   `approved="yes"` → approved.
 * - `<note>`s of the unit → notes. Inline codes → placeholders (xliff12/xliff12-inline.ts).
 *
 * Refused, with the position: a missing required attribute (version, original, source-language,
 * datatype, id, pos, mtype), a missing or repeated `<source>`, a `<trans-unit>` id used twice in a
 * file, an unknown state, unknown XLIFF elements, files with different languages.
 */
// @ts-nocheck

import type { BilingualDocument, BilingualUnit } from '../common/bilingual.ts';
import { readingBytes, type BytesReader } from '../common/bytes-reader.ts';
import type { Decoded } from '../../text/decode.ts';
import { SEGMENT_STATUSES, type SegmentStatus } from '../../model/model.ts';
import type { LineIndex } from '../../xml/xml-position.ts';
import { parseXmlText } from '../../xml/xml-parse.ts';
import {
  attr,
  childElements,
  textContent,
  type XmlElement,
  type XmlNode,
} from '../../xml/xml-tree.ts';
import { formatLanguageTag, isWellFormedLanguageTag, sameLanguageTag } from '../common/bcp47.ts';
import { formatError } from '../common/format-error.ts';
import {
  ProgressCounter,
  countStartTags,
  throwIfCancelled,
  type ImportOptions,
} from '../common/import-options.ts';
import { CodeTable, InlineBuilder, type Side } from '../common/inline-builder.ts';
import { appendXliff12Content, type Xliff12Fail } from './xliff12-inline.ts';

export const XLIFF12_NS = 'urn:oasis:names:tc:xliff:document:1.2';

/** Target states of XLIFF 1.2 (§state) and the Verso status each means. */
const STATES: Readonly<Record<string, SegmentStatus>> = {
  final: 'approved',
  'signed-off': 'reviewed',
  translated: 'new',
  new: 'new',
  'needs-translation': 'new',
  'needs-l10n': 'new',
  'needs-adaptation': 'new',
  'needs-review-translation': 'new',
  'needs-review-l10n': 'new',
  'needs-review-adaptation': 'new',
};

/** Children a `<body>` or `<group>` may have besides units and groups (xliff-core-1.2-strict.xsd). */
const GROUP_EXTRAS = new Set(['context-group', 'count-group', 'prop-group', 'note']);
/** Children of `<trans-unit>` Verso does not read. */
const UNIT_EXTRAS = new Set(['context-group', 'count-group', 'prop-group', 'alt-trans']);

/** Imports an XLIFF 1.2 file from its bytes (see readingBytes, readXliff12). */
export const importXliff12: BytesReader<ImportOptions> = readingBytes(readXliff12);

/**
 * Imports an XLIFF 1.2 file, already decoded.
 *
 * @throws VersoInputError decoding and XML errors (see parseXml), `errors.xliffInvalid` with the
 *   rule and line:column, `errors.cancelled`.
 */
export function readXliff12(
  decoded: Decoded,
  fileName: string,
  options: ImportOptions = {},
): BilingualDocument {
  const progress = new ProgressCounter(countStartTags(decoded.text, 'trans-unit'), options);
  const { root, lines } = parseXmlText(decoded.text, fileName, decoded.encoding, {
    ...(options.signal ? { signal: options.signal } : {}),
    onClose: (element) => {
      if (element.local === 'trans-unit') progress.step();
      return false;
    },
  });
  const fail = failure(fileName, lines);
  const ns = root.uri;
  if (root.local !== 'xliff' || (ns !== XLIFF12_NS && ns !== '')) {
    fail(root, 'xliff', `the root element must be <xliff> in ${XLIFF12_NS}`);
  }
  if (attr(root, 'version') !== '1.2') {
    fail(
      root,
      'version',
      `<xliff> must have version="1.2" (found ${JSON.stringify(attr(root, 'version') ?? null)})`,
    );
  }
  const files = childElements(root);
  if (files.length === 0) fail(root, 'xliff', '<xliff> must contain <file>');
  const [first, ...others] = files.map((file) => checkFile(file, ns, fail));
  const { source: sourceLang, target: targetLang } = first!;
  others.forEach(({ source, target }, i) => {
    if (sameLanguageTag(source, sourceLang) && sameLanguageTag(target ?? '', targetLang ?? ''))
      return;
    fail(
      files[i + 1]!,
      'file',
      `all <file>s must have one language pair (${sourceLang} → ${targetLang ?? '?'}); this one has ${source} → ${target ?? '?'}`,
    );
  });
  const units = files.map((file) => fileUnits(file, ns, fail));
  const out: BilingualUnit[] = [];
  units.forEach((fileUnitList, i) => {
    const prefix = files.length > 1 ? `${attr(files[i]!, 'original')}/` : '';
    for (const unit of fileUnitList) {
      throwIfCancelled(options.signal);
      out.push(...readUnit(unit, ns, prefix, fail));
    }
  });
  progress.finish();
  return {
    format: 'xliff12',
    sourceLang: formatLanguageTag(sourceLang),
    targetLang: targetLang === undefined ? '' : formatLanguageTag(targetLang),
    units: out,
  };
}

function failure(fileName: string, lines: LineIndex): Xliff12Fail {
  return (element, section, message) => {
    throw formatError(
      'errors.xliffInvalid',
      'not valid XLIFF 1.2',
      fileName,
      lines.positionOf(element.offset),
      `XLIFF 1.2 §${section}`,
      message,
    );
  };
}

/** A `<file>`'s required attributes; returns its languages. */
function checkFile(
  file: XmlElement,
  ns: string,
  fail: Xliff12Fail,
): { source: string; target: string | undefined } {
  if (file.uri !== ns || file.local !== 'file') {
    fail(file, 'xliff', `<xliff> cannot contain <${file.name}>`);
  }
  for (const name of ['original', 'source-language', 'datatype']) {
    if (attr(file, name) === undefined)
      fail(file, 'file', `<file> must have the attribute '${name}'`);
  }
  return {
    source: checkLanguage(file, 'source-language', fail) ?? '',
    target: checkLanguage(file, 'target-language', fail),
  };
}

function checkLanguage(file: XmlElement, name: string, fail: Xliff12Fail): string | undefined {
  const value = attr(file, name);
  if (value !== undefined && !isWellFormedLanguageTag(value)) {
    fail(file, name, `${name}="${value}" must be a well-formed BCP 47 language tag`);
  }
  return value;
}

/** The trans-units of a file in document order; checks the body's structure and unit id uniqueness. */
function fileUnits(file: XmlElement, ns: string, fail: Xliff12Fail): XmlElement[] {
  const parts = childElements(file).filter((c) => c.uri === ns);
  const body = parts.find((c) => c.local === 'body');
  if (!body) fail(file, 'file', '<file> must contain <body>');
  const units: XmlElement[] = [];
  const ids = new Set<string>();
  const walk = (container: XmlElement): void => {
    for (const child of childElements(container)) {
      if (child.uri !== ns) continue; // extension elements (##other) are allowed and not read
      if (child.local === 'group') walk(child);
      else if (child.local === 'trans-unit' || child.local === 'bin-unit') {
        const id = attr(child, 'id');
        if (id === undefined)
          fail(child, child.local, `<${child.name}> must have the attribute 'id'`);
        if (ids.has(id))
          fail(
            child,
            'id',
            `the id "${id}" is used by two units of file "${attr(file, 'original')}"`,
          );
        ids.add(id);
        if (child.local === 'trans-unit') units.push(child);
      } else if (!GROUP_EXTRAS.has(child.local)) {
        fail(child, container.local, `<${container.name}> cannot contain <${child.name}>`);
      }
    }
  };
  walk(body);
  return units;
}

/** The BilingualUnits of one trans-unit (one, or one per segment). */
function readUnit(
  unit: XmlElement,
  ns: string,
  prefix: string,
  fail: Xliff12Fail,
): BilingualUnit[] {
  const parts = new Map<string, XmlElement[]>();
  for (const child of childElements(unit)) {
    if (child.uri !== ns || UNIT_EXTRAS.has(child.local)) continue;
    if (!['source', 'seg-source', 'target', 'note'].includes(child.local)) {
      fail(child, 'trans-unit', `<trans-unit> cannot contain <${child.name}>`);
    }
    parts.set(child.local, [...(parts.get(child.local) ?? []), child]);
  }
  const source = parts.get('source')?.[0];
  if (!source) fail(unit, 'trans-unit', '<trans-unit> must contain <source>');
  for (const name of ['source', 'seg-source', 'target']) {
    const second = parts.get(name)?.[1];
    if (second) fail(second, 'trans-unit', `<trans-unit> can contain only one <${name}>`);
  }
  const target = parts.get('target')?.[0];
  const id = prefix + (attr(unit, 'id') ?? '');
  const status = statusOf(unit, target, fail);
  const notes = (parts.get('note') ?? []).map((n) => textContent(n));
  const segSource = parts.get('seg-source')?.[0];
  const segments = segSource ? segmentsOf(segSource, target, ns) : undefined;
  if (!segments) return [bilingualUnit(id, source, target, status, notes, ns, fail)];
  return segments.map((s, i) =>
    bilingualUnit(`${id}/${s.mid}`, s.source, s.target, status, i === 0 ? notes : [], ns, fail),
  );
}

/** One segment of a segmented unit: its source and target content as stand-in content elements. */
interface Segment {
  readonly mid: string;
  readonly source: XmlElement;
  readonly target: XmlElement | undefined;
}

/**
 * The segments of a `<seg-source>` paired with the target's segments of the same mid, or `undefined`
 * when the target is not segmented the same way (the unit is then read whole from `<source>`).
 */
function segmentsOf(
  segSource: XmlElement,
  target: XmlElement | undefined,
  ns: string,
): Segment[] | undefined {
  const sources = segmentContents(segSource, ns);
  if (sources.size === 0) return undefined;
  const targets = target ? segmentContents(target, ns) : new Map<string, XmlElement>();
  if (
    target &&
    (targets.size !== sources.size || [...sources.keys()].some((mid) => !targets.has(mid)))
  ) {
    return undefined;
  }
  return [...sources].map(([mid, source]) => ({ mid, source, target: targets.get(mid) }));
}

/**
 * Each top-level `<mrk mtype="seg">` of a content element, by mid, as a content element of its own:
 * the marker's children, then the text and codes up to the next marker (those before the first marker
 * go to the first segment).
 */
function segmentContents(content: XmlElement, ns: string): Map<string, XmlElement> {
  const segments: { mid: string; children: XmlNode[] }[] = [];
  let leading: XmlNode[] = [];
  for (const child of content.children) {
    if (
      child.kind === 'element' &&
      child.uri === ns &&
      child.local === 'mrk' &&
      attr(child, 'mtype') === 'seg'
    ) {
      segments.push({
        mid: attr(child, 'mid') ?? String(segments.length + 1),
        children: [...leading, ...child.children],
      });
      leading = [];
    } else if (segments.length === 0) leading.push(child);
    else segments[segments.length - 1]!.children.push(child);
  }
  return new Map(
    segments.map((s) => [s.mid, { ...content, attributes: [], children: s.children }]),
  );
}

function bilingualUnit(
  id: string,
  source: XmlElement,
  target: XmlElement | undefined,
  status: SegmentStatus | undefined,
  notes: readonly string[],
  ns: string,
  fail: Xliff12Fail,
): BilingualUnit {
  const table = new CodeTable();
  const side = (content: XmlElement, which: Side): string => {
    const builder = new InlineBuilder(table, which);
    appendXliff12Content(builder, content, ns, fail);
    return builder.toString();
  };
  return {
    id,
    source: side(source, 'source'),
    target: target ? side(target, 'target') : '',
    ...(status === undefined ? {} : { status }),
    notes,
    codes: table.codes,
  };
}

function statusOf(
  unit: XmlElement,
  target: XmlElement | undefined,
  fail: Xliff12Fail,
): SegmentStatus | undefined {
  const state = target && attr(target, 'state');
  if (state === undefined) return attr(unit, 'approved') === 'yes' ? 'approved' : undefined;
  const verso = state.startsWith('x-verso-') ? state.slice('x-verso-'.length) : undefined;
  if (verso !== undefined && (SEGMENT_STATUSES as readonly string[]).includes(verso))
    return verso as SegmentStatus;
  if (state.startsWith('x-')) return 'new';
  const status = STATES[state];
  if (status === undefined) {
    fail(
      target!,
      'state',
      `state="${state}" is not an XLIFF 1.2 state (new, translated, final, signed-off, needs-…) or an x- value`,
    );
  }
  return status;
}
