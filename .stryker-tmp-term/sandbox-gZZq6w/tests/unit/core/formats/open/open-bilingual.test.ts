// @ts-nocheck
import { describe, expect, it } from 'vitest';
import { openBilingual } from '../../../../../src/core/formats/open/open-bilingual.ts';
import { inputErrorOf } from '../../../../support/input-error.ts';
import { fixture, utf8 } from '../../../../support/formats.ts';

describe('openBilingual', () => {
  it.each([
    ['review.xlf', 'xliff2'],
    ['review-12.xlf', 'xliff12'],
    ['review.tmx', 'tmx'],
    ['review.tsv', 'tsv'],
    ['review.csv', 'csv'],
  ])('reads %s as %s', (name, format) => {
    expect(openBilingual(fixture(name), name).format).toBe(format);
  });

  it('tells the format by the root element, whatever the extension says', () => {
    expect(openBilingual(fixture('review.tmx'), 'memory.xml').format).toBe('tmx');
    expect(openBilingual(fixture('review-12.xlf'), 'misnamed.xlf2').format).toBe('xliff12');
    expect(openBilingual(fixture('review.xlf'), 'misnamed.tmx').format).toBe('xliff2');
  });

  it('passes progress, cancellation and the TMX language pair on', () => {
    const calls: number[][] = [];
    const doc = openBilingual(
      fixture('review.tmx'),
      'review.tmx',
      (d, t) => calls.push([d, t]),
      undefined,
      { targetLang: 'fr' },
    );
    expect([doc.targetLang, doc.units.length, calls]).toEqual(['fr', 1, [[2, 2]]]);
    expect(
      inputErrorOf(() =>
        openBilingual(fixture('review.tsv'), 'review.tsv', undefined, { aborted: true }),
      ).code,
    ).toBe('errors.cancelled');
  });

  it('lets the reader of the extension explain a file that is not what it says', () => {
    expect(inputErrorOf(() => openBilingual(utf8('<html/>'), 'a.xlf')).code).toBe(
      'errors.xliffInvalid',
    );
    expect(inputErrorOf(() => openBilingual(utf8('not xml'), 'a.tmx')).code).toBe(
      'errors.xmlSyntax',
    );
  });

  it.each([
    ['notes.docx', 'docx'],
    ['a.sdlxliff', 'sdlxliff'],
    ['other.xml', 'xml'],
  ])('refuses %s with errors.bilingualUnsupportedType', (name, ext) => {
    const bytes =
      ext === 'sdlxliff'
        ? fixture('review-12.xlf')
        : utf8(ext === 'xml' ? '<html/>' : 'plain text');
    const error = inputErrorOf(() => openBilingual(bytes, name));
    expect([error.code, error.params]).toEqual([
      'errors.bilingualUnsupportedType',
      { file: name, ext },
    ]);
  });
});
