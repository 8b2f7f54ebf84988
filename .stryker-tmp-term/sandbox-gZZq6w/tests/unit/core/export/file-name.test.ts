// @ts-nocheck
import { describe, expect, it } from 'vitest';
import { downloadName } from '../../../../src/core/export/file-name.ts';

describe('downloadName', () => {
  it('joins project name, kind and extension', () => {
    expect(downloadName('Liaoning plan', 'edition', 'txt')).toBe('Liaoning plan.edition.txt');
  });

  it('drops characters illegal on Windows, macOS or Linux', () => {
    expect(downloadName('a\\b/c:d*e?f"g<h>i|j\u0007k', 'edition', 'md')).toBe(
      'abcdefghijk.edition.md',
    );
  });

  it('collapses whitespace and trims dots and spaces at the ends', () => {
    expect(downloadName('  . my\t\n  plan ..', 'backup', 'json')).toBe('my plan.backup.json');
  });

  it('falls back to "verso" when nothing is left', () => {
    expect(downloadName(' /:*?. ', 'edition', 'txt')).toBe('verso.edition.txt');
  });

  it('caps the project name at 100 characters without splitting a surrogate pair', () => {
    const name = downloadName('😀'.repeat(150), 'edition', 'txt');
    expect(name).toBe(`${'😀'.repeat(100)}.edition.txt`);
  });

  it('keeps Chinese names', () => {
    expect(downloadName('辽宁方案', 'edition', 'txt')).toBe('辽宁方案.edition.txt');
  });

  it('avoids names Windows reserves', () => {
    expect(downloadName('con', 'edition', 'txt')).toBe('con_.edition.txt');
  });

  it('leaves out an empty kind', () => {
    expect(downloadName('plan', '', 'json')).toBe('plan.json');
  });
});
