import { describe, expect, it } from 'vitest';
import { runChecks, skippedChecks } from '../../../../src/core/qa/index.ts';
import { BELT_AND_ROAD_PACK } from '../../../../src/core/terms/packs/belt-and-road.ts';
import { createSpeller, suggestByEdits } from '../../../../src/core/qa/speller.ts';
import {
  CTX,
  englishDictionary,
  englishSpeller,
  findingsOf,
  seedSegments,
  seg,
} from '../../../support/qa.ts';

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

  it('takes a capitalised word inside a sentence that the MT has too for a name note, not spelling', () => {
    const segment = seg('the Huludao swimsuit industry');
    expect(findingsOf('spelling', segment, ctx)).toEqual([]);
    expect(findingsOf('name', segment, ctx)).toMatchObject([
      { text: 'Huludao', severity: 'info', message: { key: 'qa.name.unknown' } },
    ]);
    expect(findingsOf('name', segment, ctx)[0]?.suggestion).toBeUndefined();
  });

  it('takes a name the source has (and the MT not) for a name too', () => {
    const segment = seg('the Huludao plant', { mt: 'the plant', source: 'Huludao 工厂' });
    expect(findingsOf('name', segment, ctx)).toMatchObject([{ text: 'Huludao' }]);
  });

  it('keeps a capitalised word the reviewer typed (not in the MT) as a spelling note with a suggestion', () => {
    const segment = seg('the Goverment plan', { mt: 'the plan' });
    expect(findingsOf('name', segment, ctx)).toEqual([]);
    expect(findingsOf('spelling', segment, ctx)).toMatchObject([
      { text: 'Goverment', severity: 'info', suggestion: 'Government' },
    ]);
  });

  it('flags an unknown capitalised word at the start of a sentence as spelling', () => {
    expect(findingsOf('spelling', seg('Fine. Huludao grows.'), ctx)).toMatchObject([
      { text: 'Huludao', severity: 'warning' },
    ]);
  });

  it('leaves a target in a language the dictionary is not for unchecked', () => {
    const german = { ...ctx, targetLang: 'de' };
    const segment = seg('Drücken Sie die Taste.');
    expect(findingsOf('spelling', segment, german)).toEqual([]);
    expect(findingsOf('name', segment, german)).toEqual([]);
  });

  it('checks every English variant (en-GB, en-US)', () => {
    const british = { ...ctx, targetLang: 'en-GB' };
    expect(findingsOf('spelling', seg('Fourty open policies.'), british)).toHaveLength(1);
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

describe('skippedChecks', () => {
  it('says once that spelling is not checked when the dictionary is not the target’s language', () => {
    const german = { ...CTX, speller: englishSpeller(), targetLang: 'de' };
    expect(skippedChecks(german)).toEqual([
      {
        rule: 'spelling',
        message: { key: 'qa.skipped.spelling', params: { lang: 'de', dictionary: 'en' } },
      },
    ]);
  });

  it('says nothing when the dictionary fits or there is none', () => {
    expect(skippedChecks({ ...CTX, speller: englishSpeller() })).toEqual([]);
    expect(skippedChecks({ ...CTX, targetLang: 'de' })).toEqual([]);
  });
});

describe('names on the seed (issue 11 item 7)', () => {
  it('sends the pinyin names the MT carries to the names note, leaving one spelling flag', () => {
    // As the app checks the seed: the term pack on.
    const ctx = { ...CTX, terms: BELT_AND_ROAD_PACK, speller: englishSpeller() };
    const findings = runChecks(seedSegments(), ctx);
    const names = findings.filter((f) => f.rule === 'name').map((f) => f.text);
    const spelling = findings.filter((f) => f.rule === 'spelling').map((f) => f.text);
    expect(names).toHaveLength(15);
    expect(names).toEqual(expect.arrayContaining(['Jinping', 'Chaoyang', 'Liaohai', 'Davos']));
    expect(spelling).toEqual(['Huludao']);
  });
});
