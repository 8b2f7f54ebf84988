/**
 * XLIFF 2.1 export (OASIS XLIFF Version 2.1, core namespace urn:oasis:names:tc:xliff:document:2.0),
 * valid against xliff_core_2.0.xsd and accepted back by Verso's importer (xliff2-import.ts).
 *
 * - One `<unit>` per segment, with one `<segment id="s1">`: the source (the MT when the project has no
 *   source) and the final text as `<target>`. Unit ids: the segment's `externalId` when it is an NMTOKEN
 *   used once, else `u1`, `u2`…; a non-NMTOKEN external id is kept as the unit's `name`.
 * - Status: `state` initial / translated / reviewed / final (new, rejected and excluded → initial,
 *   edited → translated, reviewed → reviewed, approved → final) and `subState="verso:<status>"`, which
 *   the importer maps back exactly.
 * - Comments: `<notes><note category="comment">`.
 * - The original MT: a Translation Candidates module match (`<mtc:match type="mt" ref="#s1">`, XLIFF
 *   2.1 §5.2), not a note: the importer reads every note as a comment, but not module content, so the
 *   MT does not come back as a comment. The module schema (matches.xsd) validates it as well.
 * - Inline codes: standalone → `<ph>`, paired → `<sc>`/`<ec startRef>` (always valid, however the
 *   reviewer ordered them), a half without its partner → isolated `<sc>`/`<ec>`; the native code
 *   (`InlineCode.original`) goes to `<originalData>` with `dataRef`, characters XML cannot carry as
 *   `<cp hex>` there. Placeholder numbers read back in order of appearance.
 * - `xml:space="preserve"` on `<file>`: leading, trailing and repeated white space are content.
 * - Characters XML cannot contain are left out of text (see xml-text.ts).
 * - Segments imported from XLIFF 2 go back into their own file, groups and unit with everything Verso
 *   does not edit (modules, extensions, notes, ids, attributes) and their codes in their own markup
 *   (xliff2-kept-unit.ts, issue 11 item 2); the others are written as above, in a file of their own.
 * - Quality-assessment errors (issue 15): ITS Localization Quality Issue markers on the target
 *   (xliff2-its.ts), with the ITS and Verso namespaces and `its:version` on `<xliff>`.
 * - Refused (VersoInputError, see interchange-checks.ts): an undetermined language, a placeholder that
 *   is none of the segment's codes.
 */
import type { InlineCode } from '../../model/inline-codes.ts';
import type { Segment, SegmentStatus } from '../../model/model.ts';
import { isAsciiNmtoken, sourceOf, unitIds, type ExportInput } from '../../export/export-input.ts';
import { inlineParts, type InlinePart } from '../../model/inline-parts.ts';
import type { PreservedElement } from '../../model/preserved.ts';
import { attributes, xmlSafe, xmlText } from '../../xml/escape.ts';
import { checkedInterchange } from '../common/interchange-checks.ts';
import { keptStart, keptUnit, written, type RowWriter } from './xliff2-kept-unit.ts';
import type { UnitIds } from './xliff2-kept-codes.ts';
import {
  annotatedParts,
  annotateTarget,
  ITS_ROOT_ATTRIBUTES,
  markerXml,
  nestedMarkers,
} from './xliff2-its.ts';
import { errorsBySegment } from '../../lqa/error.ts';

const XLIFF2_NS = 'urn:oasis:names:tc:xliff:document:2.0';
const MTC_NS = 'urn:oasis:names:tc:xliff:matches:2.0';

/** XLIFF 2 `state` of each Verso status (the exact status rides in `subState`). */
const STATES: Readonly<Record<SegmentStatus, string>> = {
  new: 'initial',
  edited: 'translated',
  reviewed: 'reviewed',
  approved: 'final',
  rejected: 'initial',
  excluded: 'initial',
};

/** The project as an XLIFF 2.1 document. */
export function toXliff2(input: ExportInput): string {
  const { meta, segments } = input;
  const { source, target } = checkedInterchange(input, 'XLIFF 2.1');
  const blocks = layout(segments);
  const generic = blocks.flatMap((b) => (b.kind === 'generic' ? [b.segment] : []));
  const ids = unitIds(generic, isAsciiNmtoken);
  const first = segments.find((s) => s.preserved)?.preserved?.path[0];
  const kept = first?.name === 'xliff' ? first.attributes : [];
  const issues = issueWriter(input);
  // The annotations' namespaces and ITS version, unless the file's own root declares them already.
  const its = issues ? ITS_ROOT_ATTRIBUTES.filter(([name]) => !kept.some(([k]) => k === name)) : [];
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<xliff xmlns="${XLIFF2_NS}" xmlns:mtc="${MTC_NS}"${written(its)}${attributes({ version: '2.1', srcLang: source, trgLang: target })}${written(kept)}>`,
  ];
  const keptFiles = new Set(blocks.flatMap((b) => (b.kind === 'kept' ? [b.path[0]!.key] : [])));
  let genericFile = 'f1';
  for (let k = 2; keptFiles.has(genericFile); k++) genericFile = `f${k}`;
  const open: PreservedElement[] = [];
  let genericOpen = false;
  let g = 0;
  const close = (depth: number) => {
    while (open.length > depth) out.push(`</${open.pop()!.name}>`);
  };
  for (const block of blocks) {
    if (block.kind === 'generic') {
      close(0);
      if (!genericOpen) {
        out.push(
          `<file${attributes({ id: genericFile, original: meta.fileName, 'xml:space': 'preserve' })}>`,
        );
        genericOpen = true;
      }
      out.push(unit(block.segment, ids[g++]!, issues));
      continue;
    }
    if (genericOpen) {
      out.push('</file>');
      genericOpen = false;
    }
    const containers = block.path.slice(0, -1);
    let same = 0;
    while (same < open.length && open[same]!.key === containers[same]?.key) same++;
    close(same);
    for (const element of containers.slice(same)) {
      out.push(keptStart(element), ...(element.head ?? []));
      open.push(element);
    }
    const languages = { source, target };
    const writer: RowWriter = {
      ...rowWriter,
      languages,
      ...(issues ? { annotate: (row, unitIds) => issues.keptTarget(row, unitIds) } : {}),
    };
    out.push(keptUnit(block.rows[0]!.preserved!.path, block.rows, writer));
  }
  close(0);
  if (genericOpen) out.push('</file>');
  out.push('</xliff>', '');
  return out.join('\n');
}

/** A run of the document: one segment of its own, or the rows of a unit kept from an XLIFF 2 file. */
type Block =
  | { readonly kind: 'generic'; readonly segment: Segment }
  | {
      readonly kind: 'kept';
      /** File, groups and unit (the root left out). */
      readonly path: readonly PreservedElement[];
      readonly rows: Segment[];
    };

/**
 * Segments in blocks: consecutive segments of one kept unit together; a segment without kept markup
 * right after a kept unit (a piece split off it) joins that unit; any other is a block of its own.
 */
function layout(segments: readonly Segment[]): Block[] {
  const blocks: Block[] = [];
  for (const segment of segments) {
    const last = blocks[blocks.length - 1];
    const path = segment.preserved?.path.filter((e) => e.name !== 'xliff');
    const unitKey = path?.[path.length - 1]?.key;
    if (last?.kind === 'kept' && (!path || last.path[last.path.length - 1]!.key === unitKey)) {
      last.rows.push(segment);
    } else if (path && path.length >= 2 && path[path.length - 1]!.name === 'unit') {
      blocks.push({ kind: 'kept', path, rows: [segment] });
    } else blocks.push({ kind: 'generic', segment });
  }
  return blocks;
}

const rowWriter: Omit<RowWriter, 'languages'> = {
  mtMatch(segment, segmentId) {
    if (segment.mt === '') return [];
    const codes = segment.codes ?? [];
    const sourceParts = inlineParts(sourceOf(segment), codes);
    const mt = inlineParts(segment.mt, codes);
    return [
      `<mtc:match${attributes({ ref: `#${segmentId}`, type: 'mt' })}>`,
      ...originalData([sourceParts, mt]),
      `<source>${inline(sourceParts, fileMarkers(sourceParts))}</source>`,
      `<target>${inline(mt, fileMarkers(mt))}</target>`,
      '</mtc:match>',
    ];
  },
  state: (segment) => ({ state: STATES[segment.status], subState: `verso:${segment.status}` }),
};

/** Writes the quality-assessment errors of segments as ITS annotations (xliff2-its.ts). */
interface IssueWriter {
  /** The target's parts with its errors as marker codes, and how to write each marker. */
  genericTarget(segment: Segment): { parts: InlinePart[]; markers: ReadonlyMap<number, boolean> };
  /** A kept row's target text and codes with its errors as `<mrk>` codes (ids fresh in the unit). */
  keptTarget(row: Segment, ids: UnitIds): { text: string; codes: readonly InlineCode[] };
}

/** The writer of the export's errors, or `undefined` when it has none. */
function issueWriter(input: ExportInput): IssueWriter | undefined {
  const lqa = input.lqa;
  if (!lqa || lqa.errors.length === 0) return undefined;
  const bySegment = errorsBySegment(lqa.errors);
  const { scorecard } = lqa;
  return {
    genericTarget(segment) {
      let k = 0;
      const annotated = annotateTarget(
        segment.text,
        segment.codes ?? [],
        bySegment.get(segment.id) ?? [],
        { scorecard, freshId: () => `lqi${++k}` },
      );
      const parts = annotatedParts(annotated);
      const nested = nestedMarkers(parts, annotated.markers);
      return {
        parts,
        markers: new Map([...annotated.markers].map((n) => [n, nested.has(n)])),
      };
    },
    keptTarget(row, ids) {
      let k = 0;
      const freshId = () => {
        let id = `lqi${++k}`;
        while (ids.has(id)) id = `lqi${++k}`;
        ids.take(id);
        return id;
      };
      const errors = bySegment.get(row.id) ?? [];
      return annotateTarget(row.text, row.codes ?? [], errors, { scorecard, freshId });
    },
  };
}

function unit(segment: Segment, id: string, issues: IssueWriter | undefined): string {
  const codes = segment.codes ?? [];
  const external = segment.externalId;
  const name = external !== undefined && external !== id ? external : undefined;
  const sourceParts = inlineParts(sourceOf(segment), codes);
  const source = `<source>${inline(sourceParts, fileMarkers(sourceParts))}</source>`;
  const lines = [`<unit${attributes({ id, name })}>`];
  const match = rowWriter.mtMatch(segment, 's1');
  if (match.length > 0) lines.push('<mtc:matches>', ...match, '</mtc:matches>');
  if (segment.comments.length > 0) {
    lines.push(
      '<notes>',
      ...segment.comments.map((c) => `<note category="comment">${xmlText(c.text)}</note>`),
      '</notes>',
    );
  }
  const annotated = issues?.genericTarget(segment);
  const target = annotated?.parts ?? inlineParts(segment.text, codes);
  lines.push(
    ...originalData([sourceParts, target]),
    `<segment${attributes({ id: 's1', state: STATES[segment.status], subState: `verso:${segment.status}` })}>`,
    source,
    `<target>${inline(target, new Map([...fileMarkers(target), ...(annotated?.markers ?? [])]))}</target>`,
    '</segment>',
    '</unit>',
  );
  return lines.join('\n');
}

/**
 * The file's own annotations (`<mrk>`, e.g. `type="term"`) among `parts`, to be written back as
 * annotations — `<mrk>` where they nest, `<sm>`/`<em>` where an edit made them cross — not as the
 * `<sc>`/`<ec>` of formatting codes (issue 11 item 2).
 */
function fileMarkers(parts: readonly InlinePart[]): Map<number, boolean> {
  const mrk = new Set(
    parts.flatMap((p) =>
      p.kind === 'code' && p.code.element === 'mrk' && p.code.id !== undefined ? [p.code.n] : [],
    ),
  );
  const nested = nestedMarkers(parts, mrk);
  return new Map([...mrk].map((n) => [n, nested.has(n)]));
}

/** `<originalData>` with the native code of every code the texts use that has one; none if none. */
function originalData(texts: readonly (readonly InlinePart[])[]): string[] {
  const used = new Map<string, string>();
  for (const parts of texts) {
    for (const part of parts) {
      if (part.kind === 'code' && part.code.original !== undefined) {
        used.set(dataId(part.code), part.code.original);
      }
    }
  }
  if (used.size === 0) return [];
  const data = [...used].map(
    ([id, original]) => `<data id="${id}">${dataContent(original)}</data>`,
  );
  return ['<originalData>', ...data, '</originalData>'];
}

function dataId(code: InlineCode): string {
  return code.kind === 'close' ? `d${code.n}e` : `d${code.n}`;
}

/** Native code for `<data>`: characters XML cannot carry as `<cp hex>` (XLIFF 2.1 §4.3.1.4). */
function dataContent(original: string): string {
  let out = '';
  for (const char of original) {
    if (xmlSafe(char) === char) out += xmlText(char);
    else out += `<cp hex="${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}"/>`;
  }
  return out;
}

/**
 * Inline content: text and codes; codes numbered in `markers` are quality-issue markers, written as
 * `<mrk>` (true) or `<sm>`/`<em>` (false).
 */
function inline(parts: readonly InlinePart[], markers?: ReadonlyMap<number, boolean>): string {
  let out = '';
  for (const part of parts) {
    if (part.kind === 'text') {
      out += xmlText(part.text);
      continue;
    }
    const nested = markers?.get(part.code.n);
    if (nested !== undefined) {
      out += markerXml(part.code, nested);
      continue;
    }
    const { code, paired, repeat } = part;
    const dataRef = code.original === undefined ? undefined : dataId(code);
    const id = (base: string, k: number) => (k === 0 ? base : `${base}_${k + 1}`);
    if (code.kind === 'standalone') {
      out += `<ph${attributes({ id: id(String(code.n), repeat), dataRef })}/>`;
    } else if (code.kind === 'open') {
      out += `<sc${attributes({ id: id(String(code.n), repeat), isolated: paired ? undefined : 'yes', dataRef })}/>`;
    } else if (paired) {
      const open = parts[part.partner!] as Extract<InlinePart, { kind: 'code' }>;
      out += `<ec${attributes({ startRef: id(String(code.n), open.repeat), dataRef })}/>`;
    } else {
      out += `<ec${attributes({ id: id(`e${code.n}`, repeat), isolated: 'yes', dataRef })}/>`;
    }
  }
  return out;
}
