import { describe, expect, it } from 'vitest';
import en from '../../../src/i18n/locales/en.json';
import { FIRST_PAINT_MESSAGES, splitMessages } from '../../../src/i18n/first-paint.ts';

/** Deep merge, as i18next's addResourceBundle(…, deep = true) merges the later part in. */
function merge(a: Record<string, unknown>, b: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...a };
  for (const [key, value] of Object.entries(b)) {
    const left = out[key];
    out[key] =
      typeof left === 'object' && left !== null && typeof value === 'object' && value !== null
        ? merge(left as Record<string, unknown>, value as Record<string, unknown>)
        : value;
  }
  return out;
}

describe('splitting the English messages for the first paint', () => {
  const { first, later } = splitMessages(en);

  it('gives back every message when the two parts are merged', () => {
    expect(merge(first, later)).toEqual(en);
  });

  it('puts the toolbar, rows and notices in the first part and not in the later one', () => {
    expect(first).toMatchObject({ toolbar: en.toolbar, segment: en.segment, notices: en.notices });
    expect(later).not.toHaveProperty('toolbar');
    expect(later).not.toHaveProperty('segment');
  });

  it('cuts a namespace by dotted path: the toolbar score label first, the LQA dialog later', () => {
    expect(first).toHaveProperty(['lqa', 'score'], en.lqa.score);
    expect(first).not.toHaveProperty(['lqa', 'category']);
    expect(later).toHaveProperty(['lqa', 'category']);
  });

  it('keeps plural forms with their key (toolbar.score_one goes where toolbar.score goes)', () => {
    const { first: f, later: l } = splitMessages(
      { a: { n_one: '1 thing', n_other: '{{count}} things', m: 'x' } },
      ['a.n'],
    );
    expect(f).toEqual({ a: { n_one: '1 thing', n_other: '{{count}} things' } });
    expect(l).toEqual({ a: { m: 'x' } });
  });

  it('leaves the dialogs, errors and reports out of the first part (they are most of the text)', () => {
    expect(JSON.stringify(first).length).toBeLessThan(JSON.stringify(later).length / 2);
    for (const path of FIRST_PAINT_MESSAGES) expect(path).not.toMatch(/^(errors|report|export)\b/);
  });
});
