// @ts-nocheck
import { describe, expect, it } from 'vitest';
import { applyFix } from '../../../../src/core/qa/index.ts';
import { findingsOf, seg } from '../../../support/qa.ts';

describe('repeated-word', () => {
  it('flags the same word twice in a row and suggests it once', () => {
    const s = seg('We promote the the construction.');
    const [f] = findingsOf('repeated-word', s);
    expect(f).toMatchObject({ text: 'the the', suggestion: 'the', severity: 'warning' });
    expect(applyFix(s.text, f!)).toBe('We promote the construction.');
  });

  it('ignores case when comparing', () => {
    expect(findingsOf('repeated-word', seg('The the plan.'))[0]?.suggestion).toBe('The');
  });

  it('does not flag words separated by punctuation, grammatical doubles or numbers', () => {
    expect(findingsOf('repeated-word', seg('He said no, no one came.'))).toEqual([]);
    expect(findingsOf('repeated-word', seg('He knew that that was wrong.'))).toEqual([]);
    expect(findingsOf('repeated-word', seg('Lines 1 1 and 2.'))).toEqual([]);
    expect(findingsOf('repeated-word', seg('the plan, the plan.'))).toEqual([]);
  });
});

describe('repeated-phrase', () => {
  it('flags "X and X" as in the seed', () => {
    const s = seg('eight double-attraction and double-attraction golden policies');
    const [f] = findingsOf('repeated-phrase', s);
    expect(f).toMatchObject({
      text: 'double-attraction and double-attraction',
      suggestion: 'double-attraction',
    });
    expect(applyFix(s.text, f!)).toBe('eight double-attraction golden policies');
  });

  it('flags a phrase said twice that ends in a number, and counts Ⅳ or ² as words', () => {
    expect(
      findingsOf('repeated-phrase', seg('We met in May 2020 in May 2020 again.'))[0]?.text,
    ).toBe('in May 2020 in May 2020');
    expect(findingsOf('repeated-word', seg('It is Ⅳ Ⅳ here.'))[0]?.text).toBe('Ⅳ Ⅳ');
  });

  it('flags a multi-word phrase joined to itself and a phrase said twice', () => {
    expect(findingsOf('repeated-phrase', seg('new energy and new energy vehicles'))[0]?.text).toBe(
      'new energy and new energy',
    );
    expect(findingsOf('repeated-phrase', seg('in the past in the past years'))[0]).toMatchObject({
      text: 'in the past in the past',
      suggestion: 'in the past',
    });
  });

  it('does not flag idioms, comparatives or a second copy modified differently', () => {
    expect(findingsOf('repeated-phrase', seg('more and more countries'))).toEqual([]);
    expect(findingsOf('repeated-phrase', seg('better and better results'))).toEqual([]);
    expect(
      findingsOf(
        'repeated-phrase',
        seg('science institutions and institutions of higher learning'),
      ),
    ).toEqual([]);
    expect(findingsOf('repeated-phrase', seg('trade and investment'))).toEqual([]);
  });
});
