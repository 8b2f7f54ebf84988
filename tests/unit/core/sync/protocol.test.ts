import { describe, expect, it } from 'vitest';
import en from '../../../../src/i18n/locales/en.json';
import zhCN from '../../../../src/i18n/locales/zh-CN.json';
import {
  documentBelongsTo,
  projectOfDocument,
  SYNC_ERROR_CODES,
} from '../../../../src/core/sync/protocol.ts';

describe('the sync protocol', () => {
  it('has a message in both UI languages for every error code the client can receive', () => {
    const messages = (locale: { share: { errors: Record<string, string> } }) =>
      SYNC_ERROR_CODES.filter((code) => !locale.share.errors[code]?.trim());
    expect(messages(en)).toEqual([]);
    expect(messages(zhCN)).toEqual([]);
  });

  it('lets a project own its main document and its parts, and no other', () => {
    expect(documentBelongsTo('abc', 'abc')).toBe(true);
    expect(documentBelongsTo('abc/part-2', 'abc')).toBe(true);
    expect(documentBelongsTo('abcd', 'abc')).toBe(false);
    expect(documentBelongsTo('ab', 'abc')).toBe(false);
  });

  it('finds the project of a document name', () => {
    expect(projectOfDocument('abc')).toBe('abc');
    expect(projectOfDocument('abc/part-2')).toBe('abc');
  });
});
