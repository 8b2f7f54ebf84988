// @ts-nocheck
import { describe, expect, it } from 'vitest';
import { applyFix, applyFixes } from '../../../../src/core/qa/index.ts';
import { CTX, findingsOf, seg } from '../../../support/qa.ts';

describe('spacing', () => {
  it('flags doubled spaces with one space as suggestion', () => {
    const s = seg('Tel: 86-24-22562480   Fax: 86-24-22562333');
    const [f] = findingsOf('spacing', s);
    expect(f).toMatchObject({
      text: '   ',
      suggestion: ' ',
      message: { key: 'qa.spacing.doubled' },
    });
    expect(applyFix(s.text, f!)).toBe('Tel: 86-24-22562480 Fax: 86-24-22562333');
  });

  it('flags spaces at the start and end, to delete', () => {
    const s = seg('  Opening advantage ');
    const found = findingsOf('spacing', s);
    expect(found.map((f) => f.message.key)).toEqual(['qa.spacing.leading', 'qa.spacing.trailing']);
    expect(applyFixes(s.text, found)).toBe('Opening advantage');
  });

  it('leaves single spaces and line breaks alone', () => {
    expect(findingsOf('spacing', seg('One space.\nNext line.'))).toEqual([]);
  });
});

describe('cjk', () => {
  it('flags each run of Chinese characters in an English target, as an error without suggestion', () => {
    const found = findingsOf('cjk', seg('All rights reserved 备案号: 辽ICP备12号'));
    expect(found.map((f) => f.text)).toEqual(['备案号', '辽', '备', '号']);
    expect(found[0]).toMatchObject({ severity: 'error' });
    expect(found[0]?.suggestion).toBeUndefined();
  });

  it('does not flag a Chinese target or a text without CJK', () => {
    expect(findingsOf('cjk', seg('备案号'), { ...CTX, targetLang: 'zh-CN' })).toEqual([]);
    expect(findingsOf('cjk', seg('Liaoning — “Belt and Road”'))).toEqual([]);
  });
});

describe('fullwidth', () => {
  it('suggests ASCII punctuation, with the space English wants', () => {
    const s = seg('Liaoning，Dalian（China）：ports。');
    const found = findingsOf('fullwidth', s);
    expect(found.map((f) => [f.text, f.suggestion])).toEqual([
      ['，', ', '],
      ['（', ' ('],
      ['）', ')'],
      ['：', ': '],
      ['。', '.'],
    ]);
    expect(applyFixes(s.text, found)).toBe('Liaoning, Dalian (China): ports.');
  });

  it('turns the Chinese dash pair into one em dash, spaces kept as they are', () => {
    const s = seg('—— Policy communication continues to deepen.');
    const [f] = findingsOf('fullwidth', s);
    expect(f).toMatchObject({ text: '——', suggestion: '—' });
    expect(applyFix(s.text, f!)).toBe('— Policy communication continues to deepen.');
    expect(applyFix('A——B', findingsOf('fullwidth', seg('A——B'))[0]!)).toBe('A—B');
  });

  it('leaves English punctuation, a single em dash and curly quotes alone', () => {
    expect(findingsOf('fullwidth', seg('It is — as “they” say — done, (really).'))).toEqual([]);
  });
});

describe('unbalanced', () => {
  it('flags a bracket or quotation mark never closed, or closing nothing', () => {
    expect(findingsOf('unbalanced', seg('the (Shenyang area of “one belt'))).toMatchObject([
      { text: '(', message: { key: 'qa.unbalanced.unclosed' } },
      { text: '“', message: { key: 'qa.unbalanced.unclosed' } },
    ]);
    expect(findingsOf('unbalanced', seg('Shenyang) and "Dalian'))).toMatchObject([
      { text: ')', message: { key: 'qa.unbalanced.unopened' } },
      { text: '"', message: { key: 'qa.unbalanced.unclosed' } },
    ]);
  });

  it('accepts balanced pairs, apostrophes, list markers and placeholders', () => {
    expect(
      findingsOf('unbalanced', seg('China-Germany (Shenyang) "one belt" [x] {y} “z” ‘w’')),
    ).toEqual([]);
    expect(findingsOf('unbalanced', seg('Liaoning’s role and the countries’ ports'))).toEqual([]);
    expect(findingsOf('unbalanced', seg('1) Opening advantage'))).toEqual([]);
    expect(findingsOf('unbalanced', seg('(2) Significance'))).toEqual([]);
  });
});
