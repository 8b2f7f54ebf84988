import { describe, expect, it } from 'vitest';
import { makeFinding } from '../../../../src/core/qa/finding.ts';
import {
  markRuns,
  shiftFindings,
  shiftSpans,
  spanAt,
  textChange,
} from '../../../../src/core/review/text-marks.ts';

const span = (text: string, word: string, from = 0) => {
  const start = text.indexOf(word, from);
  return { start, end: start + word.length };
};

describe('textChange', () => {
  it('finds a typed letter between the common prefix and suffix', () => {
    expect(textChange('the cat', 'the cart')).toEqual({ start: 6, removed: 0, inserted: 1 });
  });

  it('never splits a surrogate pair that starts the same', () => {
    // U+20000 and U+20001 share their high surrogate: the change starts at the pair, not inside it.
    expect(textChange('a\u{20001}b', 'a\u{20000}b')).toEqual({ start: 1, removed: 2, inserted: 2 });
  });

  it('never splits a surrogate pair that ends the same', () => {
    // U+1F600 and U+1F400 differ in the high surrogate only: the change still covers the whole pair.
    expect(textChange('x\u{1F600}', 'x\u{1F400}')).toEqual({ start: 1, removed: 2, inserted: 2 });
  });
});

describe('shiftSpans', () => {
  it('moves a mark after the place typed in by the length typed', () => {
    const before = 'I recieve it';
    const after = 'So I recieve it';
    expect(shiftSpans(before, after, [span(before, 'recieve')])).toEqual([span(after, 'recieve')]);
  });

  it('keeps a mark before the place typed in where it was', () => {
    const before = 'teh cat';
    expect(shiftSpans(before, 'teh cats', [span(before, 'teh')])).toEqual([{ start: 0, end: 3 }]);
  });

  it('keeps a mark when a space is typed right after its word', () => {
    expect(shiftSpans('teh', 'teh ', [{ start: 0, end: 3 }])).toEqual([{ start: 0, end: 3 }]);
  });

  it('drops a mark whose word is typed in', () => {
    expect(shiftSpans('I recieve', 'I receive', [{ start: 2, end: 9 }])).toEqual([]);
  });

  it('drops a mark whose word a letter typed right after it extends', () => {
    expect(shiftSpans('teh', 'tehx', [{ start: 0, end: 3 }])).toEqual([]);
  });

  it('drops a mark whose word a letter typed right before it extends', () => {
    expect(shiftSpans('a teh', 'a xteh', [{ start: 2, end: 5 }])).toEqual([]);
  });

  it('follows deletions', () => {
    const before = 'very very teh end';
    const after = 'very teh end';
    expect(shiftSpans(before, after, [span(before, 'teh')])).toEqual([span(after, 'teh')]);
  });

  it('counts Chinese and astral characters in UTF-16 code units', () => {
    const before = '中文 recieve';
    const after = '中文𠀀字 recieve';
    expect(shiftSpans(before, after, [span(before, 'recieve')])).toEqual([span(after, 'recieve')]);
    expect(span(after, 'recieve').start).toBe(6);
  });

  it('keeps the other fields of a mark', () => {
    const [moved] = shiftSpans('a bb', 'xa bb', [{ start: 2, end: 4, id: 'f1' }]);
    expect(moved).toEqual({ start: 3, end: 5, id: 'f1' });
  });
});

describe('markRuns', () => {
  it('cuts the text at the marks and rebuilds it', () => {
    const text = 'I recieve teh letter';
    const runs = markRuns(text, [span(text, 'recieve'), span(text, 'teh')]);
    expect(runs.map((r) => r.text).join('')).toBe(text);
    expect(runs.filter((r) => r.marks.length > 0).map((r) => [r.text, r.marks])).toEqual([
      ['recieve', [0]],
      ['teh', [1]],
    ]);
  });

  it('lets marks overlap', () => {
    const runs = markRuns('abcdef', [
      { start: 0, end: 4 },
      { start: 2, end: 6 },
    ]);
    expect(runs.map((r) => [r.text, r.marks])).toEqual([
      ['ab', [0]],
      ['cd', [0, 1]],
      ['ef', [1]],
    ]);
  });

  it('never cuts inside a surrogate pair', () => {
    const text = 'a\u{20000}b';
    const runs = markRuns(text, [{ start: 2, end: 4 }]);
    expect(runs.map((r) => r.text)).toEqual(['a', '\u{20000}b']);
  });

  it('leaves out empty marks and marks beyond the text', () => {
    expect(markRuns('abc', [{ start: 1, end: 1 }]).map((r) => r.marks)).toEqual([[]]);
    expect(markRuns('abc', [{ start: 2, end: 9 }]).map((r) => r.text)).toEqual(['ab', 'c']);
  });
});

describe('spanAt', () => {
  const spans = [
    { start: 2, end: 9 },
    { start: 4, end: 6 },
  ];

  it('finds the shortest mark under the caret', () => {
    expect(spanAt(spans, 5)).toBe(1);
    expect(spanAt(spans, 3)).toBe(0);
  });

  it('counts a caret right after the word as on it', () => {
    expect(spanAt(spans, 9)).toBe(0);
  });

  it('finds nothing away from the marks', () => {
    expect(spanAt(spans, 0)).toBe(-1);
    expect(spanAt([{ start: 3, end: 3 }], 3)).toBe(-1);
  });
});

describe('shiftFindings', () => {
  it('moves a finding and gives it the id the check gives it at its new place', () => {
    const spec = { rule: 'spelling', severity: 'warning' as const, key: 'qa.spelling.unknown' };
    const before = makeFinding('s1', 'I recieve', { ...spec, start: 2, end: 9 });
    expect(shiftFindings('I recieve', 'So I recieve', [before])).toEqual([
      makeFinding('s1', 'So I recieve', { ...spec, start: 5, end: 12 }),
    ]);
  });
});
