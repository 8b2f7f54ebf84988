import { describe, expect, it } from 'vitest';
import { countText, evaluatedWordsOf, wordBasisOf } from '../../../../src/core/lqa/words.ts';
import { wordCount } from '../../../../src/core/text/diff.ts';

describe('evaluated words', () => {
  it('counts an English target as the diff counts its words', () => {
    const text = 'The plan, adopted in 2018, covers 5 zones—and “Dalian’s” port.';
    expect(evaluatedWordsOf(countText(text), wordBasisOf('en-GB'))).toBe(wordCount(text));
  });

  it('counts a Japanese target in characters at 2.5 per word', () => {
    expect(wordBasisOf('ja')).toEqual({ unit: 'characters', charactersPerWord: 2.5 });
    expect(evaluatedWordsOf(countText('一帯一路の協力'), wordBasisOf('ja'))).toBe(7 / 2.5);
  });

  it('counts a Korean target by its space-separated words', () => {
    expect(countText('일대일로 협력을 강화한다', true)).toEqual({ words: 3, characters: 0 });
    expect(wordBasisOf('ko-KR')).toEqual({ unit: 'words' });
  });

  it('does not count punctuation or white space', () => {
    expect(countText('  —— 。，!  ')).toEqual({ words: 0, characters: 0 });
  });
});
