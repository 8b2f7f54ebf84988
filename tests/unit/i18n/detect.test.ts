import { describe, expect, it } from 'vitest';
import { detectLanguage, type LanguageHints } from '../../../src/i18n/detect.ts';

const SUPPORTED = ['en', 'zh-CN'] as const;
const detect = (hints: Partial<LanguageHints>) =>
  detectLanguage({ search: '', stored: null, browser: [], ...hints }, SUPPORTED, 'en');

describe('detectLanguage', () => {
  it('lets ?lng= win over the remembered choice and the browser', () => {
    expect(detect({ search: '?lng=zh-CN', stored: 'en', browser: ['en-US'] })).toBe('zh-CN');
  });

  it('uses the remembered choice before the browser', () => {
    expect(detect({ stored: 'zh-CN', browser: ['en-US'] })).toBe('zh-CN');
  });

  it('maps a browser language to the shipped one of the same language', () => {
    expect(detect({ browser: ['zh-TW'] })).toBe('zh-CN');
    expect(detect({ browser: ['zh-Hans-CN'] })).toBe('zh-CN');
    expect(detect({ browser: ['en-GB'] })).toBe('en');
  });

  it('takes the first of the browser languages that Verso ships', () => {
    expect(detect({ browser: ['fr-FR', 'de', 'zh'] })).toBe('zh-CN');
  });

  it('skips hints that name no shipped language, and falls back to English', () => {
    expect(detect({ search: '?lng=xx', stored: 'fr', browser: ['ja'] })).toBe('en');
  });

  it('matches case-insensitively and with an underscore', () => {
    expect(detect({ stored: 'ZH_cn' })).toBe('zh-CN');
  });
});
