/**
 * XLIFF 2 inline content → Verso text with placeholders. Every inline element becomes a code so that
 * nothing is lost and an export can write it back: `<ph>`, `<cp>` standalone; `<pc>` and `<mrk>` an
 * open/close pair around their content; `<sc>`/`<ec>` and `<sm>`/`<em>` open and close codes (paired by
 * id within a segment, a lone half when the pair spans segments). Markers stay codes too: a
 * translate="no" span or a term must remain visible to the reviewer. Each code's `data` is its markup,
 * namespace-complete (it declares the prefixes of its attributes), for the writer to put back.
 */
import { attr, type XmlElement } from '../../xml/xml-tree.ts';
import { endTag, serializeStandalone, startTagStandalone } from '../../xml/xml-serialize.ts';
import { CORE_NAMESPACES } from './xliff2-preserve.ts';
import type { InlineBuilder } from '../common/inline-builder.ts';
import type { UnitView } from './xliff2-unit.ts';
import { isIssueMarker, type IssueCollector } from './xliff2-its.ts';

/**
 * Appends the content of a `<source>` or `<target>` to `builder`. With `issues` (a target), markers
 * that are only quality-issue annotations are collected as issues instead of becoming codes
 * (xliff2-its.ts).
 */
export function appendContent(
  builder: InlineBuilder,
  content: XmlElement,
  view: UnitView,
  issues?: IssueCollector,
): void {
  for (const child of content.children) {
    if (child.kind === 'text') builder.append(child.text);
    else appendElement(builder, child, view, issues);
  }
}

function appendElement(
  builder: InlineBuilder,
  element: XmlElement,
  view: UnitView,
  issues: IssueCollector | undefined,
): void {
  if (issues && isIssueMarker(element)) {
    if (element.local === 'sm') issues.startMarker(element, builder.length);
    else {
      const start = builder.length;
      appendContent(builder, element, view, issues);
      issues.marker(element, start, builder.length);
    }
    return;
  }
  if (
    issues &&
    element.local === 'em' &&
    issues.endMarker(attr(element, 'startRef'), builder.length)
  )
    return;
  const id = attr(element, 'id');
  const base = { element: element.local, ...(id === undefined ? {} : { id }) };
  const original = (name: string) => originalData(view, attr(element, name));
  switch (element.local) {
    case 'ph':
    case 'cp': {
      const hex = attr(element, 'hex');
      builder.code({
        ...base,
        ...(element.local === 'ph' ? { key: `ph:${id}` } : {}),
        kind: 'standalone',
        data: serializeStandalone(element, CORE_NAMESPACES),
        ...optional(
          hex === undefined ? original('dataRef') : String.fromCodePoint(parseInt(hex, 16)),
        ),
      });
      return;
    }
    case 'pc':
    case 'mrk': {
      const key = `${element.local}:${id}`;
      builder.code({
        ...base,
        key,
        kind: 'open',
        data: startTagStandalone(element, CORE_NAMESPACES),
        ...optional(original('dataRefStart')),
      });
      appendContent(builder, element, view, issues);
      builder.code({
        ...base,
        key,
        kind: 'close',
        data: endTag(element),
        ...optional(original('dataRefEnd')),
      });
      return;
    }
    case 'sc':
    case 'sm':
      builder.code({
        ...base,
        key: `${element.local}:${id}`,
        kind: 'open',
        data: serializeStandalone(element, CORE_NAMESPACES),
        ...optional(original('dataRef')),
      });
      return;
    case 'ec':
    case 'em': {
      const start = element.local === 'ec' ? 'sc' : 'sm';
      const startRef = attr(element, 'startRef');
      builder.code({
        ...base,
        ...(startRef === undefined ? {} : { id: startRef }),
        key: startRef === undefined ? `ec:${id}` : `${start}:${startRef}`,
        kind: 'close',
        data: serializeStandalone(element, CORE_NAMESPACES),
        ...optional(original('dataRef')),
      });
      return;
    }
  }
}

/** The text of the `<data>` element `id` names (its `<cp>` children as the characters they encode). */
function originalData(view: UnitView, id: string | undefined): string | undefined {
  const data = id === undefined ? undefined : view.data.get(id);
  if (!data) return undefined;
  let text = '';
  for (const child of data.children) {
    if (child.kind === 'text') text += child.text;
    else text += String.fromCodePoint(parseInt(attr(child, 'hex') ?? '0', 16));
  }
  return text;
}

function optional(original: string | undefined): { original?: string } {
  return original === undefined ? {} : { original };
}
