/**
 * XLIFF 1.2 inline content (XLIFF 1.2 §2.4 Inline Elements) → Verso text with placeholders:
 * `<g>` and `<mrk>` an open/close pair around their content; `<x/>`, `<ph>` standalone; `<bx/>`/`<ex/>`
 * and `<bpt>`/`<ept>` open and close codes (paired by `rid`, else by `id`); `<it>` an open or close code
 * by its `pos`. The native code inside `<bpt>`, `<ept>`, `<ph>`, `<it>` (with any `<sub>` text) is kept
 * as the code's `original`.
 */
// @ts-nocheck

import { endTag, serializeElement, startTag } from '../../xml/xml-serialize.ts';
import { attr, textContent, type XmlElement } from '../../xml/xml-tree.ts';
import type { InlineCodeKind } from '../../model/inline-codes.ts';
import type { InlineBuilder } from '../common/inline-builder.ts';

/** Attributes each inline element must have (xliff-core-1.2-strict.xsd). */
const REQUIRED: Readonly<Record<string, readonly string[]>> = {
  g: ['id'],
  x: ['id'],
  bx: ['id'],
  ex: ['id'],
  bpt: ['id'],
  ept: ['id'],
  ph: ['id'],
  it: ['id', 'pos'],
  mrk: ['mtype'],
};

/** Reports a broken rule at an element (the importer's error factory). */
export type Xliff12Fail = (element: XmlElement, section: string, message: string) => never;

/**
 * Appends the content of a `<source>`, `<target>` or `<mrk>` to `builder`.
 *
 * @param ns the document's XLIFF 1.2 namespace
 */
export function appendXliff12Content(
  builder: InlineBuilder,
  content: XmlElement,
  ns: string,
  fail: Xliff12Fail,
): void {
  for (const child of content.children) {
    if (child.kind === 'text') {
      builder.append(child.text);
      continue;
    }
    const required = child.uri === ns ? REQUIRED[child.local] : undefined;
    if (!required) fail(child, content.local, `<${content.name}> cannot contain <${child.name}>`);
    for (const name of required) {
      if (attr(child, name) === undefined)
        fail(child, child.local, `<${child.name}> must have the attribute '${name}'`);
    }
    appendCode(builder, child, ns, fail);
  }
}

/**
 * The codes other than `<g>` and `<mrk>`: the family whose key pairs them (`<ex>` closes a `<bx>`,
 * `<ept>` a `<bpt>`), their kind (`<it>`: by its `pos`), and whether their content is native code.
 */
const CODES: Readonly<
  Record<
    string,
    { readonly family: string; readonly kind?: InlineCodeKind; readonly native: boolean }
  >
> = {
  x: { family: 'x', kind: 'standalone', native: false },
  ph: { family: 'ph', kind: 'standalone', native: true },
  bx: { family: 'bx', kind: 'open', native: false },
  ex: { family: 'bx', kind: 'close', native: false },
  bpt: { family: 'bpt', kind: 'open', native: true },
  ept: { family: 'bpt', kind: 'close', native: true },
  it: { family: 'it', native: true },
};

function appendCode(
  builder: InlineBuilder,
  element: XmlElement,
  ns: string,
  fail: Xliff12Fail,
): void {
  const id = attr(element, 'id') ?? attr(element, 'mid');
  const base = { element: element.local, ...(id === undefined ? {} : { id }) };
  if (element.local === 'g' || element.local === 'mrk') {
    // A <mrk> without mid has no identity in the file: its offset pairs its halves, and only them.
    const key = id === undefined ? `mrk#${element.offset}` : `${element.local}:${id}`;
    builder.code({ ...base, key, kind: 'open', data: startTag(element) });
    appendXliff12Content(builder, element, ns, fail);
    builder.code({ ...base, key, kind: 'close', data: endTag(element) });
    return;
  }
  const code = CODES[element.local]!;
  builder.code({
    ...base,
    // Begin and end codes pair by rid when they have one (XLIFF 1.2 §rid), else by id.
    key: `${code.family}:${attr(element, 'rid') ?? id}`,
    kind: code.kind ?? isolatedKind(element, fail),
    data: serializeElement(element),
    ...(code.native ? { original: textContent(element) } : {}),
  });
}

/** An `<it>` is the open or the close half of a pair whose other half is outside the segment. */
function isolatedKind(element: XmlElement, fail: Xliff12Fail): InlineCodeKind {
  const pos = attr(element, 'pos');
  if (pos === 'open' || pos === 'close') return pos;
  return fail(element, 'it', `pos="${pos}" on <it> must be open or close`);
}
