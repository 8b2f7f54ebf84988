// @ts-nocheck
import { describe, expect, it } from 'vitest';
import {
  formatLanguageTag,
  isWellFormedLanguageTag,
  sameLanguageTag,
} from '../../../../../src/core/formats/common/bcp47.ts';

describe('BCP 47 language tags', () => {
  it.each([
    'en',
    'zh-CN',
    'zh-Hant-TW',
    'es-419',
    'sr-Latn-RS',
    'de-CH-1901',
    'en-x-verso',
    'x-private',
    'i-klingon',
  ])('accepts %s as well-formed', (tag) => expect(isWellFormedLanguageTag(tag)).toBe(true));

  it.each(['e', 'f r', 'en_US', 'en-', 'toolongtag', 'zh-CN-'])('refuses %j', (tag) => {
    expect(isWellFormedLanguageTag(tag)).toBe(false);
  });

  it('writes tags in their conventional case', () => {
    expect(['EN-us', 'zh-hant-tw', 'fr-ca', 'en-x-abc'].map(formatLanguageTag)).toEqual([
      'en-US',
      'zh-Hant-TW',
      'fr-CA',
      'en-x-abc',
    ]);
  });

  it('compares tags without regard to case', () => {
    expect(sameLanguageTag('eN-uS', 'en-US')).toBe(true);
    expect(sameLanguageTag('en', 'en-US')).toBe(false);
  });
});
