import { describe, expect, it } from 'vitest';
import { performShift, ter, terTokens } from '../../../../src/core/metrics/ter.ts';

describe('ter', () => {
  it('counts no edit for equal texts, whatever their spacing', () => {
    expect(ter('a  b\tc', 'a b c')).toEqual({ edits: 0, refLength: 3, score: 0, shifts: 0 });
    expect(ter(' Same  text ', ' Same  text ')).toEqual({
      edits: 0,
      refLength: 2,
      score: 0,
      shifts: 0,
    });
  });

  it('fixes a moved block with one shift', () => {
    expect(ter('d e f g h a b c', 'a b c d e f g h')).toMatchObject({ edits: 1, shifts: 1 });
  });

  it('counts a substitution and an insertion without shifts', () => {
    expect(ter('The cat sat on the mat .', 'The cat is sitting on the mat .')).toEqual({
      edits: 2,
      refLength: 8,
      score: 0.25,
      shifts: 0,
    });
  });

  it('is case-insensitive unless asked', () => {
    expect(ter('the cat', 'The Cat').edits).toBe(0);
    expect(ter('the cat', 'The Cat', { caseSensitive: true }).edits).toBe(2);
  });

  it('scores an empty reference 1 when the hypothesis has words and 0 when not', () => {
    expect(ter('a b', '')).toEqual({ edits: 2, refLength: 0, score: 1, shifts: 0 });
    expect(ter('', '')).toEqual({ edits: 0, refLength: 0, score: 0, shifts: 0 });
  });

  it('does not cap the score (HTER does)', () => {
    expect(ter('a b c d', 'x').score).toBe(4);
  });
});

describe('terTokens', () => {
  it("splits on Python's white space: no-break space yes, zero-width no-break space no", () => {
    expect(terTokens('a\u00a0b\u3000c\ufeffd\u001fe')).toEqual(['a', 'b', 'c\ufeffd', 'e']);
  });

  it('lower-cases as Python does, Greek final sigma included', () => {
    expect(terTokens('ΟΔΟΣ')).toEqual(['οδοσ']);
  });

  it('splits punctuation off when normalized, keeping decimals and possessives apart', () => {
    expect(terTokens("Jim's car costs 4.2 euros.", { normalized: true })).toEqual([
      'jim',
      "'s",
      'car',
      'costs',
      '4.2',
      'euros',
      '.',
    ]);
  });

  it('removes punctuation with noPunct, CJK punctuation too with asianSupport', () => {
    expect(terTokens('A ; B ) C : D.', { noPunct: true })).toEqual(['a', 'b', 'c', 'd']);
    expect(terTokens('好。坏，', { noPunct: true, asianSupport: true })).toEqual(['好坏']);
  });

  it('splits CJK characters apart with normalized asianSupport', () => {
    expect(terTokens('美众院', { normalized: true, asianSupport: true })).toEqual([
      '美',
      '众',
      '院',
    ]);
  });
});

describe('performShift', () => {
  const words = ['a', 'b', 'c', 'd', 'e'];

  it('moves a block before an earlier position', () => {
    expect(performShift(words, 3, 2, 1)).toEqual(['a', 'd', 'e', 'b', 'c']);
  });

  it('moves a block after a later position', () => {
    expect(performShift(words, 0, 2, 4)).toEqual(['c', 'd', 'a', 'b', 'e']);
  });

  it('moves a block within its own span as sacreBLEU does', () => {
    expect(performShift(words, 1, 2, 2)).toEqual(['a', 'd', 'b', 'c', 'e']);
  });
});

describe('ter: sacreBLEU’s shift limits (issue 11, test strength)', () => {
  const words = (n: number, prefix: string) => Array.from({ length: n }, (_, i) => `${prefix}${i}`);

  it('shifts a block of 10 words in one shift, but not a block of 11', () => {
    const block = (n: number) => {
      const moved = words(n, 'm');
      const rest = words(12, 'r');
      return ter([...rest, ...moved].join(' '), [...moved, ...rest].join(' '));
    };
    expect(block(10)).toMatchObject({ shifts: 1, edits: 1 });
    expect(block(11).shifts).toBeGreaterThan(1);
  });

  it('moves a word 50 positions, but not 51', () => {
    const far = (distance: number) => {
      const rest = words(distance, 'r');
      return ter([...rest, 'moved'].join(' '), ['moved', ...rest].join(' '));
    };
    expect(far(50)).toMatchObject({ shifts: 1, edits: 1 });
    expect(far(51)).toMatchObject({ shifts: 0, edits: 2 });
  });
});
