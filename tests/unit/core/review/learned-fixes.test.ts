import { describe, expect, it } from 'vitest';
import { applyHits } from '../../../../src/core/review/find-replace.ts';
import {
  countLearnedHits,
  findLearnedHits,
  learnFix,
  toTermRule,
} from '../../../../src/core/review/learned-fixes.ts';
import { checkSegment } from '../../../../src/core/qa/index.ts';
import { CTX, seedSegments } from '../../../support/qa.ts';

describe('learnFix', () => {
  it('learns a replaced phrase, joining changes a word or two apart', () => {
    const [fix, ...more] = learnFix(
      'deepening the "one belt and one way" development',
      'deepening the "Belt and Road" development',
    );
    expect(more).toEqual([]);
    expect(fix).toMatchObject({
      find: 'one belt and one way',
      replace: 'Belt and Road',
      matchCase: false,
      wholeWord: true,
    });
  });

  it('adds a word of context to a one-word change, but not to a spelling fix', () => {
    expect(
      learnFix(
        '—— Facilities Unicom has accelerated',
        '—— Facilities connectivity has accelerated',
      ),
    ).toMatchObject([
      { find: 'Facilities Unicom has', replace: 'Facilities connectivity has', removed: 'Unicom' },
    ]);
    expect(learnFix('Fourty open policies', 'Forty open policies')).toMatchObject([
      { find: 'Fourty', replace: 'Forty' },
    ]);
    expect(learnFix('promote the plan', 'promote a plan')).toMatchObject([
      { find: 'promote the plan', replace: 'promote a plan' },
    ]);
  });

  it('ignores white-space and punctuation edits unless they are the only change', () => {
    expect(
      learnFix('the  community of human destiny.', 'the community with a shared future.'),
    ).toMatchObject([
      { removed: 'community of human destiny', inserted: 'community with a shared future' },
    ]);
    expect(learnFix('A——B', 'A—B')).toMatchObject([{ find: '——', replace: '—', wholeWord: false }]);
  });

  it('learns nothing from no change, and a case change only with its case', () => {
    expect(learnFix('same', 'same')).toEqual([]);
    expect(learnFix('the belt and road plan', 'the Belt and Road plan')[0]).toMatchObject({
      matchCase: true,
    });
  });
});

describe('findLearnedHits', () => {
  it('finds the phrase in the other segments with a preview, cased like each hit', () => {
    const segments = seedSegments();
    const [fix] = learnFix(
      'the "one belt and one way" development',
      'the "Belt and Road" development',
    );
    const hits = findLearnedHits(fix!, segments, 's6');
    expect(hits.map((h) => [h.segmentId, h.match, h.replacement])).toEqual([
      ['s16', 'one belt and one way', 'Belt and Road'],
    ]);
    expect(hits[0]).toMatchObject({
      contextAfter: expect.stringMatching(/^" academic research/) as unknown,
    });
    expect(hits[0]!.diff.some((op) => op.kind === 'insert')).toBe(true);
    const s16 = segments.find((s) => s.id === 's16')!;
    expect(applyHits(s16.text, hits)).toContain(
      'established "Belt and Road" academic research institutions',
    );
  });

  it('capitalises at a sentence start and leaves hits that already read right', () => {
    const [fix] = learnFix('Fourty open policies', 'Forty open policies');
    const hits = findLearnedHits(
      fix!,
      [
        { id: 'a', text: 'fourty cities and FOURTY ports' },
        { id: 'b', text: 'Fourty.' },
      ],
      'x',
    );
    expect(hits.map((h) => h.replacement)).toEqual(['forty', 'FORTY', 'Forty']);
  });
});

describe('a change of case on the seed (issue 11 item 6)', () => {
  const segments = seedSegments();
  const s9 = segments.find((s) => s.id === 's9')!;
  const fixes = learnFix(s9.text, s9.text.replace('Liaoning province', 'Liaoning Province'));

  it('is learned with the capitalised word that makes it a name', () => {
    expect(fixes).toMatchObject([
      {
        find: 'Liaoning province',
        replace: 'Liaoning Province',
        matchCase: true,
        evidence: 'strong',
      },
    ]);
  });

  it('is offered only where that name is: not "the whole province" nor "the province’s strength"', () => {
    const hits = findLearnedHits(fixes[0]!, segments, 's9');
    expect(hits.map((h) => [h.segmentId, h.match, h.replacement])).toEqual([
      ['s18', 'Liaoning province', 'Liaoning Province'],
    ]);
    expect(hits[0]!.preselected).toBe(true);
  });

  it('counts hits and segments apart', () => {
    const [fix] = learnFix('Fourty open policies', 'Forty open policies');
    const hits = findLearnedHits(
      fix!,
      [
        { id: 'a', text: 'fourty cities and fourty ports' },
        { id: 'b', text: 'Fourty.' },
      ],
      'x',
    );
    expect(countLearnedHits(hits)).toEqual({ hits: 3, segments: 2 });
  });

  it('ticks nothing beforehand when only function words say where a change of case goes', () => {
    const [fix] = learnFix('across the province today', 'across the Province today');
    expect(fix).toMatchObject({ find: 'the province today', evidence: 'weak' });
    const hits = findLearnedHits(fix!, [{ id: 'a', text: 'So the province today is rich.' }], 'x');
    expect(hits.map((h) => h.preselected)).toEqual([false]);
  });

  it('learns no change of case that has no word beside it', () => {
    expect(learnFix('province', 'Province')).toEqual([]);
  });

  it('previews whole words, with an ellipsis where the segment is cut', () => {
    const hits = findLearnedHits(fixes[0]!, segments, 's9');
    const { contextBefore, contextAfter } = hits[0]!;
    expect(contextBefore).toMatch(/^…\S/);
    expect(contextAfter).toMatch(/\S…$/);
    const s18 = segments.find((s) => s.id === 's18')!.text;
    expect(s18).toContain(contextBefore.slice(1));
    expect(s18).toContain(contextAfter.slice(0, -1));
    // Whole words: what the preview starts and ends with is a word of the segment.
    const words = new Set(s18.split(/[\s\p{P}]+/u));
    expect(words.has(contextBefore.slice(1).split(/[\s\p{P}]+/u)[0]!)).toBe(true);
    expect(
      words.has(
        contextAfter
          .slice(0, -1)
          .split(/[\s\p{P}]+/u)
          .at(-1)!,
      ),
    ).toBe(true);
  });
});

describe('toTermRule', () => {
  it('keeps a learned fix as a term rule that flags the phrase', () => {
    const [fix] = learnFix('the "one belt and one way" plan', 'the "Belt and Road" plan');
    const rule = toTermRule(fix!);
    expect(rule).toMatchObject({
      preferred: 'Belt and Road',
      forbidden: [{ pattern: 'one belt and one way', regex: false }],
    });
    const base = { id: 's', status: 'new' as const, comments: [], revisionCount: 1, updatedAt: 0 };
    const found = checkSegment(
      { ...base, mt: 'x one belt and one way', text: 'x one belt and one way' },
      {
        ...CTX,
        terms: [rule],
      },
    );
    expect(found.filter((f) => f.rule === 'term').map((f) => f.suggestion)).toEqual([
      'Belt and Road',
    ]);
  });
});
