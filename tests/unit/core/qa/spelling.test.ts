import { describe, expect, it } from 'vitest';
import { createSpeller, suggestByEdits } from '../../../../src/core/qa/speller.ts';
import { CTX, englishDictionary, englishSpeller, findingsOf, seg } from '../../../support/qa.ts';

describe('createSpeller over dictionary-en', () => {
  it('loads the Hunspell files of dictionary-en 4 (index.aff, index.dic)', () => {
    const { aff, dic } = englishDictionary();
    const speller = createSpeller(aff, dic, ['Liaohai']);
    expect(speller.correct('forty')).toBe(true);
    expect(speller.correct('Fourty')).toBe(false);
    expect(speller.suggest('Fourty')[0]).toBe('Forty');
    expect(speller.correct('Liaohai')).toBe(true); // an extra word
  });

  it('never flags numbers, acronyms, placeholders, URLs or e-mail addresses', () => {
    const speller = englishSpeller();
    for (const word of ['5G', '2017年', 'SCIO', 'OBOR', '⟨1⟩', 'www.example.cn', 'a@b.cn'])
      expect(speller.correct(word), word).toBe(true);
  });

  it('suggests words one edit away, the likeliest slip first', () => {
    const known = new Set(['the', 'tea', 'receive', 'forty']);
    expect(suggestByEdits('teh', (w) => known.has(w))[0]).toBe('the');
    expect(suggestByEdits('recieve', (w) => known.has(w))).toEqual(['receive']);
    expect(suggestByEdits('zzzz', (w) => known.has(w))).toEqual([]);
  });
});

describe('spelling', () => {
  const ctx = { ...CTX, speller: englishSpeller() };

  it('flags a misspelt word with the dictionary’s suggestion', () => {
    expect(findingsOf('spelling', seg('Fourty open policies.'), ctx)).toMatchObject([
      {
        text: 'Fourty',
        suggestion: 'Forty',
        severity: 'warning',
        message: { key: 'qa.spelling.unknown' },
      },
    ]);
  });

  it('checks compounds part by part and possessives without their ’s', () => {
    expect(
      findingsOf('spelling', seg('e-commerce and high-speed rail, Liaoning’s ports'), ctx),
    ).toEqual([]);
    expect(findingsOf('spelling', seg('the goverment-led plan'), ctx)).toMatchObject([
      { text: 'goverment', suggestion: 'government' },
    ]);
  });

  it('takes a capitalised unknown word inside a sentence for a name: info, no suggestion', () => {
    expect(findingsOf('spelling', seg('the Huludao swimsuit industry'), ctx)).toMatchObject([
      { text: 'Huludao', severity: 'info', message: { key: 'qa.spelling.name' } },
    ]);
    expect(
      findingsOf('spelling', seg('the Huludao swimsuit industry'), ctx)[0]?.suggestion,
    ).toBeUndefined();
  });

  it('knows the project’s words and the terms’ words, and skips protected text', () => {
    const words = { ...ctx, projectWords: ['Huludao'] };
    expect(findingsOf('spelling', seg('the Huludao swimsuit'), words)).toEqual([]);
    const terms = {
      ...ctx,
      terms: [{ id: 't', preferred: 'Xudabao', forbidden: [], wholeWord: true, matchCase: false }],
    };
    expect(findingsOf('spelling', seg('the Xudabao plant'), terms)).toEqual([]);
    expect(findingsOf('spelling', seg('see ⟨1⟩ www.lnetc.cn and info@lnetc.cn'), ctx)).toEqual([]);
  });

  it('is off without a speller', () => {
    expect(findingsOf('spelling', seg('Fourty'))).toEqual([]);
  });
});
