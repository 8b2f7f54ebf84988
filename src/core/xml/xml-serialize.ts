/**
 * Element tree → XML text, for keeping an inline code's original markup (InlineCode.data). The output is
 * well-formed and reads back to the same tree; it is not byte-identical to the file (attribute quotes
 * and character references are normalised).
 */
import { escapeAttribute, escapeText } from './escape.ts';
import { XMLNS_NS, type XmlElement, type XmlNode } from './xml-tree.ts';

/** The element as XML, its content included; an element without content is written `<a/>`. */
export function serializeElement(element: XmlElement): string {
  if (element.children.length === 0) return `<${element.name}${attributesOf(element)}/>`;
  return `${startTag(element)}${serializeChildren(element.children)}${endTag(element)}`;
}

/** The element's content as XML. */
export function serializeChildren(nodes: readonly XmlNode[]): string {
  let out = '';
  for (const node of nodes)
    out += node.kind === 'text' ? escapeText(node.text) : serializeElement(node);
  return out;
}

/** `<name attributes…>` */
export function startTag(element: XmlElement): string {
  return `<${element.name}${attributesOf(element)}>`;
}

/** `</name>` */
export function endTag(element: XmlElement): string {
  return `</${element.name}>`;
}

function attributesOf(element: XmlElement): string {
  let out = '';
  for (const a of element.attributes) out += ` ${a.name}="${escapeAttribute(a.value)}"`;
  return out;
}

/**
 * The namespace declarations `element` needs to be written on its own, as `[name, value]` attributes:
 * one for each prefix that the element (with its descendants when `deep`) or its attributes use without
 * declaring it within. An unprefixed element in one of `hostDefaults` needs none: that is the default
 * namespace of the document it will be written into.
 */
export function missingDeclarations(
  element: XmlElement,
  hostDefaults: ReadonlySet<string>,
  deep = true,
): [string, string][] {
  const missing = new Map<string, string>();
  const visit = (e: XmlElement, declared: ReadonlySet<string>) => {
    const inScope = new Set(declared);
    for (const a of e.attributes)
      if (a.uri === XMLNS_NS) inScope.add(a.prefix === '' ? '' : a.local);
    const need = (prefix: string, uri: string) => {
      if (prefix === 'xml' || inScope.has(prefix) || missing.has(prefix)) return;
      if (prefix === '' && hostDefaults.has(uri)) return;
      missing.set(prefix, uri);
    };
    need(e.prefix, e.uri);
    for (const a of e.attributes) if (a.prefix !== '' && a.uri !== XMLNS_NS) need(a.prefix, a.uri);
    if (deep) for (const child of e.children) if (child.kind === 'element') visit(child, inScope);
  };
  visit(element, new Set());
  return [...missing].map(([prefix, uri]) => [prefix === '' ? 'xmlns' : `xmlns:${prefix}`, uri]);
}

/**
 * The element as XML that can be written inside another document: `serializeElement` plus the namespace
 * declarations it needs (see missingDeclarations).
 */
export function serializeStandalone(
  element: XmlElement,
  hostDefaults: ReadonlySet<string>,
): string {
  return serializeElement(withDeclarations(element, missingDeclarations(element, hostDefaults)));
}

/** `startTag` of the element plus the declarations its name and attributes need. */
export function startTagStandalone(element: XmlElement, hostDefaults: ReadonlySet<string>): string {
  return startTag(withDeclarations(element, missingDeclarations(element, hostDefaults, false)));
}

function withDeclarations(element: XmlElement, declarations: [string, string][]): XmlElement {
  if (declarations.length === 0) return element;
  const extra = declarations.map(([name, value]) => ({
    name,
    local: name === 'xmlns' ? 'xmlns' : name.slice('xmlns:'.length),
    prefix: name === 'xmlns' ? '' : 'xmlns',
    uri: XMLNS_NS,
    value,
  }));
  return { ...element, attributes: [...element.attributes, ...extra] };
}
