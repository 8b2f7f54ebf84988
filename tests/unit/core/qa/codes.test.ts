/** Inline codes are not text for any check (issue 11 item 7). */
import { describe, expect, it } from 'vitest';
import { runChecks } from '../../../../src/core/qa/index.ts';
import { PLACEHOLDER_PATTERN } from '../../../../src/core/model/inline-codes.ts';
import type { Segment } from '../../../../src/core/model/model.ts';
import { CTX, englishSpeller, findingsOf, seg } from '../../../support/qa.ts';

const CODES: Segment['codes'] = [
  { n: 1, kind: 'open', element: 'mrk', data: '<mrk id="m1" type="term">' },
  { n: 1, kind: 'close', element: 'mrk', data: '</mrk>' },
  { n: 2, kind: 'open', element: 'mrk', data: '<mrk id="m2" type="term">' },
  { n: 2, kind: 'close', element: 'mrk', data: '</mrk>' },
  { n: 12, kind: 'standalone', element: 'ph', data: '<ph id="12"/>' },
];

/** OASIS sample1.xlf as Verso imports it: the source's code is ⟨1⟩, the MT's ⟨2⟩. */
const SAMPLE1 = {
  ...seg('Drücken Sie die ⟨2⟩TAB-TASTE⟨/2⟩.', {
    source: 'Press the ⟨1⟩TAB key⟨/1⟩.',
  }),
  codes: CODES,
};

describe('codes in QA', () => {
  it('are no numbers: sample1 en→de has no Numbers finding', () => {
    expect(findingsOf('number', SAMPLE1, { ...CTX, sourceLang: 'en', targetLang: 'de' })).toEqual(
      [],
    );
  });

  it('are no numbers against the MT either, while a real number still counts', () => {
    const segment = {
      ...seg('Press ⟨12/⟩ the 3 keys ⟨1⟩now⟨/1⟩', { mt: 'Press ⟨12/⟩ the 2 keys ⟨1⟩now⟨/1⟩' }),
      codes: CODES,
    };
    expect(findingsOf('number', segment)).toMatchObject([{ text: '3', suggestion: '2' }]);
  });

  it('take no room in the length of a segment', () => {
    const many = '⟨12/⟩'.repeat(40);
    const segment = { ...seg(`Short text here ${many}`, { mt: 'Short text here' }), codes: CODES };
    expect(findingsOf('length-ratio', segment)).toEqual([]);
  });

  it('are never flagged by any check but the inline-code check', () => {
    const texts = [
      'The ⟨1⟩Belt⟨/1⟩ and ⟨2⟩Road⟨/2⟩ ⟨12/⟩ plan for 2018.',
      '⟨12/⟩⟨12/⟩ the the ⟨1⟩ 1 ⟨/1⟩',
      'Call ⟨1⟩12345678⟨/1⟩ ⟨2⟩（⟨/2⟩',
    ];
    const segments = texts.map((t, i) => ({
      ...seg(t, { id: `s${i}`, mt: t.replace(/\d+/g, '7') }),
      codes: CODES,
    }));
    const findings = runChecks(segments, { ...CTX, speller: englishSpeller() });
    const onCodes = findings.filter((f) => {
      if (f.rule === 'placeholder' || f.end - f.start === 0) return false;
      const text = segments.find((s) => s.id === f.segmentId)!.text;
      return [...text.matchAll(PLACEHOLDER_PATTERN)].some(
        (m) => m.index < f.end && f.start < m.index + m[0].length && f.end - f.start < text.length,
      );
    });
    expect(onCodes.map((f) => `${f.rule}: ${f.text}`)).toEqual([]);
  });
});
