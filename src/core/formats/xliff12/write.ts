/**
 * XLIFF 1.2 export (OASIS XLIFF 1.2, 1 February 2008), valid against xliff-core-1.2-strict.xsd and
 * accepted back by Verso's importer (xliff12-import.ts).
 *
 * - One `<trans-unit xml:space="preserve">` per segment: `<source>` (the MT when the project has no
 *   source) and `<target>` with the final text. Ids: the segment's `externalId` when used once, else
 *   `u1`, `u2`….
 * - Status: `state="x-verso-<status>"` (XLIFF 1.2 allows `x-` values; the importer maps them back),
 *   and `approved="yes"` on approved units, which other tools understand.
 * - Comments: `<note from="author">`. The original MT: `<alt-trans origin="machine-translation">`
 *   (the importer does not read alternatives, so it stays out of the comments).
 * - Inline codes: with a native code (`InlineCode.original`) `<ph>` or `<bpt>`/`<ept>` holding it,
 *   without one `<x/>` or `<bx/>`/`<ex/>`; halves pair by id (a pair of which one half has a native
 *   code is written `<bpt>`/`<ept>`, the other half then reads back with ''). Placeholder numbers read
 *   back in order of appearance.
 * - Characters XML cannot contain are left out (see xml-text.ts).
 */
import type { InlineCode } from '../../model/inline-codes.ts';
import type { Segment } from '../../model/model.ts';
import { sourceOf, unitIds, type ExportInput } from '../../export/export-input.ts';
import { checkedInterchange } from '../common/interchange-checks.ts';
import { inlineParts, type InlinePart } from '../../model/inline-parts.ts';
import { attributes, xmlText } from '../../xml/escape.ts';

const XLIFF12_NS = 'urn:oasis:names:tc:xliff:document:1.2';

/** The project as an XLIFF 1.2 document. */
export function toXliff12(input: ExportInput): string {
  const { meta, segments } = input;
  const { source, target } = checkedInterchange(input, 'XLIFF 1.2');
  const ids = unitIds(segments, () => true);
  const file = attributes({
    original: meta.fileName,
    'source-language': source,
    'target-language': target,
    datatype: 'plaintext',
    'tool-id': 'verso',
  });
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<xliff version="1.2" xmlns="${XLIFF12_NS}">`,
    `<file${file}>`,
    '<header><tool tool-id="verso" tool-name="Verso"/></header>',
    '<body>',
  ];
  segments.forEach((segment, i) => out.push(transUnit(segment, ids[i]!, target)));
  out.push('</body>', '</file>', '</xliff>', '');
  return out.join('\n');
}

function transUnit(segment: Segment, id: string, targetLang: string): string {
  const codes = segment.codes ?? [];
  const unit = attributes({
    id,
    approved: segment.status === 'approved' ? 'yes' : undefined,
    'xml:space': 'preserve',
  });
  const lines = [
    `<trans-unit${unit}>`,
    `<source>${inline(inlineParts(sourceOf(segment), codes), codes)}</source>`,
    `<target${attributes({ state: `x-verso-${segment.status}` })}>${inline(inlineParts(segment.text, codes), codes)}</target>`,
    ...segment.comments.map(
      (c) => `<note${attributes({ from: c.author || undefined })}>${xmlText(c.text)}</note>`,
    ),
  ];
  if (segment.mt !== '') {
    lines.push(
      `<alt-trans origin="machine-translation"><target${attributes({ 'xml:lang': targetLang })}>${inline(inlineParts(segment.mt, codes), codes)}</target></alt-trans>`,
    );
  }
  lines.push('</trans-unit>');
  return lines.join('\n');
}

/**
 * Inline content: text and codes. Both halves of a pair are written in one family (`<bpt>`/`<ept>`
 * when either half has a native code, the other then holding '', else `<bx>`/`<ex>`), whatever the
 * text holds of them, since the importer pairs by family and id.
 */
function inline(parts: readonly InlinePart[], codes: readonly InlineCode[]): string {
  // Pairs with a native code on either half, found once (a search per code would be quadratic).
  const nativePairs = new Set(
    codes.filter((c) => c.kind !== 'standalone' && c.original !== undefined).map((c) => c.n),
  );
  let out = '';
  for (const part of parts) {
    if (part.kind === 'text') {
      out += xmlText(part.text);
      continue;
    }
    const { n, kind, original } = part.code;
    const id = attributes({ id: String(n) });
    if (kind === 'standalone') {
      out += original === undefined ? `<x${id}/>` : `<ph${id}>${xmlText(original)}</ph>`;
      continue;
    }
    if (!nativePairs.has(n)) out += kind === 'open' ? `<bx${id}/>` : `<ex${id}/>`;
    else {
      const name = kind === 'open' ? 'bpt' : 'ept';
      out += `<${name}${id}>${xmlText(original ?? '')}</${name}>`;
    }
  }
  return out;
}
