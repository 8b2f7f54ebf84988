/** Errors as ITS 2.0 Localization Quality Issues: types and 0–100 severities, and back. */
import { describe, expect, it } from 'vitest';
import {
  categoryFromIts,
  itsSeverityOf,
  itsTypeOf,
  severityFromIts,
} from '../../../../src/core/lqa/its.ts';
import { errorsFromIssues } from '../../../../src/core/lqa/its-issue.ts';
import { ITS_ISSUE_TYPES } from '../../../../src/core/lqa/its-types.ts';
import { COMPACT_SCORECARD, MQM_CORE_SCORECARD } from '../../../../src/core/lqa/presets.ts';
import { findCategory, flattenCategories } from '../../../../src/core/lqa/scorecard.ts';

describe('ITS issue types', () => {
  it('name the category’s own type, else its dimension’s', () => {
    expect(
      ['spelling', 'grammar', 'omission', 'mistranslation', 'wrong-term', 'date-format'].map((id) =>
        itsTypeOf(MQM_CORE_SCORECARD, id),
      ),
    ).toEqual([
      'misspelling',
      'grammar',
      'omission',
      'mistranslation',
      'terminology',
      'locale-violation',
    ]);
  });

  it('give every shipped category a type of the ITS list', () => {
    for (const { category } of flattenCategories(MQM_CORE_SCORECARD)) {
      expect(ITS_ISSUE_TYPES).toContain(itsTypeOf(MQM_CORE_SCORECARD, category.id));
    }
  });

  it('come back as the category that fits best', () => {
    expect(
      ['misspelling', 'omission', 'terminology', 'typographical', 'numbers'].map((t) =>
        categoryFromIts(MQM_CORE_SCORECARD, t),
      ),
    ).toEqual(['spelling', 'omission', 'terminology', 'punctuation', 'mistranslation']);
  });

  it('always come back as a category of the scorecard, whatever the type', () => {
    for (const card of [MQM_CORE_SCORECARD, COMPACT_SCORECARD]) {
      for (const type of [...ITS_ISSUE_TYPES, 'made-up']) {
        expect(
          findCategory(card, categoryFromIts(card, type)!),
          `${card.id} ${type}`,
        ).toBeDefined();
      }
    }
  });
});

describe('ITS severities', () => {
  it('are the multipliers as shares of the largest, × 100', () => {
    expect(
      MQM_CORE_SCORECARD.severities.map((s) => itsSeverityOf(MQM_CORE_SCORECARD, s.id)),
    ).toEqual([0, 4, 20, 100]);
  });

  it('come back as the nearest severity, a tie to the more severe', () => {
    expect([0, 3, 12, 50, 60, 100].map((v) => severityFromIts(MQM_CORE_SCORECARD, v))).toEqual([
      'neutral',
      'minor',
      'major',
      'major',
      'critical',
      'critical',
    ]);
  });
});

describe('errorsFromIssues', () => {
  const made = {
    author: 'file.xlf',
    now: 7,
    newId: (() => {
      let n = 0;
      return () => `n${++n}`;
    })(),
  };

  it('takes Verso’s own record when the file has it', () => {
    const [error] = errorsFromIssues(
      [
        {
          segmentId: 's1',
          text: 'Forty open',
          issues: [
            {
              start: 0,
              end: 5,
              type: 'misspelling',
              severity: 4,
              comment: 'typo',
              verso: {
                id: 'e9',
                categoryId: 'spelling',
                severityId: 'minor',
                author: 'Ann',
                createdAt: 1,
                changedAt: 2,
                quote: 'Fourty',
              },
            },
          ],
        },
      ],
      MQM_CORE_SCORECARD,
      made,
    );
    expect(error).toEqual({
      id: 'e9',
      segmentId: 's1',
      span: { start: 0, end: 5 },
      quote: 'Fourty',
      categoryId: 'spelling',
      severityId: 'minor',
      comment: 'typo',
      author: 'Ann',
      createdAt: 1,
      changedAt: 2,
    });
  });

  it('maps another tool’s issue by its type and severity, logged by the file now', () => {
    const [error] = errorsFromIssues(
      [
        {
          segmentId: 's2',
          text: 'a b',
          issues: [{ start: 2, end: 3, type: 'omission', severity: 70 }],
        },
      ],
      COMPACT_SCORECARD,
      made,
    );
    expect(error).toMatchObject({
      segmentId: 's2',
      categoryId: 'omission',
      severityId: 'critical',
      author: 'file.xlf',
      createdAt: 7,
      quote: 'b',
    });
  });

  it('gives an issue without a severity the scorecard’s middle one (minor)', () => {
    const [error] = errorsFromIssues(
      [{ segmentId: 's2', text: 'a b', issues: [{ start: 0, end: 1, type: 'style' }] }],
      MQM_CORE_SCORECARD,
      made,
    );
    expect(error!.severityId).toBe('minor');
  });
});
