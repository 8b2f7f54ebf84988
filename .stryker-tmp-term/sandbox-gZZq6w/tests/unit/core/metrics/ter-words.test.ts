// @ts-nocheck
import { describe, expect, it } from 'vitest';
import { terOfTokens, ter, terTokens } from '../../../../src/core/metrics/ter.ts';
import { isPythonSpace, terWords } from '../../../../src/core/metrics/ter-words.ts';
import { seededRandom } from '../../../support/prng.ts';

describe('terWords', () => {
  it('numbers equal tokens alike and gives every word the reference lacks one number', () => {
    expect(terWords('x the cat y the', 'the cat sat')).toEqual({
      hyp: [3, 0, 1, 3, 0],
      ref: [0, 1, 2],
      words: 4,
    });
  });

  it('splits on the separators the tokenizer splits on, and on no other code unit', () => {
    for (let unit = 0; unit < 0x10000; unit += 1) {
      const text = `a${String.fromCharCode(unit)}b`;
      const separates = terTokens(text, { caseSensitive: true }).length !== 1;
      if (isPythonSpace(unit) !== separates) expect.fail(`U+${unit.toString(16)}`);
    }
  });

  it('gives the same TER as the tokens compared through strings, long texts included', () => {
    const random = seededRandom(11);
    const pieces = ['a', 'b', 'ab', 'B', 'c.', '中', '\u00a0', ' ', '\t', '\u3000', '\ufeff', '😀'];
    const text = (length: number) => {
      let out = '';
      for (let i = 0; i < length; i += 1) out += pieces[Math.floor(random() * pieces.length)];
      return out;
    };
    for (let n = 0; n < 300; n += 1) {
      const length = n % 50 === 0 ? 1200 : Math.floor(random() * 40);
      const [hyp, ref] = [text(length), text(Math.floor(length * (0.5 + random())))];
      expect(ter(hyp, ref), JSON.stringify([hyp, ref])).toEqual(
        terOfTokens(terTokens(hyp), terTokens(ref)),
      );
    }
  });
});
