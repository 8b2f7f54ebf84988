/**
 * Edges of find and replace the main suite (find-replace.test.ts) leaves open (issue 11, test
 * strength): characters NFC splits in two, whole word next to characters outside the Basic
 * Multilingual Plane and next to broken surrogate pairs, matches at the very end of a segment, text
 * with no ASCII in it, and expressions that match empty text only in some contexts.
 */
import { describe, expect, it } from 'vitest';
import { findOptions } from '../../../support/find-options.ts';
import { inputErrorOf } from '../../../support/input-error.ts';
import {
  applyHits,
  compileFind,
  findHits,
  type FindOptions,
} from '../../../../src/core/review/find-replace.ts';

const options = findOptions;

/** The texts `opts` finds in `text`, in order, after checking that every offset is in the text. */
const found = (o: Partial<FindOptions>, text: string): string[] =>
  [...compileFind(options(o)).matches(text)].map((m) => {
    expect(0 <= m.start && m.start < m.end && m.end <= text.length).toBe(true);
    return text.slice(m.start, m.end);
  });

/** Devanagari QA (U+0958): NFC turns it into KA (U+0915) + NUKTA (U+093C), two characters. */
const QA = '\u0958';
const KA = '\u0915';
const NUKTA = '\u093c';

describe('characters that NFC splits in two', () => {
  it('finds QA whole when searching KA + nukta, as plain text and as a regular expression', () => {
    expect(found({ find: KA + NUKTA }, `${QA} ${KA}`)).toEqual([QA]);
    expect(found({ find: KA + NUKTA, regex: true }, `${QA} ${KA}`)).toEqual([QA]);
  });

  it('never reports half of QA: a regular expression for KA or for the nukta alone finds nothing in it', () => {
    expect(found({ find: KA, regex: true }, QA)).toEqual([]);
    expect(found({ find: NUKTA, regex: true }, QA)).toEqual([]);
    expect(found({ find: `${KA}|${NUKTA}`, regex: true }, `${QA}${KA}`)).toEqual([KA]);
  });

  it('finds a separate KA next to QA and replaces only that one', () => {
    const text = `${QA}${KA}`;
    const hits = findHits([{ id: 's1', text }], options({ find: KA, replace: 'x', regex: true }));
    expect(hits.map((h) => [h.start, h.end])).toEqual([[1, 2]]);
    expect(applyHits(text, hits)).toBe(`${QA}x`);
  });
});

describe('text with no ASCII character in it', () => {
  it('finds composed Ё in a Russian segment stored with Е + combining diaeresis', () => {
    const decomposed = 'Ее\u0308ж \u0415\u0308лка';
    expect(found({ find: 'Ё' }, decomposed)).toEqual(['е\u0308', '\u0415\u0308']);
    expect(found({ find: 'Ё', matchCase: true }, decomposed)).toEqual(['\u0415\u0308']);
    expect(found({ find: 'ё', matchCase: true }, decomposed)).toEqual(['е\u0308']);
    // A segment of one word: no ASCII character at all, not even a space.
    expect(found({ find: 'ёлка' }, '\u0415\u0308лка')).toEqual(['\u0415\u0308лка']);
    expect(found({ find: 'Ё', matchCase: true }, 'Е\u0308Е\u0308')).toEqual(['Е\u0308', 'Е\u0308']);
  });

  it('finds Greek and Chinese text as it is typed', () => {
    expect(found({ find: 'οδός' }, 'Η ΟΔΌΣ, η οδός')).toEqual(['ΟΔΌΣ', 'οδός']);
    expect(found({ find: '一带一路' }, '“一带一路”倡议与一带一路')).toEqual([
      '一带一路',
      '一带一路',
    ]);
  });
});

describe('whole word at the end of a segment', () => {
  it('finds a word with a non-ASCII letter when nothing follows it', () => {
    expect(found({ find: 'straße', wholeWord: true }, 'die Straße')).toEqual(['Straße']);
    expect(found({ find: 'café', wholeWord: true }, 'café')).toEqual(['café']);
  });

  it('still refuses the word when a letter follows, at the end as elsewhere', () => {
    expect(found({ find: 'café', wholeWord: true }, 'cafés')).toEqual([]);
  });
});

describe('whole word next to characters outside the Basic Multilingual Plane', () => {
  // Letters written as surrogate pairs: rare CJK ideographs (𠀀 U+20000, 𠏿 U+203FF, 𠮷 U+20BB7, the
  // "tsuchi-yoshi" of Japanese names) and Linear B 𐀀 (U+10000). Their two halves span the whole range
  // of high (D800…) and low (DC00…DFFF) surrogates.
  it.each([
    ['𠀀', 'U+20000'],
    ['𠏿', 'U+203FF'],
    ['𠮷', 'U+20BB7'],
    ['𐀀', 'U+10000'],
  ])('counts %s (%s) before the match as a letter of the same word', (letter) => {
    expect(found({ find: 'é', wholeWord: true }, `${letter}é ${letter} é`)).toEqual(['é']);
    expect(found({ find: 'café', wholeWord: true }, `${letter}café, ${letter} café`)).toEqual([
      'café',
    ]);
    const text = `${letter}café ${letter} café`;
    const hits = findHits(
      [{ id: 's1', text }],
      options({ find: 'café', replace: 'thé', wholeWord: true }),
    );
    expect(applyHits(text, hits)).toBe(`${letter}café ${letter} thé`);
  });

  it('does not count an emoji before or after the match as a letter', () => {
    expect(found({ find: 'café', wholeWord: true }, '😀café😀 ☕café')).toEqual(['café', 'café']);
    expect(found({ find: 'é', wholeWord: true }, '😀é')).toEqual(['é']);
  });

  it('counts an astral letter after the match as a letter of the same word', () => {
    expect(found({ find: 'café', wholeWord: true }, 'café𠮷 café')).toEqual(['café']);
  });
});

describe('whole word next to a broken surrogate pair (half an emoji from a damaged file)', () => {
  it('still sees the letter between a lone high surrogate and the match', () => {
    expect(found({ find: 'café', wholeWord: true }, '\ud83dbcafé')).toEqual([]);
    expect(found({ find: 'café', wholeWord: true }, '\ud83dＡcafé')).toEqual([]);
    expect(found({ find: 'café', wholeWord: true }, '\ud83d café')).toEqual(['café']);
  });

  it('takes a lone low surrogate for what it is, not for the letter before it', () => {
    expect(found({ find: 'café', wholeWord: true }, 'é\ude00café')).toEqual(['café']);
    expect(found({ find: 'café', wholeWord: true }, '\ude00café')).toEqual(['café']);
  });
});

describe('expressions that can match empty text only in some segments', () => {
  // Each would insert its replacement "between" characters only where the context fits; the dialog
  // refuses them at once rather than when a segment with that context turns up.
  it.each([
    ['^$', 'an empty segment', false],
    ['(?<=a)$', 'the end of a segment ending in a lower-case "a"', true],
    ['(?<=[A-Z])', 'after a capital letter', true],
    ['(?<= )$', 'the end of a segment ending in a space', false],
    ['(?<=\\d)', 'after a digit', false],
    ['(?<=_)', 'after an underscore', false],
    ['(?<=\\p{Script=Han})', 'after a Chinese character', false],
    ['(?<=[à-ÿ])', 'after an accented letter', false],
    ['(?<=\\.)', 'after a full stop', false],
    ['(?<=\\p{L} )', 'the start of a word after another', false],
    ['(?<=[a-z]{2})', 'inside a word of two letters or more', false],
    ['(?<=\\n)', 'the start of a new line', false],
  ])('refuses /%s/, which matches empty text at %s', (find, _where, matchCase) => {
    const error = inputErrorOf(() => compileFind(options({ find, regex: true, matchCase })));
    expect(error.code).toBe('errors.emptyMatch');
    expect(error.params).toEqual({ pattern: find });
  });

  it('accepts a lookbehind followed by something to match', () => {
    expect(found({ find: '(?<=\\d)%', regex: true }, '5% and %')).toEqual(['%']);
    expect(found({ find: '(?<=[A-Z])\\d+', regex: true, matchCase: true }, 'A12 b34')).toEqual([
      '12',
    ]);
  });
});
