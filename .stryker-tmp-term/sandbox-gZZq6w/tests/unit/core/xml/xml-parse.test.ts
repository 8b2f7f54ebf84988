// @ts-nocheck
import { describe, expect, it } from 'vitest';
import { MAX_DEPTH, parseXml } from '../../../../src/core/xml/xml-parse.ts';
import { serializeElement } from '../../../../src/core/xml/xml-serialize.ts';
import { attr, textContent, type XmlElement } from '../../../../src/core/xml/xml-tree.ts';
import { inputErrorOf } from '../../../support/input-error.ts';
import { fixture, utf16, utf8 } from '../../../support/formats.ts';

const parse = (xml: string) => parseXml(utf8(xml), 'a.xml');

describe('parseXml', () => {
  it('builds a namespace-aware tree with attributes, text and CDATA as text', () => {
    const { root } = parse(
      '<a xmlns="urn:a" xmlns:b="urn:b"><b:c q="1&amp;2">x&lt;<![CDATA[<y>]]></b:c></a>',
    );
    const c = root.children[0] as XmlElement;
    expect([root.uri, c.uri, c.local, attr(c, 'q'), textContent(c)]).toEqual([
      'urn:a',
      'urn:b',
      'c',
      '1&2',
      'x<<y>',
    ]);
  });

  it('normalises CR LF to LF inside text (XML 1.0 §2.11)', () => {
    expect(textContent(parse('<a>one\r\ntwo\rthree</a>').root)).toBe('one\ntwo\nthree');
  });

  it('keeps white space in text exactly', () => {
    expect(textContent(parse('<a> \t[&#x09;&#x20;]  </a>').root)).toBe(' \t[\t ]  ');
  });

  it('gives each element the line and column of its start tag', () => {
    const { root, lines } = parse('<a>\n  <b/>\n</a>');
    expect(lines.positionOf((root.children[1] as XmlElement).offset)).toEqual({
      line: 2,
      column: 3,
    });
  });

  it('reads UTF-16LE and UTF-16BE with a byte-order mark', () => {
    for (const littleEndian of [true, false]) {
      const { root, encoding } = parseXml(
        utf16('<?xml version="1.0" encoding="UTF-16"?><a>一带一路</a>', littleEndian),
        'a.xml',
      );
      expect([textContent(root), encoding]).toEqual([
        '一带一路',
        littleEndian ? 'utf-16le' : 'utf-16be',
      ]);
    }
  });

  it('accepts a UTF-16 file whose declaration says UTF-8: the byte-order mark decides', () => {
    expect(
      textContent(
        parseXml(utf16('<?xml version="1.0" encoding="UTF-8"?><a>é</a>', true), 'a.xml').root,
      ),
    ).toBe('é');
  });

  it('refuses a declared encoding the bytes may have been misread in', () => {
    const error = inputErrorOf(() =>
      parse('<?xml version="1.0" encoding="ISO-8859-1"?><a>café</a>'),
    );
    expect(error.code).toBe('errors.xmlEncoding');
    expect(error.params).toEqual({ file: 'a.xml', declared: 'ISO-8859-1', decoded: 'UTF-8' });
  });

  it('accepts any declared encoding for a pure-ASCII document (nothing can be misread)', () => {
    expect(textContent(parse('<?xml version="1.0" encoding="us-ascii"?><a>&#xe9;</a>').root)).toBe(
      'é',
    );
  });

  it('refuses GB18030 bytes without a GB encoding declaration', () => {
    // 一带一路 in GB18030, ten times (enough Han text for decodeText to take the bytes as GB18030).
    const han = Array(10).fill([0xd2, 0xbb, 0xb4, 0xf8, 0xd2, 0xbb, 0xc2, 0xb7]).flat() as number[];
    const gb = new Uint8Array([...utf8('<a>'), ...han, ...utf8('</a>')]);
    expect(inputErrorOf(() => parseXml(gb, 'a.xml')).code).toBe('errors.xmlEncoding');
    const declared = new Uint8Array([...utf8('<?xml version="1.0" encoding="GBK"?>'), ...gb]);
    expect(textContent(parseXml(declared, 'a.xml').root)).toBe('一带一路'.repeat(10));
  });

  it('reports a well-formedness error with its line and column', () => {
    const error = inputErrorOf(() => parse('<a>\n  <b></a>'));
    expect(error.code).toBe('errors.xmlSyntax');
    expect(error.params).toMatchObject({ file: 'a.xml', line: 2 });
    expect(error.message).toMatch(/^a\.xml:2:\d+: not well-formed XML: /);
  });

  it('refuses entities other than the five predefined ones and character references', () => {
    const error = inputErrorOf(() => parse('<a>&nbsp;</a>'));
    expect([error.code, error.params['message']]).toEqual([
      'errors.xmlSyntax',
      'undefined entity.',
    ]);
  });

  it('refuses an external entity (XXE) declared in an internal subset, before reading anything', () => {
    const xxe =
      '<?xml version="1.0"?>\n<!DOCTYPE a [<!ENTITY x SYSTEM "file:///etc/passwd">]>\n<a>&x;</a>';
    const error = inputErrorOf(() => parse(xxe));
    expect(error.code).toBe('errors.xmlDoctype');
    expect(error.params).toEqual({ file: 'a.xml', line: 2, column: 1 });
  });

  it('refuses the billion laughs attack', () => {
    const error = inputErrorOf(() => parseXml(fixture('billion-laughs.tmx'), 'billion-laughs.tmx'));
    expect(error.code).toBe('errors.xmlDoctype');
    expect(error.message).toContain(
      'billion-laughs.tmx:2:1: the DOCTYPE declaration has an internal subset',
    );
  });

  it('ignores a bare DOCTYPE naming an external DTD, which is never loaded', () => {
    const { root } = parse('<!DOCTYPE a SYSTEM "http://example.com/a.dtd"><a>x</a>');
    expect(textContent(root)).toBe('x');
    expect(inputErrorOf(() => parse('<!DOCTYPE a SYSTEM "a.dtd"><a>&fromDtd;</a>')).code).toBe(
      'errors.xmlSyntax',
    );
  });

  it('streams: an element dropped by onClose is not kept in its parent', () => {
    const seen: string[] = [];
    const { root } = parse('<a><b>1</b><b>2</b><c/></a>');
    const streamed = parseXml(utf8('<a><b>1</b><b>2</b><c/></a>'), 'a.xml', {
      onClose: (element, depth, parent) => {
        if (element.local !== 'b') return false;
        seen.push(`${textContent(element)}@${depth}<${parent?.local}`);
        return true;
      },
    });
    expect(seen).toEqual(['1@1<a', '2@1<a']);
    expect(serializeElement(streamed.root)).toBe('<a><c/></a>');
    expect(root.children).toHaveLength(3);
  });

  it('refuses elements nested deeper than the readers walk safely', () => {
    const deep = `${'<a>'.repeat(MAX_DEPTH + 1)}${'</a>'.repeat(MAX_DEPTH + 1)}`;
    const error = inputErrorOf(() => parse(deep));
    expect([error.code, error.params['column']]).toEqual(['errors.xmlSyntax', 3 * MAX_DEPTH + 1]);
    expect(parse(`${'<a>'.repeat(MAX_DEPTH)}${'</a>'.repeat(MAX_DEPTH)}`).root.local).toBe('a');
  });

  it('stops with errors.cancelled when the signal is set', () => {
    expect(
      inputErrorOf(() => parseXml(utf8('<a/>'), 'a.xml', { signal: { aborted: true } })).code,
    ).toBe('errors.cancelled');
  });
});

describe('serializeElement', () => {
  it('writes XML that reads back to the same content', () => {
    const xml = '<p a="x&quot;&lt;&#9;">t &amp; &lt;u&gt;<q/></p>';
    const once = serializeElement(parse(xml).root);
    expect(once).toBe('<p a="x&quot;&lt;&#9;">t &amp; &lt;u&gt;<q/></p>');
    expect(serializeElement(parse(once).root)).toBe(once);
  });
});
