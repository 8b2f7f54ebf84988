// @ts-nocheck
import { describe, expect, it } from 'vitest';
import {
  fitModel,
  invert,
  lengthCost,
  lengthModelFor,
  ZH_EN_MODEL,
} from '../../../../src/core/align/length-model.ts';
import { detectUnit, lengthIn, unitOfLanguage } from '../../../../src/core/align/script.ts';

describe('length units', () => {
  it('measures Chinese in characters, Latin words inside it at 1.5', () => {
    expect(lengthIn('他们使用DNA。', 'cjk')).toBe(4 + 1.5);
  });

  it('measures English in words, ignoring punctuation', () => {
    expect(lengthIn('In 2017, it grew by 3.5%.', 'words')).toBe(7);
  });

  it('chooses the unit from the language tag', () => {
    expect(unitOfLanguage('zh-CN')).toBe('cjk');
    expect(unitOfLanguage('ja')).toBe('cjk');
    expect(unitOfLanguage('en-US')).toBe('words');
    expect(unitOfLanguage('')).toBeUndefined();
  });

  it('guesses the unit from the script without a tag', () => {
    expect(detectUnit(['这是中文，有一个 English 词。'])).toBe('cjk');
    expect(detectUnit(['This is English with one 中 character.'])).toBe('words');
  });
});

describe('length model', () => {
  it('uses the calibrated zh→en ratio and its inverse for en→zh', () => {
    expect(lengthModelFor('cjk', 'words')).toBe(ZH_EN_MODEL);
    const reverse = lengthModelFor('words', 'cjk');
    expect(reverse.ratio).toBeCloseTo(1 / ZH_EN_MODEL.ratio);
    expect(invert(reverse).ratio).toBeCloseTo(ZH_EN_MODEL.ratio);
    expect(invert(reverse).variance).toBeCloseTo(ZH_EN_MODEL.variance);
  });

  it('costs least when the target length is the expected one', () => {
    const expected = 100 * ZH_EN_MODEL.ratio;
    const best = lengthCost(100, expected, ZH_EN_MODEL);
    expect(lengthCost(100, expected * 1.3, ZH_EN_MODEL)).toBeGreaterThan(best + 2);
    expect(lengthCost(100, expected * 0.7, ZH_EN_MODEL)).toBeGreaterThan(best + 2);
  });

  it('refits the ratio to a document, shrunk towards the calibration', () => {
    const terse = Array.from({ length: 20 }, () => [20, 16] as const); // 0.8 words per character
    const fitted = fitModel(ZH_EN_MODEL, terse);
    expect(fitted.ratio).toBeGreaterThan(0.7);
    expect(fitted.ratio).toBeLessThan(0.8);
    expect(fitModel(ZH_EN_MODEL, [[20, 16]]).ratio).toBeLessThan(0.62);
    expect(fitModel(ZH_EN_MODEL, [])).toEqual(ZH_EN_MODEL);
  });
});
