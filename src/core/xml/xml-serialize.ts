/**
 * Element tree → XML text, for keeping an inline code's original markup (InlineCode.data). The output is
 * well-formed and reads back to the same tree; it is not byte-identical to the file (attribute quotes
 * and character references are normalised).
 */
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

/** Text escaped for element content: `&`, `<` and `>` (the last so `]]>` cannot appear). */
export function escapeText(text: string): string {
  return text.replace(/[&<>]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : '&gt;'));
}

/**
 * Text escaped for a double-quoted attribute value. Tabs and line breaks become character references,
 * or attribute-value normalisation (XML 1.0 §3.3.3) would turn them into spaces on reading.
 */
export function escapeAttribute(value: string): string {
  return value.replace(/[&<"\t\n\r]/g, (c) => ATTRIBUTE_ESCAPES[c] ?? c);
}

const ATTRIBUTE_ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '"': '&quot;',
  '\t': '&#9;',
  '\n': '&#10;',
  '\r': '&#13;',
};

function attributesOf(element: XmlElement): string {
  let out = '';
  for (const a of element.attributes) out += ` ${a.name}="${escapeAttribute(a.value)}"`;
  return out;
}
