// @ts-nocheck
import { describe, expect, it } from 'vitest';
import { alignSentences } from '../../../../src/core/align/index.ts';

describe('alignSentences', () => {
  it('splits both paragraphs and links their sentences', () => {
    const zh =
      '2017年，辽宁进出口总额达到1200亿元。大连港是重要的枢纽。每年有数千列班列从这里出发。';
    const en =
      "In 2017, Liaoning's total imports and exports reached 120 billion yuan. The port of Dalian is a key hub, and thousands of freight trains leave from here every year.";
    const result = alignSentences(zh, en, { sourceLang: 'zh', targetLang: 'en' });
    expect(result.source.map((s) => s.text)).toEqual([
      '2017年，辽宁进出口总额达到1200亿元。',
      '大连港是重要的枢纽。',
      '每年有数千列班列从这里出发。',
    ]);
    expect(result.target).toHaveLength(2);
    expect(result.links.map((l) => [l.source, l.target])).toEqual([
      [[0], [0]],
      [[1, 2], [1]],
    ]);
  });

  it('keeps the separators so both paragraphs can be rebuilt', () => {
    const en = 'One sentence.  Another one.\nA third.';
    const result = alignSentences('一句话。另一句。第三句。', en);
    expect(result.target.map((p) => p.text + p.sep).join('')).toBe(en);
  });

  it('makes every sentence one-sided when the other paragraph is empty', () => {
    const result = alignSentences('', 'One. Two.');
    expect(result.source).toEqual([]);
    expect(result.links).toEqual([
      { source: [], target: [0], score: 1 },
      { source: [], target: [1], score: 1 },
    ]);
  });
});
