import { describe, expect, it } from 'vitest';
import { applyFix } from '../../../../src/core/qa/index.ts';
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
