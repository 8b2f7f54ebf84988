/**
 * Safe XML reading for the interchange formats (XLIFF, TMX), on top of saxes (strict well-formedness,
 * namespaces, streaming; pure JavaScript, so the same code runs in a Web Worker and in the CLI).
 *
 * Safety: no DTD is ever read or fetched and no entity is ever defined, so external entities (XXE) and
 * entity expansion ("billion laughs") cannot happen. A DOCTYPE with an internal subset — the only place
 * a document can declare entities itself — is refused. A bare `<!DOCTYPE tmx SYSTEM "tmx14.dtd">` (every
 * file of the LISA TMX compliance kit has one, as do many tools' exports) is accepted and ignored: the
 * DTD it names is never loaded, and any entity other than the five predefined ones (XML 1.0 §4.6) and
 * character references is a syntax error.
 */
// @ts-nocheck

import { SaxesParser, type SaxesTagNS } from 'saxes';
import { decodeText, type Decoded } from '../text/decode.ts';
import { VersoInputError } from '../model/errors.ts';
import { throwIfCancelled, type CancelSignal } from '../formats/common/import-options.ts';
import { LineIndex } from './xml-position.ts';
import type { XmlAttribute, XmlElement, XmlText } from './xml-tree.ts';

export interface XmlParseOptions {
  /**
   * Called when an element is complete, with its depth (root = 0) and parent. Returning `true` drops it
   * from its parent, so a reader can stream a huge file unit by unit (TMX `<tu>`).
   */
  readonly onClose?: (
    element: XmlElement,
    depth: number,
    parent: XmlElement | undefined,
  ) => boolean | void;
  readonly signal?: CancelSignal;
}

export interface XmlDocument {
  readonly root: XmlElement;
  /** Line/column lookup for offsets in this document (element `offset`s). */
  readonly lines: LineIndex;
  readonly encoding: Decoded['encoding'];
}

/** Text handed to saxes at a time: lets a cancellation be noticed during a long parse. */
const CHUNK = 1 << 16;

/**
 * Deepest element nesting accepted. Real XLIFF and TMX files nest a dozen levels; a file nested
 * thousands deep is an attack on the readers, which walk the tree recursively.
 */
export const MAX_DEPTH = 1000;

/**
 * Decodes and parses an XML file (UTF-8 with or without BOM, UTF-16LE/BE with BOM; see decodeText).
 *
 * @throws VersoInputError any decodeText error, `errors.xmlEncoding`, `errors.xmlDoctype`,
 *   `errors.xmlSyntax` (each with the file, line and column), `errors.cancelled`.
 */
export function parseXml(
  bytes: Uint8Array,
  fileName: string,
  options: XmlParseOptions = {},
): XmlDocument {
  const { text, encoding } = decodeText(bytes, fileName);
  return parseXmlText(text, fileName, encoding, options);
}

/** Parses already decoded XML text; `encoding` is what the bytes were decoded as. */
export function parseXmlText(
  text: string,
  fileName: string,
  encoding: Decoded['encoding'],
  options: XmlParseOptions = {},
): XmlDocument {
  const lines = new LineIndex(text);
  const parser = new SaxesParser({ xmlns: true, position: true });
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  const fail = (code: string, message: (where: string) => string, offset: number, extra = {}) => {
    const { line, column } = lines.positionOf(offset);
    const where = `${fileName}:${line}:${column}`;
    return new VersoInputError(code, { file: fileName, line, column, ...extra }, message(where));
  };

  parser.on('error', (error) => {
    // saxes prefixes its messages with "line:column: "; Verso says where itself.
    const message = error.message.replace(/^\d+:\d+: /, '');
    throw fail(
      'errors.xmlSyntax',
      (where) => `${where}: not well-formed XML: ${message}`,
      parser.position,
      { message },
    );
  });
  let declared = false;
  parser.on('xmldecl', (decl) => {
    declared = true;
    checkDeclaredEncoding(decl.encoding, encoding, text, fileName);
  });
  parser.on('doctype', (doctype) => {
    if (!hasInternalSubset(doctype)) return;
    throw fail(
      'errors.xmlDoctype',
      (where) =>
        `${where}: the DOCTYPE declaration has an internal subset (entity or other declarations); Verso does not read DTDs, so that entities cannot expand or reach outside the file. Remove the declarations and import again.`,
      text.lastIndexOf('<!DOCTYPE', parser.position),
    );
  });
  parser.on('opentag', (tag) => {
    const element = elementOf(tag, text.lastIndexOf('<', parser.position - 1));
    if (stack.length >= MAX_DEPTH) {
      const message = `elements are nested more than ${MAX_DEPTH} deep`;
      throw fail('errors.xmlSyntax', (where) => `${where}: ${message}`, element.offset, {
        message,
      });
    }
    const parent = stack[stack.length - 1];
    if (parent) parent.children.push(element);
    else root = element;
    stack.push(element);
  });
  const onText = (value: string) => {
    const parent = stack[stack.length - 1];
    if (!parent) return; // white space around the root element
    const last = parent.children[parent.children.length - 1];
    // Adjacent text and CDATA runs are one string of character data.
    if (last?.kind === 'text')
      parent.children[parent.children.length - 1] = textNode(last.text + value);
    else parent.children.push(textNode(value));
  };
  parser.on('text', onText);
  parser.on('cdata', onText);
  parser.on('closetag', () => {
    const element = stack.pop();
    const parent = stack[stack.length - 1];
    if (!element || !options.onClose?.(element, stack.length, parent)) return;
    if (parent?.children[parent.children.length - 1] === element) parent.children.pop();
  });

  for (let i = 0; i < text.length; i += CHUNK) {
    throwIfCancelled(options.signal);
    parser.write(text.slice(i, i + CHUNK));
  }
  parser.close();
  // Without a declaration XML means UTF-8 or UTF-16 (XML 1.0 §4.3.3).
  if (!declared) checkDeclaredEncoding(undefined, encoding, text, fileName);
  if (!root) throw new Error('saxes accepted a document without a root element'); // cannot happen
  return { root, lines, encoding };
}

function textNode(text: string): XmlText {
  return { kind: 'text', text };
}

function elementOf(tag: SaxesTagNS, offset: number): XmlElement {
  // saxes's attribute records already have the shape of XmlAttribute (name, prefix, local, uri, value).
  const attributes: XmlAttribute[] = Object.values(tag.attributes);
  return {
    kind: 'element',
    name: tag.name,
    local: tag.local,
    prefix: tag.prefix,
    uri: tag.uri,
    attributes,
    children: [],
    offset,
  };
}

/** True when the DOCTYPE text (after `<!DOCTYPE`) has a `[…]` internal subset outside quoted ids. */
function hasInternalSubset(doctype: string): boolean {
  return doctype.replace(/"[^"]*"|'[^']*'/g, '').includes('[');
}

/** Encodings whose name in an XML declaration agrees with any UTF decoding (XML 1.0 §4.3.3, F). */
const UTF_NAMES = new Set([
  'utf-8',
  'utf8',
  'utf-16',
  'utf-16le',
  'utf-16be',
  'utf16',
  'ucs-2',
  'iso-10646-ucs-2',
  'unicode',
]);
const GB_NAMES = new Set(['gb18030', 'gbk', 'gb2312', 'cp936', 'euc-cn', 'x-gbk']);

/**
 * The declaration may name another encoding than the one the bytes were decoded with when nothing can
 * be misread: any UTF name for UTF bytes (a BOM or valid UTF-8 decides), a GB name for GB18030 bytes,
 * and any name at all for a pure-ASCII document (every ASCII-compatible encoding reads it alike).
 * Anything else — Latin-1 or Shift_JIS text, or GB18030 bytes under a UTF-8 label — is refused rather
 * than shown as mojibake.
 */
function checkDeclaredEncoding(
  name: string | undefined,
  decoded: Decoded['encoding'],
  text: string,
  fileName: string,
): void {
  const declared = name?.toLowerCase();
  if (declared === undefined && decoded !== 'gb18030') return;
  if (declared !== undefined) {
    if (decoded === 'gb18030' ? GB_NAMES.has(declared) : UTF_NAMES.has(declared)) return;
    if (!/[^\u0000-\u007f]/.test(text)) return;
  }
  const named = name ?? 'UTF-8 (no encoding declaration)';
  throw new VersoInputError(
    'errors.xmlEncoding',
    { file: fileName, declared: named, decoded: decoded.toUpperCase() },
    `${fileName}:1:1: the XML declaration says the file is ${named}, but its bytes read as ${decoded.toUpperCase()}. Verso reads XML in UTF-8 or UTF-16; save the file in UTF-8 and import it again.`,
  );
}
