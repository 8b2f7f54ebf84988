/**
 * TMX 1.4b export (LISA Translation Memory eXchange), valid against tmx14.dtd and accepted back by
 * Verso's importer (tmx-import.ts).
 *
 * - One `<tu>` per segment (`tuid` = the segment's `externalId` when it has one, else `u1`, `u2`…) with
 *   two variants: the source (the MT when the project has no source) and the final text. A project
 *   without a source language has the MT as source, in the target language; TMX needs two languages,
 *   so the source variant is then tagged `<target>-x-mt` (a private-use subtag, RFC 5646 §2.2.7).
 * - Status: `<prop type="x-verso-status">`; the original MT: `<prop type="x-verso-mt">` (its
 *   placeholders as text: a property holds text only). Comments: `<note>`s of the unit.
 * - `changedate` = the segment's last change; `segtype` = paragraph or sentence (the project's mode).
 * - Inline codes: paired halves → `<bpt i x>`/`<ept i>`, a lone half → `<it pos x>`, standalone →
 *   `<ph x>`, each holding the native code (`InlineCode.original`). `x` is the placeholder number (TMX
 *   matches codes across variants by it), `i` pairs halves within the segment.
 * - `<seg>` content is data in TMX: white space is kept as is. Characters XML cannot contain are left
 *   out (see xml-text.ts).
 */
import type { InlineCode } from '../../model/inline-codes.ts';
import type { Segment } from '../../model/model.ts';
import { sourceOf, unitIds, type ExportInput } from '../../export/export-input.ts';
import { checkedInterchange } from '../common/interchange-checks.ts';
import { inlineParts, type InlinePart } from '../../model/inline-parts.ts';
import { attributes, xmlText } from '../../xml/escape.ts';

/** The project as a TMX 1.4b document. */
export function toTmx(input: ExportInput): string {
  const { meta, segments, now } = input;
  const languages = checkedInterchange(input, 'TMX 1.4b');
  const target = languages.target;
  const source =
    languages.source.toLowerCase() === target.toLowerCase() ? `${target}-x-mt` : languages.source;
  const header = attributes({
    creationtool: 'Verso',
    creationtoolversion: '1',
    segtype: meta.mode === 'sentence' ? 'sentence' : 'paragraph',
    'o-tmf': 'Verso',
    adminlang: 'en',
    srclang: source,
    datatype: 'plaintext',
    creationdate: tmxDate(now),
  });
  const ids = unitIds(segments, () => true);
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<!DOCTYPE tmx SYSTEM "tmx14.dtd">',
    '<tmx version="1.4">',
    `<header${header}/>`,
    '<body>',
  ];
  segments.forEach((segment, i) => out.push(tu(segment, ids[i]!, source, target)));
  out.push('</body>', '</tmx>', '');
  return out.join('\n');
}

function tu(segment: Segment, id: string, source: string, target: string): string {
  const codes = segment.codes ?? [];
  const lines = [
    `<tu${attributes({ tuid: id, changedate: tmxDate(segment.updatedAt) })}>`,
    `<prop type="x-verso-status">${segment.status}</prop>`,
  ];
  if (segment.mt !== '') lines.push(`<prop type="x-verso-mt">${xmlText(segment.mt)}</prop>`);
  for (const comment of segment.comments) lines.push(`<note>${xmlText(comment.text)}</note>`);
  lines.push(
    `<tuv${attributes({ 'xml:lang': source })}><seg>${tmxSegment(sourceOf(segment), codes)}</seg></tuv>`,
    `<tuv${attributes({ 'xml:lang': target })}><seg>${tmxSegment(segment.text, codes)}</seg></tuv>`,
    '</tu>',
  );
  return lines.join('\n');
}

/** TMX date: `YYYYMMDDThhmmssZ` (TMX 1.4b §3.2, ISO 8601 basic format, UTC). */
export function tmxDate(ms: number): string {
  return new Date(Number.isFinite(ms) ? ms : 0).toISOString().replace(/[-:]|\.\d{3}/g, '');
}

/** `<seg>` content of a text with placeholders: the text escaped, the codes as TMX inline elements. */
export function tmxSegment(text: string, codes: readonly InlineCode[]): string {
  return inline(inlineParts(text, codes));
}

/** Segment content: text and codes; `i` numbers the pairs of this segment. */
function inline(parts: readonly InlinePart[]): string {
  let out = '';
  let pairs = 0;
  const pairOf = new Map<number, number>();
  parts.forEach((part, index) => {
    if (part.kind === 'text') {
      out += xmlText(part.text);
      return;
    }
    const { n, kind, original = '' } = part.code;
    const native = xmlText(original);
    if (kind === 'standalone') out += `<ph x="${n}">${native}</ph>`;
    else if (!part.paired)
      out += `<it pos="${kind === 'open' ? 'begin' : 'end'}" x="${n}">${native}</it>`;
    else if (kind === 'open') {
      pairs += 1;
      pairOf.set(index, pairs);
      out += `<bpt i="${pairs}" x="${n}">${native}</bpt>`;
    } else out += `<ept i="${pairOf.get(part.partner!)}">${native}</ept>`;
  });
  return out;
}
