// @ts-nocheck
import { describe, expect, it } from 'vitest';
import { tokenize, wordCount } from '../../../../src/core/text/diff.ts';
import { seededRandom } from '../../../support/prng.ts';

/** What wordCount must equal: the diff's tokens that have a letter or a digit. */
const byTokens = (text: string) => tokenize(text).filter((t) => /[\p{L}\p{N}]/u.test(t)).length;

// Letters, digits, apostrophes, marks alone and after letters, spaces of several kinds, punctuation,
// CJK letters and CJK-script symbols (a radical, 〇), astral letters and symbols, lone surrogates.
const PIECES =
  "a|Z|é|7|'|’|\u0301|क्षि| |\t|\n|\u00a0|\ufeff|.|,|-|<|中|文|ひ|カ|한|\u2e80|〇|々|𠀀|𝐀|😀|\ud800|\udc00|٣|don|t|⟨1⟩|Ω".split(
    '|',
  );

describe('wordCount', () => {
  it('counts words, CJK characters and contractions as the diff tokenizes them', () => {
    expect(wordCount("Don't stop: 3 cats, 中文 words’ end")).toBe(8);
    expect(wordCount('')).toBe(0);
    expect(wordCount("' ’ \u0301 .")).toBe(0);
  });

  it('agrees with counting the diff tokens on random text', () => {
    const random = seededRandom(42);
    for (let n = 0; n < 3000; n += 1) {
      const length = Math.floor(random() * 12);
      let text = '';
      for (let i = 0; i < length; i += 1) text += PIECES[Math.floor(random() * PIECES.length)];
      expect(wordCount(text), JSON.stringify(text)).toBe(byTokens(text));
    }
  });
});
