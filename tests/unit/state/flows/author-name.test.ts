import { describe, expect, it } from 'vitest';
import { AUTHOR_KEY, authorName, setAuthorName } from '../../../../src/state/flows/author-name.ts';
import { mapSettings } from '../../../support/store.ts';

const settings = mapSettings;

describe('the reviewer’s name', () => {
  it('is empty until set, then remembered under one key', () => {
    const s = settings();
    expect(authorName(s)).toBe('');
    expect(setAuthorName(s, '  Ada Lovelace ')).toBe('Ada Lovelace');
    expect(authorName(s)).toBe('Ada Lovelace');
    expect([...s.map.keys()]).toEqual([AUTHOR_KEY]);
  });

  it('moves a name kept under the older LQA/TM key to the one key', () => {
    const s = settings({ 'verso.userName': 'Ann' });
    expect(authorName(s)).toBe('Ann');
    expect(s.map.get(AUTHOR_KEY)).toBe('Ann');
  });

  it('prefers the name set in Settings over an older one', () => {
    const s = settings({ 'verso.userName': 'Old', [AUTHOR_KEY]: 'New' });
    expect(authorName(s)).toBe('New');
  });

  it('keeps a cleared name cleared rather than bringing the old one back', () => {
    const s = settings({ 'verso.userName': 'Old' });
    setAuthorName(s, '');
    expect(authorName(s)).toBe('');
  });
});
