// @ts-nocheck
import { describe, expect, it } from 'vitest';
import { importDelimited } from '../../../../../src/core/formats/delimited/read.ts';
import { inputErrorOf } from '../../../../support/input-error.ts';
import { fixture, utf16, utf8 } from '../../../../support/formats.ts';

const tsv = (text: string) => importDelimited(utf8(text), 'a.tsv');
const csv = (text: string) => importDelimited(utf8(text), 'a.csv');

describe('importDelimited', () => {
  it('reads a TSV with a language header and an empty target (fixture review.tsv)', () => {
    const doc = importDelimited(fixture('review.tsv'), 'review.tsv');
    expect([doc.format, doc.sourceLang, doc.targetLang]).toEqual(['tsv', 'zh-CN', 'en']);
    expect(doc.units).toEqual([
      {
        source: '共建“一带一路”倡议',
        target: 'The Belt and Road Initiative',
        notes: ['Title'],
        codes: [],
      },
      { source: '四十条开放政策。', target: '', notes: [], codes: [] },
    ]);
  });

  it('reads RFC 4180 CSV: doubled quotes, line breaks in quoted fields, CRLF (fixture review.csv)', () => {
    const doc = importDelimited(fixture('review.csv'), 'review.csv');
    expect(doc.units.map((u) => [u.source, u.target, u.notes])).toEqual([
      ['第一段：合作共赢。', 'Paragraph one: "win-win" cooperation.', []],
      ['多行\n文本', 'Two\nlines', ['checked, twice']],
    ]);
    expect([doc.sourceLang, doc.targetLang]).toEqual(['', '']);
  });

  it('treats a first row of data as data', () => {
    expect(tsv('Hello\tBonjour\nYes\tOui\n').units.map((u) => u.target)).toEqual([
      'Bonjour',
      'Oui',
    ]);
  });

  it.each(['source\ttarget', 'Source\tTarget\tNote', 'src\tmt', 'en\tzh-Hans'])(
    'takes %j as a header',
    (header) => {
      const columns = header.split('\t').length;
      expect(tsv(`${header}\na\tb${columns === 3 ? '\tc' : ''}\n`).units).toHaveLength(1);
    },
  );

  it('reads quoted TSV fields and literal quotes inside unquoted ones', () => {
    expect(tsv('"a\tb"\t5" screen\n').units[0]).toMatchObject({
      source: 'a\tb',
      target: '5" screen',
    });
  });

  it('uses semicolons for a CSV whose first line has no comma', () => {
    expect(csv('source;target\nun;one\n').units[0]).toMatchObject({ source: 'un', target: 'one' });
  });

  it('skips empty lines and reads UTF-16', () => {
    expect(importDelimited(utf16('a\tb\n\n\nc\td\n', true), 'a.tab').units).toHaveLength(2);
  });

  it('reports progress by rows and can be cancelled', () => {
    const text = 'a\tb\n'.repeat(1001);
    const calls: number[][] = [];
    importDelimited(utf8(text), 'a.tsv', { onProgress: (d, t) => calls.push([d, t]) });
    expect(calls).toEqual([
      [1000, 1001],
      [1001, 1001],
    ]);
    expect(
      inputErrorOf(() => importDelimited(utf8(text), 'a.tsv', { signal: { aborted: true } })).code,
    ).toBe('errors.cancelled');
  });

  it('refuses a row with another number of columns than the first, naming the line', () => {
    const error = inputErrorOf(() => tsv('source\ttarget\na\tb\nc\n'));
    expect(error.code).toBe('errors.delimitedColumns');
    expect(error.params).toEqual({ file: 'a.tsv', line: 3, expected: 2, found: 1 });
    expect(error.message).toBe(
      'a.tsv:3: this row has 1 column, but 2 are expected (source, target; as many as the first row).',
    );
  });

  it('refuses a first row of one column or more than three', () => {
    expect(inputErrorOf(() => tsv('a\n')).params).toMatchObject({ line: 1, expected: 2, found: 1 });
    expect(inputErrorOf(() => tsv('a\tb\tc\td\n')).params).toMatchObject({
      line: 1,
      expected: 3,
      found: 4,
    });
  });

  it('refuses an unterminated quote, naming where it opened', () => {
    const error = inputErrorOf(() => csv('a,b\n"c,d\ne,f\n'));
    expect(error.code).toBe('errors.delimitedQuote');
    expect(error.params).toEqual({ file: 'a.csv', line: 2, column: 1 });
  });

  it('refuses text after a closing quote', () => {
    expect(inputErrorOf(() => csv('"a"b,c\n')).params).toEqual({
      file: 'a.csv',
      line: 1,
      column: 4,
    });
  });
});
