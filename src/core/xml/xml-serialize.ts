/**
 * Element tree → XML text, for keeping an inline code's original markup (InlineCode.data). The output is
 * well-formed and reads back to the same tree; it is not byte-identical to the file (attribute quotes
 * and character references are normalised).
 */
import { escapeAttribute, escapeText } from './escape.ts';
import type { XmlElement, XmlNode } from './xml-tree.ts';

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
