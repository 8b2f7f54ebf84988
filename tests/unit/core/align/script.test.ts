import { describe, expect, it } from 'vitest';
import { lengthIn } from '../../../../src/core/align/script.ts';
import { seededRandom } from '../../../support/prng.ts';

/** lengthIn as it was defined before its one-pass counter: two Unicode-property regexes. */
function lengthByRegex(text: string, unit: 'cjk' | 'words'): number {
  const cjk = text.match(
    /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu,
  );
  const words = text.match(
    /(?:(?![\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}])[\p{L}\p{N}\p{M}])+/gu,
  );
  const c = cjk?.length ?? 0;
  const w = words?.length ?? 0;
  return unit === 'cjk' ? c + 1.5 * w : w + c;
}

/** Characters of every class the counter tells apart, astral and lone surrogates included. */
const ALPHABET = [
  ...'aZ09 .,-_\'"@[`{\t\n',
  ...'éßΩжب١٢é\u0301\u0300·—“”、。，！',
  ...'中国一带ひらカナ한글ｱＡ０',
  '𠀀', // a CJK ideograph outside the BMP
  '𝐀', // a mathematical letter outside the BMP
  '😀',
  '\ud800', // lone surrogates
  '\udc00',
];

describe('lengthIn', () => {
  it('counts CJK characters and other words as the Unicode-property regexes do', () => {
    const random = seededRandom(7);
    for (let n = 0; n < 2000; n++) {
      const length = Math.floor(random() * 40);
      const text = Array.from(
        { length },
        () => ALPHABET[Math.floor(random() * ALPHABET.length)]!,
      ).join('');
      for (const unit of ['cjk', 'words'] as const)
        expect(lengthIn(text, unit), JSON.stringify(text)).toBe(lengthByRegex(text, unit));
    }
  });

  it('counts a Chinese sentence with a Latin name and a number', () => {
    expect(lengthIn('辽宁省与DNA公司签订了3份协议。', 'cjk')).toBe(12 + 1.5 * 2);
    expect(lengthIn('Liaoning signed 3 agreements with DNA.', 'words')).toBe(6);
  });
});
