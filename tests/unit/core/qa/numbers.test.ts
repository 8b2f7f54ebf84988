import { describe, expect, it } from 'vitest';
import { applyFix } from '../../../../src/core/qa/index.ts';
import { formatValue, unmatchedNumbers } from '../../../../src/core/qa/numbers.ts';
import { findingsOf, seg } from '../../../support/qa.ts';

describe('number', () => {
  it('flags a number changed from the MT and suggests the MT’s', () => {
    const s = seg('a civilized country 5000 years ago', {
      mt: 'a civilized country 5500 years ago',
    });
    const [f] = findingsOf('number', s);
    expect(f).toMatchObject({ text: '5000', suggestion: '5500', severity: 'error' });
    expect(applyFix(s.text, f!)).toBe('a civilized country 5500 years ago');
  });

  it('flags a year added and a number dropped', () => {
    const extra = seg('In 2017 and 2018 the port grew', { mt: 'In 2017 the port grew' });
    expect(findingsOf('number', extra)).toMatchObject([
      { text: '2018', message: { key: 'qa.number.extra' } },
    ]);
    const missing = seg('with foreign students', { mt: 'with 23,000 foreign students' });
    expect(findingsOf('number', missing)).toMatchObject([
      { start: 0, end: 0, message: { key: 'qa.number.missing', params: { number: '23,000' } } },
    ]);
  });

  it('compares values: separators, scale words and number words may change', () => {
    const ok = (text: string, mt: string) =>
      expect(findingsOf('number', seg(text, { mt }))).toEqual([]);
    ok('23000 foreign students', '23,000 foreign students');
    ok('1,100 million tons', '1.1 billion tons');
    ok('7 countries', 'seven countries');
    ok('Firstly, open a new chapter', 'First, open a new chapter');
  });

  it('understands 万 and 亿 and Chinese numerals in a source', () => {
    const ok = (text: string, source: string) =>
      expect(findingsOf('number', seg(text, { source }))).toEqual([]);
    ok('investment of 120 billion yuan', '投资1200亿元');
    ok('50,000 visitors', '5万名游客');
    ok('57 academicians', '五十七位院士');
    ok('(1) Opening advantage', '（一）开放优势');
    expect(
      findingsOf('number', seg('investment of 12 billion yuan', { source: '投资1200亿元' })),
    ).toMatchObject([
      {
        text: '12 billion',
        message: { key: 'qa.number.changed', params: { expected: '120,000,000,000' } },
      },
    ]);
  });

  it('says nothing about an untouched segment without a source', () => {
    expect(findingsOf('number', seg('In 2017, 1.1 billion tons'))).toEqual([]);
  });
});

describe('number: edges (issue 11, test strength)', () => {
  const numbers = (text: string, options: Parameters<typeof seg>[1]) =>
    findingsOf('number', seg(text, options));

  it('says what changed: the MT’s number as written, as an error with the fix', () => {
    expect(numbers('a country 5000 years ago', { mt: 'a country 5500 years ago' })).toMatchObject([
      {
        severity: 'error',
        suggestion: '5500',
        message: { key: 'qa.number.changed', params: { expected: '5500' } },
      },
    ]);
  });

  it('says which number is extra and which is missing, each as an error', () => {
    expect(numbers('In 2017 and 2018', { mt: 'In 2017' })).toEqual([
      expect.objectContaining({
        severity: 'error',
        message: { key: 'qa.number.extra', params: { number: '2018' } },
      }),
    ]);
    expect(numbers('no year', { mt: 'no year 2018' })).toEqual([
      expect.objectContaining({
        severity: 'error',
        message: { key: 'qa.number.missing', params: { number: '2018' } },
      }),
    ]);
  });

  it('reports two changed numbers as two extra and two missing, not as one change', () => {
    const found = numbers('7 cats and 8 dogs', { mt: '5 cats and 6 dogs' });
    expect(found.map((f) => `${f.message.key} ${f.message.params['number']}`).sort()).toEqual([
      'qa.number.extra 7',
      'qa.number.extra 8',
      'qa.number.missing 5',
      'qa.number.missing 6',
    ]);
  });

  it('reports one extra and two missing numbers each on its own', () => {
    const found = numbers('7 cats and dogs', { mt: '5 cats and 6 dogs' });
    expect(found.map((f) => f.message.key).sort()).toEqual([
      'qa.number.extra',
      'qa.number.missing',
      'qa.number.missing',
    ]);
  });

  it('lists missing numbers in the order of the reference, the same value twice included', () => {
    const found = numbers('cats, dogs and birds', { mt: '5 cats, 7 dogs and 5 birds' });
    expect(found.map((f) => f.message.params['number'])).toEqual(['5', '7', '5']);
    expect(new Set(found.map((f) => f.id)).size).toBe(3);
  });

  it('pairs a repeated number once per occurrence', () => {
    expect(numbers('2 apples and pears', { mt: '2 apples and 2 pears' })).toMatchObject([
      { message: { key: 'qa.number.missing', params: { number: '2' } } },
    ]);
  });

  it('does not report number words or ordinals the text leaves out', () => {
    expect(numbers('countries joined', { mt: 'seven countries joined' })).toEqual([]);
    expect(numbers('open a new chapter', { mt: 'First, open a new chapter' })).toEqual([]);
  });

  it('reports a Chinese numeral of the source that is missing, with its value', () => {
    expect(numbers('academicians', { source: '五十七位院士' })).toMatchObject([
      { message: { key: 'qa.number.missing', params: { number: '五十七 (57)' } } },
    ]);
  });

  it('writes a value from the source with thousands separators and its decimals', () => {
    expect(numbers('a growth of 12.5 percent', { source: '增长1234567.891' })).toMatchObject([
      { message: { key: 'qa.number.changed', params: { expected: '1,234,567.891' } } },
    ]);
  });

  it('compares with the MT when the source is only white space', () => {
    expect(numbers('in 2019', { mt: 'in 2018', source: '  ' })).toMatchObject([
      { suggestion: '2018' },
    ]);
  });

  it('finds a number in a text whose reference has none', () => {
    expect(numbers('no numbers here 5', { mt: 'no numbers here' })).toMatchObject([
      { text: '5', message: { key: 'qa.number.extra' } },
    ]);
  });

  it('finds a reference made only of digits missing from a text without any', () => {
    expect(numbers('year', { mt: '2018' })).toMatchObject([
      { message: { key: 'qa.number.missing', params: { number: '2018' } } },
    ]);
  });

  it('leaves the list number of a heading out when checking against a source', () => {
    const ok = (text: string) => expect(numbers(text, { source: '开放优势' })).toEqual([]);
    ok('(1) Opening advantage');
    ok('  (1) Opening advantage');
    ok('1. Opening advantage');
    ok('12. Opening advantage');
  });

  it('checks a number right after the list number, and one further on', () => {
    expect(numbers('(1)2018 plan', { source: '计划' })).toMatchObject([{ text: '2018' }]);
    expect(numbers('9 men (1) go', { source: '男人' }).map((f) => f.text)).toEqual(['9', '1']);
  });
});

describe('unmatchedNumbers and formatValue', () => {
  it('leave nothing over when there is nothing', () => {
    expect(unmatchedNumbers([], [])).toEqual({ extra: [], missing: [] });
  });

  it('write thousands separators, decimals kept', () => {
    expect(formatValue('1234567')).toBe('1,234,567');
    expect(formatValue('1234567.891')).toBe('1,234,567.891');
    expect(formatValue('0.5')).toBe('0.5');
  });
});
