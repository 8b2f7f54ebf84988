import { describe, expect, it } from 'vitest';
import { EMPTY_QA, type ProjectQa } from '../../../../src/core/model/model.ts';
import {
  qaChanges,
  qaEntries,
  qaFromEntries,
  sameQa,
} from '../../../../src/core/sync/project-qa.ts';
import type { TermRule } from '../../../../src/core/terms/model.ts';

const rule: TermRule = {
  id: 'r1',
  preferred: 'Belt and Road',
  forbidden: [],
  wholeWord: true,
  matchCase: false,
};
const qa: ProjectQa = {
  termRules: [rule],
  packs: ['belt-and-road'],
  words: ['Xinjiang', 'Chongqing'],
  ignored: [{ findingId: 'f1', by: 'Ada', at: 5 }],
};

describe('QA settings as shared entries', () => {
  it('give back the same settings, in the same order', () => {
    expect(qaFromEntries(qaEntries(qa), EMPTY_QA)).toEqual(qa);
  });

  it('keep the local order and add the others’ items after it', () => {
    const entries = qaEntries({ ...qa, words: ['Urumqi', 'Chongqing', 'Xinjiang'] });
    expect(qaFromEntries(entries, qa).words).toEqual(['Xinjiang', 'Chongqing', 'Urumqi']);
  });

  it('change only the items that changed, so two reviewers’ additions both stay', () => {
    const added = { ...qa, words: [...qa.words, 'Lhasa'] };
    expect(qaChanges(qa, added)).toEqual({ set: [['word:Lhasa', true]], remove: [] });
    const unignored = { ...qa, ignored: [] };
    expect(qaChanges(qa, unignored)).toEqual({ set: [], remove: ['ignored:f1'] });
  });

  it('compare settings by their items, not their order', () => {
    expect(sameQa(qa, { ...qa, words: ['Chongqing', 'Xinjiang'] })).toBe(true);
    expect(sameQa(qa, { ...qa, termRules: [{ ...rule, preferred: 'BRI' }] })).toBe(false);
  });
});
