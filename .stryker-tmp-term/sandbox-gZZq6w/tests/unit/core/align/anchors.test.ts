// @ts-nocheck
import { describe, expect, it } from 'vitest';
import { anchorsOf, isHeadingLike, listMarkerOf } from '../../../../src/core/align/anchors.ts';

describe('anchorsOf', () => {
  it('finds the same numbers on both sides of a translation', () => {
    const zh = anchorsOf('2017年，进出口总额达到1200亿元。', 'cjk');
    const en = anchorsOf('In 2017, total imports and exports reached 120 billion yuan.', 'words');
    expect(zh).toEqual(['n:2017', 'n:120000000000']);
    expect(en.filter((a) => a.startsWith('n:'))).toEqual(zh);
  });

  it('takes every Latin word of CJK text but only name-like words of English', () => {
    expect(anchorsOf('他们使用DNA和Van Houtte的方法。', 'cjk')).toEqual([
      'w:dna',
      'w:van',
      'w:houtte',
    ]);
    expect(anchorsOf('the DNA of Van Houtte was studied', 'words')).toEqual([
      'w:dna',
      'w:van',
      'w:houtte',
    ]);
  });

  it('counts quotations, straight quotes in pairs', () => {
    expect(anchorsOf('推进“一带一路”和“双循环”', 'cjk')).toEqual(['q', 'q']);
    expect(anchorsOf('the "Belt and Road" and "dual circulation"', 'words')).toEqual([
      'w:belt',
      'w:road',
      'q',
      'q',
    ]);
  });

  it('takes the list marker as its own anchor, not as a number of the text', () => {
    expect(anchorsOf('一、总体要求', 'cjk')).toEqual(['l:1']);
    expect(anchorsOf('1. General requirements', 'words')).toEqual(['w:general', 'l:1']);
  });
});

describe('listMarkerOf', () => {
  it.each([
    ['(1) first', '1'],
    ['（一）总体', '1'],
    ['1. first', '1'],
    ['1) first', '1'],
    ['一、总体', '1'],
    ['十二、附则', '12'],
    ['I. General', '1'],
    ['IV. Safeguards', '4'],
    ['(ii) second', '2'],
    ['a) first', 'a'],
    ['• item', '•'],
    ['- item', '•'],
    ['——补充说明', '•'],
  ])('reads %s as %s', (text, marker) => {
    expect(listMarkerOf(text)).toBe(marker);
  });

  it('finds none in prose, decimals or years', () => {
    expect(listMarkerOf('In 2017 it grew.')).toBeUndefined();
    expect(listMarkerOf('3.5 percent')).toBeUndefined();
    expect(listMarkerOf('2017年')).toBeUndefined();
  });
});

describe('isHeadingLike', () => {
  it('takes short lines without final punctuation for headings', () => {
    expect(isHeadingLike('Chapter 2: Results', 3, 'words')).toBe(true);
    expect(isHeadingLike('第二章 结果', 5, 'cjk')).toBe(true);
    expect(isHeadingLike('- 12 -', 1, 'words')).toBe(true);
  });

  it('takes sentences and long lines for prose', () => {
    expect(isHeadingLike('It grew.', 2, 'words')).toBe(false);
    expect(isHeadingLike('他说：“走吧。”', 4, 'cjk')).toBe(false);
    expect(
      isHeadingLike('a line of eleven words without any final punctuation at its end', 11, 'words'),
    ).toBe(false);
  });
});
