// @ts-nocheck
import { describe, expect, it } from 'vitest';
import {
  isAsciiNmtoken,
  languagesOf,
  sourceOf,
  unitIds,
} from '../../../../src/core/export/export-input.ts';
import { meta, segment } from '../../../support/export.ts';

describe('unitIds', () => {
  it('keeps usable external ids used once and numbers the others by position', () => {
    const segments = [
      segment('a', 'x', { externalId: 'intro' }),
      segment('b', 'x', { externalId: 'intro' }),
      segment('c', 'x', { externalId: 'x/y' }),
      segment('d', 'x'),
      segment('e', 'x', { externalId: 'u4' }),
    ];
    expect(unitIds(segments, isAsciiNmtoken)).toEqual(['intro', 'u2', 'u3', 'u4_2', 'u4']);
  });

  it('leaves empty external ids out', () => {
    expect(unitIds([segment('a', 'x', { externalId: '' })], () => true)).toEqual(['u1']);
  });
});

describe('isAsciiNmtoken', () => {
  it.each([
    ['u1', true],
    ['a.b-c_d:e', true],
    ['x/y', false],
    ['x y', false],
    ['中', false],
    ['', false],
  ])('says %s → %s', (id, ok) => {
    expect(isAsciiNmtoken(id)).toBe(ok);
  });
});

describe('languagesOf', () => {
  it('takes the project languages, the target for a project without a source', () => {
    expect(languagesOf(meta())).toEqual({ source: 'zh-CN', target: 'en' });
    expect(languagesOf(meta({ sourceLang: undefined }))).toEqual({ source: 'en', target: 'en' });
  });

  it('writes und for a missing or malformed target language', () => {
    expect(languagesOf(meta({ targetLang: '', sourceLang: 'not a tag' }))).toEqual({
      source: 'und',
      target: 'und',
    });
  });
});

describe('sourceOf', () => {
  it('is the source, or the MT when there is none', () => {
    expect(sourceOf(segment('a', 'MT', { source: '' }))).toBe('');
    expect(sourceOf(segment('a', 'MT'))).toBe('MT');
  });
});
