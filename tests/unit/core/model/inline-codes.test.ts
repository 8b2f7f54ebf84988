import { describe, expect, it } from 'vitest';
import {
  checkPlaceholderEdit,
  unknownPlaceholder,
  type InlineCode,
} from '../../../../src/core/model/inline-codes.ts';

/** The codes of OASIS sample1.xlf as Verso imports it: ⟨1⟩…⟨/1⟩ in the source, ⟨2⟩…⟨/2⟩ in the MT. */
const CODES: InlineCode[] = [
  { n: 1, kind: 'open', element: 'mrk', id: 'm1', data: '<mrk id="m1" type="term">' },
  { n: 1, kind: 'close', element: 'mrk', id: 'm1', data: '</mrk>' },
  { n: 2, kind: 'open', element: 'mrk', id: 'm2', data: '<mrk id="m2" type="term">' },
  { n: 2, kind: 'close', element: 'mrk', id: 'm2', data: '</mrk>' },
  { n: 12, kind: 'standalone', element: 'ph', id: '12', data: '<ph id="12"/>' },
];
const SEGMENT = {
  codes: CODES,
  source: 'Press the ⟨1⟩TAB key⟨/1⟩.⟨12/⟩',
  mt: 'Drücken Sie die ⟨2⟩TAB-TASTE⟨/2⟩.⟨12/⟩',
};
const TEXT = SEGMENT.mt;

describe('checkPlaceholderEdit', () => {
  it('accepts typing outside the placeholders', () => {
    expect(checkPlaceholderEdit(TEXT, TEXT.replace('Drücken', 'Drücke'), SEGMENT)).toEqual({
      ok: true,
    });
  });

  it('refuses renumbering ⟨2⟩ to ⟨5⟩', () => {
    expect(checkPlaceholderEdit(TEXT, TEXT.replace('⟨2⟩', '⟨5⟩'), SEGMENT)).toEqual({
      ok: false,
      problem: 'changed',
      placeholder: '⟨2⟩',
    });
  });

  it('refuses renumbering to another code of the segment (⟨2⟩ to ⟨1⟩)', () => {
    expect(checkPlaceholderEdit(TEXT, TEXT.replace('⟨2⟩', '⟨1⟩'), SEGMENT)).toMatchObject({
      ok: false,
      problem: 'changed',
    });
  });

  it('refuses deleting one digit of ⟨12/⟩ even though ⟨1/⟩-like codes exist', () => {
    expect(checkPlaceholderEdit(TEXT, TEXT.replace('⟨12/⟩', '⟨2/⟩'), SEGMENT)).toMatchObject({
      ok: false,
      problem: 'changed',
      placeholder: '⟨12/⟩',
    });
  });

  it('refuses a letter typed inside ⟨/2⟩ as broken', () => {
    expect(checkPlaceholderEdit(TEXT, TEXT.replace('⟨/2⟩', '⟨/x2⟩'), SEGMENT)).toMatchObject({
      ok: false,
      problem: 'broken',
    });
  });

  it('accepts deleting a whole placeholder', () => {
    expect(checkPlaceholderEdit(TEXT, TEXT.replace('⟨12/⟩', ''), SEGMENT).ok).toBe(true);
  });

  it('accepts deleting a placeholder next to another one', () => {
    const before = 'a⟨2⟩⟨12/⟩b⟨/2⟩';
    expect(checkPlaceholderEdit(before, 'a⟨12/⟩b⟨/2⟩', SEGMENT).ok).toBe(true);
  });

  it('accepts moving a placeholder (deleted here, pasted there)', () => {
    const deleted = TEXT.replace('⟨12/⟩', '');
    const moved = `⟨12/⟩${deleted}`;
    expect(checkPlaceholderEdit(deleted, moved, SEGMENT).ok).toBe(true);
  });

  it('accepts pasting a code of the source that the MT lacks, before another placeholder', () => {
    const before = 'x⟨2⟩y⟨/2⟩';
    expect(checkPlaceholderEdit(before, 'x⟨1⟩⟨2⟩y⟨/2⟩', SEGMENT).ok).toBe(true);
  });

  it('refuses a placeholder that is none of the segment codes', () => {
    expect(checkPlaceholderEdit(TEXT, `${TEXT}⟨7/⟩`, SEGMENT)).toEqual({
      ok: false,
      problem: 'unknown',
      placeholder: '⟨7/⟩',
    });
  });

  it('refuses a second copy of a placeholder the segment has once', () => {
    expect(checkPlaceholderEdit(TEXT, `${TEXT}⟨12/⟩`, SEGMENT)).toEqual({
      ok: false,
      problem: 'extra',
      placeholder: '⟨12/⟩',
    });
  });

  it('accepts replacing a selection that holds placeholders by text holding the same ones', () => {
    const after = TEXT.replace('⟨2⟩TAB-TASTE⟨/2⟩', '⟨2⟩Tabulatortaste⟨/2⟩');
    expect(checkPlaceholderEdit(TEXT, after, SEGMENT).ok).toBe(true);
  });

  it('lets anything through in a segment without codes (⟨ is then an ordinary character)', () => {
    expect(checkPlaceholderEdit('a ⟨2⟩ b', 'a ⟨5⟩ b', { mt: 'a ⟨2⟩ b' }).ok).toBe(true);
  });
});

describe('unknownPlaceholder', () => {
  it('names the placeholder that none of the codes stands for', () => {
    expect(unknownPlaceholder('Drücken ⟨5⟩TAB⟨/2⟩', CODES)).toBe('⟨5⟩');
  });

  it('names the text around a stray bracket', () => {
    expect(unknownPlaceholder('Drücken ⟨2 TAB', CODES)).toBe('en ⟨2 T');
  });

  it('is undefined when every placeholder is a code, or the segment has no codes', () => {
    expect(unknownPlaceholder(TEXT, CODES)).toBeUndefined();
    expect(unknownPlaceholder('⟨5⟩', [])).toBeUndefined();
  });
});
