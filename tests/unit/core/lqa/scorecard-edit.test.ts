/**
 * Editing a project's scorecard (issue 15, deliverable 1): the operations behind the scorecard editor,
 * the checks that name the field at fault, and what a saved draft becomes.
 */
import { describe, expect, it } from 'vitest';
import { parseScorecard, serializeScorecard } from '../../../../src/core/lqa/lqa-json.ts';
import { categoryName, categoryPathName } from '../../../../src/core/lqa/names.ts';
import { COMPACT_SCORECARD, MQM_CORE_SCORECARD } from '../../../../src/core/lqa/presets.ts';
import {
  addCategory,
  CUSTOM_SCORECARD_ID,
  errorsUnderCategory,
  removeCategory,
  renameCategory,
  sameScorecardContent,
  scorecardProblems,
  setSeverityWeight,
  settleScorecard,
} from '../../../../src/core/lqa/scorecard-edit.ts';
import { findCategory, subtreeIds } from '../../../../src/core/lqa/scorecard.ts';
import { lqaScore } from '../../../../src/core/lqa/score.ts';
import { lqaError, lqaSegment } from '../../../support/lqa.ts';

const errors = [
  lqaError('e1', 's1', { categoryId: 'wrong-term', severityId: 'major' }),
  lqaError('e2', 's1', { categoryId: 'spelling', severityId: 'minor' }),
  lqaError('e3', 's2', { categoryId: 'wrong-term', severityId: 'minor' }),
];

describe('scorecardProblems', () => {
  it('finds nothing wrong with the shipped presets', () => {
    expect(scorecardProblems(MQM_CORE_SCORECARD, errors)).toEqual([]);
    expect(scorecardProblems(COMPACT_SCORECARD, [])).toEqual([]);
  });

  it('names the reference word count when it is not a whole number of 1 or more', () => {
    for (const referenceWords of [0, 2.5, Number.NaN, -1000]) {
      expect(scorecardProblems({ ...MQM_CORE_SCORECARD, referenceWords }, [])).toEqual([
        { kind: 'referenceWords' },
      ]);
    }
  });

  it('names the pass threshold when it is outside 0–100 or empty', () => {
    for (const passThreshold of [-1, 100.5, Number.NaN]) {
      expect(scorecardProblems({ ...MQM_CORE_SCORECARD, passThreshold }, [])).toEqual([
        { kind: 'passThreshold' },
      ]);
    }
    expect(scorecardProblems({ ...MQM_CORE_SCORECARD, passThreshold: 0 }, [])).toEqual([]);
    expect(scorecardProblems({ ...MQM_CORE_SCORECARD, passThreshold: 100 }, [])).toEqual([]);
  });

  it('names the severity whose weight is negative or empty, and accepts 0', () => {
    let card = setSeverityWeight(MQM_CORE_SCORECARD, 'major', -5);
    card = setSeverityWeight(card, 'critical', Number.NaN);
    card = setSeverityWeight(card, 'minor', 0);
    expect(scorecardProblems(card, [])).toEqual([
      { kind: 'severityWeight', severityId: 'major' },
      { kind: 'severityWeight', severityId: 'critical' },
    ]);
  });

  it('names an own category left without a name, and a card without categories', () => {
    const added = addCategory(COMPACT_SCORECARD, null, 'Tone');
    const unnamed = renameCategory(added.scorecard, added.id, '  ');
    expect(scorecardProblems(unnamed, [])).toEqual([{ kind: 'categoryName', categoryId: 'tone' }]);
    expect(scorecardProblems({ ...COMPACT_SCORECARD, categories: [] }, [])).toEqual([
      { kind: 'noCategories' },
    ]);
  });

  it('refuses a card without the categories and severities logged errors use, with their counts', () => {
    // The compact card has no "wrong-term": switching to it would orphan e1 and e3.
    expect(scorecardProblems(COMPACT_SCORECARD, errors)).toEqual([
      { kind: 'categoryInUse', categoryId: 'wrong-term', count: 2 },
    ]);
    const noMinor = {
      ...MQM_CORE_SCORECARD,
      severities: MQM_CORE_SCORECARD.severities.filter((s) => s.id !== 'minor'),
    };
    expect(scorecardProblems(noMinor, errors)).toEqual([
      { kind: 'severityInUse', severityId: 'minor', count: 2 },
    ]);
  });
});

describe('editing categories', () => {
  it('counts the errors under a category and its subtypes', () => {
    expect(errorsUnderCategory(MQM_CORE_SCORECARD, 'terminology', errors)).toBe(2);
    expect(errorsUnderCategory(MQM_CORE_SCORECARD, 'wrong-term', errors)).toBe(2);
    expect(errorsUnderCategory(MQM_CORE_SCORECARD, 'accuracy', errors)).toBe(0);
    expect(subtreeIds(COMPACT_SCORECARD, 'accuracy')).toEqual([
      'accuracy',
      'mistranslation',
      'omission',
      'addition',
      'untranslated',
    ]);
  });

  it('removes a category with its subtypes and leaves the rest alone', () => {
    const card = removeCategory(MQM_CORE_SCORECARD, 'accuracy');
    expect(findCategory(card, 'accuracy')).toBeUndefined();
    expect(findCategory(card, 'omission')).toBeUndefined();
    expect(card.categories).toHaveLength(6);
    expect(card.categories[0]).toBe(MQM_CORE_SCORECARD.categories[0]);
    const noSpelling = removeCategory(COMPACT_SCORECARD, 'spelling');
    expect(
      findCategory(noSpelling, 'linguistic-conventions')?.category.children?.map((c) => c.id),
    ).toEqual(['grammar', 'punctuation']);
  });

  it('drops the children list of a dimension whose last subtype is removed', () => {
    const card = removeCategory(
      removeCategory(MQM_CORE_SCORECARD, 'culture-specific-reference'),
      'offensive',
    );
    expect(findCategory(card, 'audience-appropriateness')?.category).toEqual({
      id: 'audience-appropriateness',
      its: 'locale-specific-content',
    });
  });

  it('adds a dimension at the end and a subtype under its dimension, with ids made from the names', () => {
    const dimension = addCategory(COMPACT_SCORECARD, null, 'Tone of voice');
    expect(dimension.id).toBe('tone-of-voice');
    expect(dimension.scorecard.categories.at(-1)).toEqual({
      id: 'tone-of-voice',
      name: 'Tone of voice',
    });
    const subtype = addCategory(dimension.scorecard, 'accuracy', 'Omission');
    // "omission" is taken: ids are unique in the whole card.
    expect(subtype.id).toBe('omission-2');
    expect(categoryPathName(subtype.scorecard, 'omission-2')).toBe('Accuracy/Omission');
  });

  it('makes an id of a name without ASCII letters (a Chinese name)', () => {
    const first = addCategory(COMPACT_SCORECARD, null, '语气');
    const second = addCategory(first.scorecard, null, '术语一致性');
    expect([first.id, second.id]).toEqual(['category', 'category-2']);
    expect(categoryName(second.scorecard, 'category-2')).toBe('术语一致性');
  });

  it('renames a category keeping its id, so its logged errors keep it', () => {
    const card = renameCategory(MQM_CORE_SCORECARD, 'wrong-term', ' Forbidden term ');
    expect(findCategory(card, 'wrong-term')?.category.name).toBe('Forbidden term');
    expect(categoryName(card, 'wrong-term')).toBe('Forbidden term');
    expect(scorecardProblems(card, errors)).toEqual([]);
  });

  it('gives a shipped category back its translated name when renamed to it or emptied', () => {
    const renamed = renameCategory(MQM_CORE_SCORECARD, 'spelling', 'Typos');
    const back = renameCategory(renamed, 'spelling', 'Spelling', 'Spelling');
    expect(findCategory(back, 'spelling')?.category).toEqual({
      id: 'spelling',
      its: 'misspelling',
    });
    const emptied = renameCategory(renamed, 'spelling', '', 'Orthographe');
    expect(findCategory(emptied, 'spelling')?.category.name).toBeUndefined();
  });
});

describe('saving a draft', () => {
  it('keeps an unchanged preset as that preset', () => {
    const copy = JSON.parse(JSON.stringify(COMPACT_SCORECARD)) as typeof COMPACT_SCORECARD;
    expect(settleScorecard(copy, 'Whatever')).toBe(COMPACT_SCORECARD);
  });

  it('saves a changed preset as the reviewer’s own card under its name', () => {
    const draft = { ...setSeverityWeight(MQM_CORE_SCORECARD, 'major', 10), passThreshold: 95 };
    const saved = settleScorecard(draft, ' MQM Core (edited) ');
    expect(saved.id).toBe(CUSTOM_SCORECARD_ID);
    expect(saved.name).toBe('MQM Core (edited)');
    expect(sameScorecardContent(saved, draft)).toBe(true);
  });

  it('keeps the id of an own card and drops an empty name', () => {
    const own = { ...COMPACT_SCORECARD, id: 'house', name: 'House' };
    expect(settleScorecard(own, 'House card')).toEqual({ ...own, name: 'House card' });
    expect(settleScorecard(own, '')).not.toHaveProperty('name');
  });

  it('writes an edited card to a file that reads back the same', () => {
    let card = addCategory(MQM_CORE_SCORECARD, 'style', 'Tone').scorecard;
    card = settleScorecard(setSeverityWeight(card, 'major', 4), 'My card');
    expect(parseScorecard(serializeScorecard(card), 'card.json')).toEqual(card);
  });

  it('scores with the edited weights and threshold', () => {
    const segments = [lqaSegment('s1', 'one two three four five six seven eight nine ten')];
    const logged = [lqaError('e1', 's1', { categoryId: 'wrong-term', severityId: 'major' })];
    const before = lqaScore({
      segments,
      errors: logged,
      scorecard: MQM_CORE_SCORECARD,
      targetLang: 'en',
    });
    const card = {
      ...setSeverityWeight(MQM_CORE_SCORECARD, 'major', 0.5),
      referenceWords: 100,
      passThreshold: 96,
    };
    const after = lqaScore({ segments, errors: logged, scorecard: card, targetLang: 'en' });
    // 100 − 5 × 1000 ÷ 10 = −400, then 100 − 0.5 × 100 ÷ 10 = 95 (below 96: fails).
    expect([before.score, before.passed]).toEqual([-400, false]);
    expect([after.score, after.passed]).toEqual([95, false]);
  });
});
