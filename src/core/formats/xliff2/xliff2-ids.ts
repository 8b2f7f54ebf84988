/**
 * Identifier rules of XLIFF 2 (§id; the official Schematron's key patterns K1–K6): each kind of id is
 * unique in its scope, and a `<target>` repeats the ids of the `<source>` codes it keeps.
 */
import { XML_NS, attr, descendants, type XmlElement } from '../../xml/xml-tree.ts';
import { isCore, tag, xliff2Error, type Xliff2Context } from './xliff2-context.ts';
import { inlineElements, type UnitView } from './xliff2-unit.ts';

/**
 * Refuses the second of any two elements with the same `id` (the elements are one scope).
 *
 * @param what the scope, for the message: "<file> elements of the <xliff>"
 */
export function checkUniqueIds(
  context: Xliff2Context,
  elements: Iterable<XmlElement>,
  what: string,
  idOf: (element: XmlElement) => string | undefined = (e) => attr(e, 'id'),
): void {
  const seen = new Set<string>();
  for (const element of elements) {
    const id = idOf(element);
    if (id === undefined) continue;
    if (seen.has(id)) {
      throw xliff2Error(context, element, 'id', `the id "${id}" is used twice among ${what}`);
    }
    seen.add(id);
  }
}

/**
 * Within a unit: `<segment>`, `<ignorable>` and the inline elements of the sources share one id space
 * (K6S). An inline element of a target either repeats the id of the source element it corresponds to —
 * same element name — or has an id found nowhere else in the unit (K6T); a target id appears once.
 */
export function checkUnitIds(context: Xliff2Context, view: UnitView): void {
  const sourceSide: XmlElement[] = [];
  for (const part of view.parts) {
    sourceSide.push(part.element);
    // One by one: a spread of 100,000 codes overflows a worker's stack (issue 12).
    for (const element of inlineElements(part.source)) sourceSide.push(element);
  }
  checkUniqueIds(
    context,
    sourceSide,
    `the segments, ignorables and source inline elements of unit "${view.id}"`,
  );
  const byId = new Map<string, XmlElement>();
  for (const element of sourceSide) {
    const id = attr(element, 'id');
    if (id !== undefined) byId.set(id, element);
  }
  const partElements = new Set(view.parts.map((p) => p.element));
  const targetIds = new Set<string>();
  for (const part of view.parts) {
    if (!part.target) continue;
    for (const element of inlineElements(part.target)) {
      const id = attr(element, 'id');
      if (id === undefined) continue;
      const original = byId.get(id);
      const corresponds =
        original !== undefined && !partElements.has(original) && original.local === element.local;
      if (targetIds.has(id) || (original !== undefined && !corresponds)) {
        throw xliff2Error(
          context,
          element,
          'id',
          `${tag(element)} id="${id}" in a target must be the id of the corresponding ${tag(element)} of the source, or unique in unit "${view.id}"`,
        );
      }
      targetIds.add(id);
    }
  }
}

/**
 * Ids of extension elements (`id` or `xml:id`) are unique among the extension elements of the same
 * `<file>`, `<group>` or `<unit>` (§Extension Mechanisms); module and core elements inside them keep
 * their own scopes.
 */
export function checkExtensionIds(context: Xliff2Context, container: XmlElement): void {
  const extensions: XmlElement[] = [];
  for (const child of container.children) {
    if (child.kind !== 'element' || isCore(context, child)) continue;
    for (const e of descendants(child)) if (!isCore(context, e)) extensions.push(e);
  }
  checkUniqueIds(
    context,
    extensions,
    `the extension elements of ${tag(container)} "${attr(container, 'id') ?? ''}"`,
    (e) => attr(e, 'id') ?? attr(e, 'id', XML_NS),
  );
}
