/**
 * What an XLIFF 2 import keeps of the file besides the segments' text (issue 11 item 2; model in
 * model/preserved.ts): the `<xliff>`, `<file>`, `<group>` and `<unit>` elements around each segment with
 * their attributes, and the content Verso does not edit — skeletons, module and extension elements,
 * notes, original data — as namespace-complete XML, so that the XLIFF 2 writer puts it back in place.
 */
import type { PreservedAttributes, PreservedElement, PreservedXml } from '../../model/preserved.ts';
import { XMLNS_NS, attr, type XmlElement } from '../../xml/xml-tree.ts';
import { missingDeclarations, serializeStandalone } from '../../xml/xml-serialize.ts';
import { MTC_NS, XLIFF20_NS, XLIFF22_NS, isCore, type Xliff2Context } from './xliff2-context.ts';

/** The default namespaces of any document the preserved XML is written into: the XLIFF 2 core. */
export const CORE_NAMESPACES: ReadonlySet<string> = new Set([XLIFF20_NS, XLIFF22_NS]);

/** Attributes of the root the writer sets itself. */
const ROOT_OWN = new Set(['version', 'srcLang', 'trgLang']);
/** Attributes of a segment the writer sets itself (Verso's status). */
const SEGMENT_OWN = new Set(['state', 'subState']);

/**
 * The elements around every unit of the document, outermost first (root, file, groups, unit), with
 * what each holds that Verso does not edit.
 */
export function unitPaths(
  context: Xliff2Context,
  root: XmlElement,
): Map<XmlElement, PreservedElement[]> {
  const paths = new Map<XmlElement, PreservedElement[]>();
  const rootElement: PreservedElement = {
    key: 'xliff',
    name: 'xliff',
    attributes: attributesOf(root, ROOT_OWN),
  };
  const walk = (container: XmlElement, path: PreservedElement[], fileKey: string) => {
    for (const child of container.children) {
      if (child.kind !== 'element' || !isCore(context, child)) continue;
      if (child.local === 'group') {
        const key = `${fileKey}/g:${attr(child, 'id') ?? ''}`;
        walk(child, [...path, containerOf(context, child, key, 'group')], fileKey);
      } else if (child.local === 'unit') {
        paths.set(child, [
          ...path,
          unitOf(context, child, `${fileKey}/u:${attr(child, 'id') ?? ''}`),
        ]);
      }
    }
  };
  for (const file of root.children) {
    if (file.kind !== 'element' || !isCore(context, file, 'file')) continue;
    const key = attr(file, 'id') ?? '';
    walk(file, [rootElement, containerOf(context, file, key, 'file')], key);
  }
  return paths;
}

/**
 * What a segment keeps: the path of its unit with the heads (written once) left only on the first
 * segment of each element, its own attributes and the comments its import made from the file.
 */
export class PreservedPaths {
  private readonly written = new Set<string>();

  /** The preserved XML of the next segment, in document order. */
  preserve(
    path: readonly PreservedElement[],
    segment: XmlElement,
    comments: readonly string[],
    hasTarget: boolean,
  ): PreservedXml {
    const once = path.map((element) => {
      if (!this.written.has(element.key)) {
        this.written.add(element.key);
        return element;
      }
      return { key: element.key, name: element.name, attributes: element.attributes };
    });
    return {
      format: 'xliff2',
      path: once,
      segment: attributesOf(segment, SEGMENT_OWN),
      comments,
      ...(hasTarget ? {} : { noTarget: true as const }),
    };
  }
}

/** A file or group: its attributes and every child that is not a unit or group. */
function containerOf(
  context: Xliff2Context,
  element: XmlElement,
  key: string,
  name: 'file' | 'group',
): PreservedElement {
  const head = element.children.flatMap((c) =>
    c.kind === 'element' && !(isCore(context, c, 'unit') || isCore(context, c, 'group'))
      ? [serializeStandalone(c, CORE_NAMESPACES)]
      : [],
  );
  return { key, name, attributes: attributesOf(element), ...nonEmpty({ head }) };
}

/** A unit: its attributes, module and extension elements, candidates, notes and original data. */
function unitOf(context: Xliff2Context, unit: XmlElement, key: string): PreservedElement {
  const head: string[] = [];
  const matches: string[] = [];
  const notes: string[] = [];
  const data: string[] = [];
  const standalone = (e: XmlElement) => serializeStandalone(e, CORE_NAMESPACES);
  for (const child of unit.children) {
    if (child.kind !== 'element') continue;
    if (child.uri === MTC_NS && child.local === 'matches') {
      for (const m of child.children) if (m.kind === 'element') matches.push(standalone(m));
    } else if (isCore(context, child, 'notes')) {
      for (const n of child.children) if (n.kind === 'element') notes.push(standalone(n));
    } else if (isCore(context, child, 'originalData')) {
      for (const d of child.children) if (d.kind === 'element') data.push(standalone(d));
    } else if (!isCore(context, child)) head.push(standalone(child));
  }
  return {
    key,
    name: 'unit',
    attributes: attributesOf(unit),
    ...nonEmpty({ head, matches, notes, data }),
  };
}

/** The element's attributes but namespace declarations and `own`, plus the declarations they need. */
function attributesOf(
  element: XmlElement,
  own: ReadonlySet<string> = new Set(),
): PreservedAttributes {
  const kept = element.attributes.filter(
    (a) => a.uri !== XMLNS_NS && !(a.prefix === '' && own.has(a.local)),
  );
  const declarations = missingDeclarations(
    { ...element, attributes: kept },
    CORE_NAMESPACES,
    false,
  );
  return [...kept.map((a): [string, string] => [a.name, a.value]), ...declarations];
}

function nonEmpty<T extends Record<string, readonly string[]>>(lists: T): Partial<T> {
  const out: Partial<T> = {};
  for (const [name, list] of Object.entries(lists) as [keyof T, T[keyof T]][]) {
    if (list.length > 0) out[name] = list;
  }
  return out;
}
