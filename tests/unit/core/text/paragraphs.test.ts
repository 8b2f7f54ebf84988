import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitParagraphs } from '../../../../src/core/text/paragraphs.ts';

const seed = readFileSync('corpus/000_bf2c9c8ccc29718b.txt', 'utf8');

describe('splitParagraphs', () => {
  it('splits the seed document into its 19 paragraphs', () => {
    expect(splitParagraphs(seed)).toHaveLength(19);
  });

  it('starts the seed with the address line', () => {
    expect(splitParagraphs(seed)[0]).toBe(
      'Address: 124 Huigong Street, Shenhe District, Shenyang City, Liaoning Province, China',
    );
  });

  it('keeps the duplicated title of the seed as paragraphs 4 and 5', () => {
    const paragraphs = splitParagraphs(seed);
    const title =
      'General plan for the construction of Liaoning "one belt and one road" comprehensive experimental zone.';
    expect(paragraphs[3]).toBe(title);
    expect(paragraphs[4]).toBe(title);
  });

  it('treats several blank lines as one separator', () => {
    expect(splitParagraphs('a\n\n\n\nb')).toEqual(['a', 'b']);
  });

  it('treats whitespace-only lines as blank', () => {
    expect(splitParagraphs('a\n \t \nb')).toEqual(['a', 'b']);
  });

  it('keeps single line breaks inside a paragraph', () => {
    expect(splitParagraphs('line one\nline two\n\nnext')).toEqual(['line one\nline two', 'next']);
  });

  it('makes each line a paragraph when the document has no blank line', () => {
    expect(splitParagraphs('first\nsecond\nthird\n')).toEqual(['first', 'second', 'third']);
  });

  it('does not count blank lines at the start or end of the document as separators', () => {
    expect(splitParagraphs('\n\nfirst\nsecond\n\n\n')).toEqual(['first', 'second']);
  });

  it('normalises CRLF and CR line ends to LF', () => {
    expect(splitParagraphs('a\r\nb\r\n\r\nc\rd\r\re')).toEqual(['a\nb', 'c\nd', 'e']);
  });

  it('strips a leading byte-order mark', () => {
    expect(splitParagraphs('\uFEFFTitle\n\nBody')).toEqual(['Title', 'Body']);
  });

  it('trims trailing whitespace on every line and around each paragraph', () => {
    expect(splitParagraphs('  a  \nb\u00a0\u00a0\n\n\tc\t')).toEqual(['a\nb', 'c']);
  });

  it('returns no paragraph for whitespace-only text', () => {
    expect(splitParagraphs(' \n\r\n\t')).toEqual([]);
  });

  it('splits at blank lines exactly as joining the lines and splitting at blank lines does', () => {
    // The definition the faster line-run grouping replaced.
    const byJoin = (text: string) => {
      const lines = text
        .replace(/^\uFEFF/, '')
        .split(/\r\n?|\n/)
        .map((line) => line.trimEnd());
      const first = lines.findIndex((line) => line !== '');
      const last = lines.findLastIndex((line) => line !== '');
      const paragraphs = lines.slice(first, last + 1).includes('')
        ? lines.join('\n').split(/\n{2,}/)
        : lines;
      return paragraphs.map((p) => p.trim()).filter((p) => p !== '');
    };
    const piece = fc.constantFrom(
      'a',
      'Word',
      ' ',
      '\t',
      '\n',
      '\r\n',
      '\r',
      '\u00a0',
      '\uFEFF',
      '中',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
        const text = pieces.join('');
        expect(splitParagraphs(text)).toEqual(byJoin(text));
      }),
      { numRuns: 2000 },
    );
  });
});
