// @ts-nocheck
import { describe, expect, it } from 'vitest';
import {
  charEditDistance,
  levenshtein,
  totalDistance,
  wordEditDistance,
} from '../../../../src/core/metrics/edit-distance.ts';

describe('levenshtein', () => {
  it.each([
    ['kitten', 'sitting', 3],
    ['', 'abc', 3],
    ['abc', '', 3],
    ['flaw', 'lawn', 2],
    ['same', 'same', 0],
  ])('gives %s → %s a distance of %i', (a, b, d) => {
    expect(levenshtein([...a], [...b])).toBe(d);
  });
});

describe('wordEditDistance', () => {
  it('counts word edits without shifts (a moved word costs two)', () => {
    expect(wordEditDistance('b a c', 'a b c')).toEqual({ distance: 2, length: 3 });
  });

  it('ignores case unless asked', () => {
    expect(wordEditDistance('The', 'the').distance).toBe(0);
    expect(wordEditDistance('The', 'the', { caseSensitive: true }).distance).toBe(1);
  });
});

describe('charEditDistance', () => {
  it('counts CJK characters, leaving white space out', () => {
    expect(charEditDistance('美众院 公布', '美国众议院公布')).toEqual({ distance: 2, length: 7 });
  });

  it('counts an emoji as one character', () => {
    expect(charEditDistance('a😀', 'a😁')).toEqual({ distance: 1, length: 2 });
  });

  it('keeps white space when asked', () => {
    expect(charEditDistance('a b', 'ab', { keepWhitespace: true }).distance).toBe(1);
  });
});

describe('totalDistance', () => {
  it('sums distances and lengths', () => {
    expect(
      totalDistance([
        { distance: 1, length: 4 },
        { distance: 2, length: 6 },
      ]),
    ).toEqual({ distance: 3, length: 10 });
  });
});
