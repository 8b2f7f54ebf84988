/** A `<unit>` taken apart once for the checks and the import that all look at the same pieces. */
import { attr, descendants, type XmlElement } from '../../xml/xml-tree.ts';
import { isCore, type Xliff2Context } from './xliff2-context.ts';

/** One `<segment>` or `<ignorable>` with its source and optional target. */
export interface UnitPart {
  readonly element: XmlElement;
  readonly segment: boolean;
  readonly source: XmlElement;
  readonly target: XmlElement | undefined;
}

export interface UnitView {
  readonly element: XmlElement;
  readonly id: string;
  readonly fileId: string;
  readonly parts: readonly UnitPart[];
  /** `<data>` elements of `<originalData>` by id (the first of each id). */
  readonly data: ReadonlyMap<string, XmlElement>;
  readonly dataElements: readonly XmlElement[];
  /** The unit's own `<note>` elements. */
  readonly notes: readonly XmlElement[];
}

/** Takes a structurally valid `<unit>` apart. */
export function viewUnit(context: Xliff2Context, unit: XmlElement, fileId: string): UnitView {
  const parts: UnitPart[] = [];
  const dataElements: XmlElement[] = [];
  const notes: XmlElement[] = [];
  for (const child of unit.children) {
    if (child.kind !== 'element' || !isCore(context, child)) continue;
    if (child.local === 'segment' || child.local === 'ignorable') {
      const [source, target] = child.children.filter(
        (c): c is XmlElement => c.kind === 'element' && isCore(context, c),
      );
      parts.push({ element: child, segment: child.local === 'segment', source: source!, target });
    } else if (child.local === 'originalData') {
      for (const data of coreChildren(context, child)) dataElements.push(data);
    } else if (child.local === 'notes') {
      for (const note of coreChildren(context, child)) notes.push(note);
    }
  }
  const data = new Map<string, XmlElement>();
  for (const d of dataElements) {
    const id = attr(d, 'id');
    if (id !== undefined && !data.has(id)) data.set(id, d);
  }
  return { element: unit, id: attr(unit, 'id') ?? '', fileId, parts, data, dataElements, notes };
}

function coreChildren(context: Xliff2Context, element: XmlElement): XmlElement[] {
  return element.children.filter(
    (c): c is XmlElement => c.kind === 'element' && isCore(context, c),
  );
}

/** The inline elements inside a `<source>` or `<target>`, in document order (the content itself excluded). */
export function inlineElements(content: XmlElement): XmlElement[] {
  return descendants(content).slice(1);
}

/** Which side of the unit content belongs to. */
export type Side = 'source' | 'target';

/** The inline elements of one side of the whole unit, in document order, with the part each is in. */
export function sideElements(
  view: UnitView,
  side: Side,
): { readonly element: XmlElement; readonly part: UnitPart }[] {
  const out: { element: XmlElement; part: UnitPart }[] = [];
  for (const part of view.parts) {
    const content = side === 'source' ? part.source : part.target;
    if (content) for (const element of inlineElements(content)) out.push({ element, part });
  }
  return out;
}
