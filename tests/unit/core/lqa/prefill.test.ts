/**
 * The error form's category, pre-filled from the evidence at hand (issue 15, deliverable 2): a QA
 * finding on the selection, else the kind of the edit made there.
 */
import { describe, expect, it } from 'vitest';
import {
  categoryForEditKind,
  categoryForFinding,
  prefillCategory,
} from '../../../../src/core/lqa/prefill.ts';
import { COMPACT_SCORECARD, MQM_CORE_SCORECARD } from '../../../../src/core/lqa/presets.ts';
import { EDIT_KINDS } from '../../../../src/core/metrics/classify.ts';
import { QA_RULES } from '../../../../src/core/qa/index.ts';
import { findCategory } from '../../../../src/core/lqa/scorecard.ts';

describe('categoryForFinding', () => {
  it('files a term finding under the termbase subtype of MQM Core', () => {
    expect(categoryForFinding(MQM_CORE_SCORECARD, 'term')).toBe('termbase');
  });

  it('falls back to the dimension when the scorecard has no such subtype (compact)', () => {
    expect(categoryForFinding(COMPACT_SCORECARD, 'term')).toBe('terminology');
    expect(categoryForFinding(COMPACT_SCORECARD, 'repeated-phrase')).toBe('style');
  });

  it('suggests nothing for checks that say nothing about the error type', () => {
    expect(
      ['untouched', 'duplicate', 'boilerplate', 'length-ratio'].map((r) =>
        categoryForFinding(MQM_CORE_SCORECARD, r),
      ),
    ).toEqual([undefined, undefined, undefined, undefined]);
  });

  it('only ever suggests categories of the scorecard, for every QA rule', () => {
    for (const card of [MQM_CORE_SCORECARD, COMPACT_SCORECARD]) {
      for (const rule of QA_RULES) {
        const id = categoryForFinding(card, rule);
        if (id !== undefined) expect(findCategory(card, id), `${card.id} ${rule}`).toBeDefined();
      }
    }
  });
});

describe('categoryForEditKind', () => {
  it('maps the edit kinds to MQM categories', () => {
    expect(EDIT_KINDS.map((k) => [k, categoryForEditKind(MQM_CORE_SCORECARD, k)])).toEqual([
      ['word-order', 'grammar'],
      ['terminology', 'termbase'],
      ['capitalisation', 'spelling'],
      ['punctuation', 'punctuation'],
      ['number', 'mistranslation'],
      ['omission', 'omission'],
      ['addition', 'addition'],
      ['other', undefined],
    ]);
  });
});

describe('prefillCategory', () => {
  const mt = 'Fourty open policies and one belt and one road.';
  const text = 'Forty open policies and the Belt and Road.';

  it('prefers a QA finding on the selection', () => {
    const findings = [{ id: 'f1', rule: 'spelling', start: 24, end: 27 }];
    expect(
      prefillCategory({
        scorecard: MQM_CORE_SCORECARD,
        mt,
        text,
        span: { start: 24, end: 27 },
        findings,
      }),
    ).toEqual({
      categoryId: 'spelling',
      source: { kind: 'finding', rule: 'spelling', findingId: 'f1' },
    });
  });

  it('uses the kind of the edit under the selection when no finding is there', () => {
    const terms = [{ from: 'one belt and one road', to: 'Belt and Road' }];
    const span = { start: text.indexOf('Belt'), end: text.indexOf('Road') + 4 };
    expect(prefillCategory({ scorecard: MQM_CORE_SCORECARD, mt, text, span, terms })).toEqual({
      categoryId: 'termbase',
      source: { kind: 'edit', edit: 'terminology' },
    });
  });

  it('works for a point on a deleted change', () => {
    const result = prefillCategory({
      scorecard: MQM_CORE_SCORECARD,
      mt: 'eight very fine policies',
      text: 'eight fine policies',
      span: { start: 6, end: 6 },
    });
    expect(result?.categoryId).toBe('addition');
  });

  it('looks at the whole segment when there is no selection', () => {
    expect(
      prefillCategory({ scorecard: MQM_CORE_SCORECARD, mt: 'In 2019 it', text: 'In 2018 it' })
        ?.categoryId,
    ).toBe('mistranslation');
  });

  it('suggests nothing for an unchanged segment without findings', () => {
    expect(
      prefillCategory({ scorecard: MQM_CORE_SCORECARD, mt: 'Same', text: 'Same' }),
    ).toBeUndefined();
  });
});
