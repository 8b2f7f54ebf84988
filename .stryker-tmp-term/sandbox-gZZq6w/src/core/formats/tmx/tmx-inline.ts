/**
 * TMX 1.4b segment content (§3.6 Inline elements) → Verso text with placeholders. `<bpt>`/`<ept>` are
 * open/close codes paired by `i`; `<it>` an open (pos="begin") or close (pos="end") code; `<ph>` and
 * `<ut>` standalone codes; `<hi>` an open/close pair around its (translatable) text. The native code in
 * a `<bpt>`, `<ept>`, `<it>`, `<ph>` or `<ut>` — `{\b `, `&lt;b>` — is the code's `original`, the text
 * of any `<sub>` included (a `<sub>` is translatable text inside a code, e.g. an ALT text). The `x`
 * attribute, which TMX uses to match codes across the variants of a unit, gives source and target the
 * same placeholder number.
 */
// @ts-nocheck

import { endTag, serializeElement, startTag } from '../../xml/xml-serialize.ts';
import { attr, textContent, type XmlElement } from '../../xml/xml-tree.ts';
import type { InlineBuilder } from '../common/inline-builder.ts';

/** Reports a broken rule at an element (the importer's error factory). */
export type TmxFail = (element: XmlElement, section: string, message: string) => never;

/** Elements allowed in `<seg>` and `<hi>` (and `<sub>`, which Verso keeps inside its code). */
const SEGMENT_CONTENT = new Set(['bpt', 'ept', 'it', 'ph', 'hi', 'ut']);

/**
 * Appends a `<seg>` to `builder`; checks that every `<bpt>` has its `<ept>` in the same segment and
 * that required attributes are there.
 */
export function appendSegment(builder: InlineBuilder, seg: XmlElement, fail: TmxFail): void {
  const open = new Map<string, { key: string; element: XmlElement }>();
  appendChildren(builder, seg, open, fail);
  for (const [i, { element }] of open) {
    fail(element, 'bpt', `<bpt i="${i}"> has no <ept i="${i}"> after it in the same <seg>`);
  }
}

function appendChildren(
  builder: InlineBuilder,
  parent: XmlElement,
  open: Map<string, { key: string; element: XmlElement }>,
  fail: TmxFail,
): void {
  for (const child of parent.children) {
    if (child.kind === 'text') {
      builder.append(child.text);
      continue;
    }
    if (child.uri !== '' || !SEGMENT_CONTENT.has(child.local)) {
      fail(child, parent.local, `<${parent.name}> cannot contain <${child.name}>`);
    }
    appendCode(builder, child, open, fail);
  }
}

function appendCode(
  builder: InlineBuilder,
  element: XmlElement,
  open: Map<string, { key: string; element: XmlElement }>,
  fail: TmxFail,
): void {
  const x = attr(element, 'x');
  const base = { element: element.local, ...(x === undefined ? {} : { id: x }) };
  const code = { data: serializeElement(element), original: textContent(element) };
  const matched = (name: string) => (x === undefined ? {} : { key: `${name}:${x}` });
  switch (element.local) {
    case 'bpt': {
      const i = required(element, 'i', fail);
      if (open.has(i)) fail(element, 'bpt', `two <bpt i="${i}"> in one <seg>`);
      const key = x === undefined ? `bpt#${i}` : `bpt:${x}`;
      open.set(i, { key, element });
      builder.code({ ...base, ...code, key, kind: 'open' });
      return;
    }
    case 'ept': {
      const i = required(element, 'i', fail);
      const start = open.get(i);
      if (!start)
        fail(element, 'ept', `<ept i="${i}"> has no <bpt i="${i}"> before it in the same <seg>`);
      open.delete(i);
      builder.code({ ...base, ...code, key: start.key, kind: 'close' });
      return;
    }
    case 'it': {
      const pos = required(element, 'pos', fail);
      if (pos !== 'begin' && pos !== 'end')
        fail(element, 'it', `pos="${pos}" on <it> must be begin or end`);
      builder.code({
        ...base,
        ...code,
        ...matched('it'),
        kind: pos === 'begin' ? 'open' : 'close',
      });
      return;
    }
    case 'ph':
    case 'ut':
      builder.code({ ...base, ...code, ...matched(element.local), kind: 'standalone' });
      return;
    case 'hi': {
      // <hi> marks text (a term, a proper name); its content stays translatable text.
      // Without x, the element's own offset keeps the pair together and apart from any other.
      const key = x === undefined ? `hi#${element.offset}` : `hi:${x}`;
      builder.code({ ...base, key, kind: 'open', data: startTag(element), original: '' });
      appendChildren(builder, element, open, fail);
      builder.code({ ...base, key, kind: 'close', data: endTag(element), original: '' });
      return;
    }
  }
}

function required(element: XmlElement, name: string, fail: TmxFail): string {
  const value = attr(element, name);
  if (value === undefined)
    fail(element, element.local, `<${element.name}> must have the attribute '${name}'`);
  return value;
}
