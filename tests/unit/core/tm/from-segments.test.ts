import { describe, expect, it } from 'vitest';
import {
  lookupQueryFor,
  unitFromSegment,
  unitsFromSegments,
} from '../../../../src/core/tm/from-segments.ts';
import { TranslationMemory } from '../../../../src/core/tm/memory.ts';
import { newMemory } from '../../../../src/core/tm/units.ts';
import { seg } from '../../../support/qa.ts';

const PROJECT = { id: 'p1', name: 'Plan', sourceLang: 'zh', targetLang: 'en' };
const OPTIONS = { project: PROJECT, author: 'ann', now: 5000 };

const SEGMENTS = [
  seg('Chapter one.', { mt: 'Chapter one.', source: '第一章。', status: 'approved' }),
  seg('The Belt and Road zone.', {
    mt: 'The one belt and one road zone.',
    source: '一带一路试验区。',
    status: 'reviewed',
  }),
  seg('Draft.', { mt: 'Draft', source: '草稿', status: 'edited' }),
];

describe('unitFromSegment', () => {
  it('stores a reviewed segment’s source, MT, final text, project, author, time and neighbours', () => {
    expect(unitFromSegment(SEGMENTS, 1, OPTIONS)).toEqual({
      sourceLang: 'zh',
      targetLang: 'en',
      source: '一带一路试验区。',
      mt: 'The one belt and one road zone.',
      target: 'The Belt and Road zone.',
      projectId: 'p1',
      projectName: 'Plan',
      author: 'ann',
      createdAt: 5000,
      changedAt: 5000,
      context: { before: '第一章。', after: '草稿' },
    });
  });

  it('leaves out segments that are not reviewed or approved', () => {
    expect(unitFromSegment(SEGMENTS, 2, OPTIONS)).toBeUndefined();
  });

  it('marks the start of the document as an empty neighbour', () => {
    expect(unitFromSegment(SEGMENTS, 0, OPTIONS)?.context).toEqual({
      before: '',
      after: '一带一路试验区。',
    });
  });

  it('keys a segment without a source by its MT', () => {
    const unit = unitFromSegment([seg('Fixed.', { mt: 'Fixd.', status: 'approved' })], 0, {
      ...OPTIONS,
      project: { id: 'p2', name: 'MT only', targetLang: 'en' },
    });
    expect(unit).toMatchObject({ sourceLang: 'und', mt: 'Fixd.', target: 'Fixed.' });
    expect(unit).not.toHaveProperty('source');
  });

  it('gives a 101 % match when the same segment is looked up in the same place', () => {
    const memory = TranslationMemory.fromUnits(
      newMemory({ sourceLang: 'zh', targetLang: 'en', scope: 'shared', createdAt: 0 }),
      unitsFromSegments(SEGMENTS, OPTIONS),
    );
    expect(memory.size).toBe(2);
    expect(memory.lookup(lookupQueryFor(SEGMENTS, 1))[0]).toMatchObject({
      score: 101,
      target: 'The Belt and Road zone.',
    });
  });
});

describe('lookupQueryFor', () => {
  it('asks by MT, with MT neighbours, in a project without a source', () => {
    const segments = [seg('A.', { mt: 'a.' }), seg('B.', { mt: 'b.' })];
    expect(lookupQueryFor(segments, 1)).toEqual({ mt: 'b.', context: { before: 'a.', after: '' } });
  });
});
