/**
 * A small, namespace-aware element tree: what the format readers (XLIFF, TMX) walk. Comments and
 * processing instructions are dropped; CDATA sections become ordinary text (XML 1.0 §2.7: their content
 * is character data).
 */
// @ts-nocheck


/** The `xml:` namespace (XML Namespaces 1.0 §3), bound to the `xml` prefix in every document. */
export const XML_NS = 'http://www.w3.org/XML/1998/namespace';
/** The namespace of `xmlns` / `xmlns:p` declarations, which saxes reports as attributes. */
export const XMLNS_NS = 'http://www.w3.org/2000/xmlns/';

export interface XmlAttribute {
  /** Qualified name as written (`xml:lang`, `fs:fs`, `id`). */
  readonly name: string;
  readonly local: string;
  readonly prefix: string;
  /** Namespace URI; `''` for an unprefixed attribute (attributes do not take the default namespace). */
  readonly uri: string;
  readonly value: string;
}

export interface XmlElement {
  readonly kind: 'element';
  /** Qualified name as written. */
  readonly name: string;
  readonly local: string;
  readonly prefix: string;
  /** Namespace URI; `''` when the element is in no namespace. */
  readonly uri: string;
  /** Attributes in document order, namespace declarations included. */
  readonly attributes: readonly XmlAttribute[];
  readonly children: XmlNode[];
  /** Offset of the element's `<` in the document text (see LineIndex for line and column). */
  readonly offset: number;
}

export interface XmlText {
  readonly kind: 'text';
  readonly text: string;
}

export type XmlNode = XmlElement | XmlText;

/** The value of an attribute, or `undefined` when the element does not have it. */
export function attr(element: XmlElement, local: string, uri = ''): string | undefined {
  for (const a of element.attributes) if (a.local === local && a.uri === uri) return a.value;
  return undefined;
}

/** The element children of `element` (text left out). */
export function childElements(element: XmlElement): XmlElement[] {
  const out: XmlElement[] = [];
  for (const child of element.children) if (child.kind === 'element') out.push(child);
  return out;
}

/** The element children with the given local name and namespace. */
export function childrenNamed(element: XmlElement, local: string, uri: string): XmlElement[] {
  return childElements(element).filter((c) => c.local === local && c.uri === uri);
}

/** The first element child with the given local name and namespace. */
export function firstChildNamed(
  element: XmlElement,
  local: string,
  uri: string,
): XmlElement | undefined {
  for (const child of element.children) {
    if (child.kind === 'element' && child.local === local && child.uri === uri) return child;
  }
  return undefined;
}

/** All text inside `element`, descendants included, in document order. */
export function textContent(element: XmlElement): string {
  let out = '';
  for (const child of element.children) {
    out += child.kind === 'text' ? child.text : textContent(child);
  }
  return out;
}

/** True when `element` has any text that is not XML white space (XML 1.0 §2.3 `S`). */
export function hasNonSpaceText(element: XmlElement): boolean {
  return element.children.some((c) => c.kind === 'text' && /[^ \t\r\n]/.test(c.text));
}

/** Every element in the subtree rooted at `element`, itself first, in document order. */
export function descendants(element: XmlElement): XmlElement[] {
  const out: XmlElement[] = [];
  const stack = [element];
  for (let next = stack.pop(); next; next = stack.pop()) {
    out.push(next);
    for (let i = next.children.length - 1; i >= 0; i--) {
      const child = next.children[i]!;
      if (child.kind === 'element') stack.push(child);
    }
  }
  return out;
}
