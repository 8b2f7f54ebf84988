// @ts-nocheck
import { describe, expect, it } from 'vitest';
import { withControlMarks } from '../../../src/ui/control-marks.ts';

describe('withControlMarks', () => {
  it('leaves text without bidi controls as one text part', () => {
    expect(withControlMarks('plain <b>text</b>')).toEqual(['plain <b>text</b>']);
  });

  it('replaces every bidi embedding, override and isolate by a labelled mark, in order', () => {
    const parts = withControlMarks('Invoice \u202Etxt.exe\u202C \u2066x\u2069');
    const shown = parts.map((p) => (typeof p === 'string' ? p : `[${String(p.values[1])}]`));
    expect(shown).toEqual([
      'Invoice ',
      '[U+202E]',
      'txt.exe',
      '[U+202C]',
      ' ',
      '[U+2066]',
      'x',
      '[U+2069]',
    ]);
  });

  it('keeps the left-to-right and right-to-left marks, which are ordinary punctuation', () => {
    expect(withControlMarks('a\u200Eb\u200Fc')).toEqual(['a\u200Eb\u200Fc']);
  });
});
