import { describe, expect, it } from 'vitest';
import { scoreMatch } from '../../../../src/core/tm/score.ts';
import { seededRandom } from '../../../support/prng.ts';
import { memoryOf, unit } from '../../../support/tm.ts';

const PLANS = [
  unit('The committee approved the plan.', '委员会批准了该计划。', { changedAt: 1 }),
  unit('The committee rejected the plan.', '委员会否决了该计划。', { changedAt: 2 }),
  unit('The committee approved the plan in 2018.', '委员会于2018年批准了该计划。', {
    changedAt: 3,
  }),
  unit('Nothing else matters here at all.', '别的都不重要。', { changedAt: 4 }),
];

describe('TranslationMemory.lookup', () => {
  it('ranks matches by percentage: 100, then 80 (one word of five), then 71 (two words fewer)', () => {
    const matches = memoryOf(PLANS).lookup({ source: 'The committee approved the plan.' });
    expect(matches.map((m) => [m.score, m.kind, m.unit.target])).toEqual([
      [100, 'exact', '委员会批准了该计划。'],
      [80, 'fuzzy', '委员会否决了该计划。'],
      // 7 content tokens (in and 2018 added) against 5: ⌊100 · 5 / 7⌋ = 71.
      [71, 'fuzzy', '委员会于2018年批准了该计划。'],
    ]);
  });

  it('leaves out matches below the threshold and cuts to the limit', () => {
    const memory = memoryOf(PLANS);
    expect(
      memory.lookup({ source: 'The committee approved the plan.' }, { threshold: 75 }),
    ).toHaveLength(2);
    expect(
      memory.lookup({ source: 'The committee approved the plan.' }, { limit: 1 }),
    ).toHaveLength(1);
  });

  it('gives the diff from the stored source to the current one', () => {
    const [, second] = memoryOf(PLANS).lookup({ source: 'The committee approved the plan.' });
    expect(second!.diff).toEqual([
      { kind: 'equal', text: 'The committee ' },
      { kind: 'delete', text: 'rejected' },
      { kind: 'insert', text: 'approved' },
      { kind: 'equal', text: ' the plan.' },
    ]);
  });

  it('substitutes a differing number in the target it offers', () => {
    const [best] = memoryOf(PLANS).lookup({ source: 'The committee approved the plan in 2019.' });
    expect(best).toMatchObject({
      score: 99,
      target: '委员会于2019年批准了该计划。',
      differences: ['numbers'],
    });
  });

  it('marks an exact match whose neighbours are the same as a 101 % context match, ranked first', () => {
    const context = { before: 'Chapter one.', after: 'Chapter three.' };
    const memory = memoryOf([
      unit('See the table.', '见表。', { context, changedAt: 1 }),
      unit('See the table.', '参见该表。', { context: { before: 'x', after: 'y' }, changedAt: 9 }),
    ]);
    const matches = memory.lookup({ source: 'See the table.', context });
    expect(matches.map((m) => [m.score, m.kind, m.unit.target])).toEqual([
      [101, 'context', '见表。'],
      [100, 'exact', '参见该表。'],
    ]);
  });

  it('needs both neighbours known for a context match', () => {
    const memory = memoryOf([unit('See the table.', '见表。', { context: { before: '' } })]);
    expect(memory.lookup({ source: 'See the table.', context: { before: '' } })[0]!.score).toBe(
      100,
    );
  });

  it('ranks equal percentages most recent first', () => {
    const memory = memoryOf([
      unit('Open the file now.', '立即打开文件。', { changedAt: 1 }),
      unit('Open the file now.', '现在打开文件。', { changedAt: 2 }),
    ]);
    expect(memory.lookup({ source: 'Open the file now.' }).map((m) => m.unit.target)).toEqual([
      '现在打开文件。',
      '立即打开文件。',
    ]);
  });

  it('looks up by MT when the segment has no source: "this MT was corrected before as…"', () => {
    const memory = memoryOf([
      {
        ...unit('', 'Belt and Road construction'),
        source: undefined,
        mt: 'one belt and one road construction',
      },
      unit('一带一路建设', 'Belt and Road construction', { mt: 'one belt one road building' }),
    ]);
    const matches = memory.lookup({ mt: 'one belt and one road construction' });
    expect(matches.map((m) => [m.by, m.score, m.unit.target])).toEqual([
      ['mt', 100, 'Belt and Road construction'],
    ]);
  });

  it('compares sources when the segment has one, never MTs', () => {
    const memory = memoryOf([
      { ...unit('', '打开文件。'), source: undefined, mt: 'Open the file.' },
    ]);
    expect(memory.lookup({ source: 'Open the file.', mt: 'Open the file.' })).toEqual([]);
  });

  it('matches CJK sources by character', () => {
    const zhEn = memoryOf(
      [
        {
          ...unit('推进一带一路的建设', 'Advance the Belt and Road'),
          sourceLang: 'zh',
          targetLang: 'en',
        },
      ],
      { ...memoryOf([]).info, sourceLang: 'zh', targetLang: 'en' },
    );
    expect(zhEn.lookup({ source: '推进一带一路建设' })[0]).toMatchObject({ score: 88 });
  });

  it('finds nothing for a query without words', () => {
    expect(memoryOf(PLANS).lookup({ source: '…' })).toEqual([]);
  });

  it('returns the same best matches as scoring every unit (random memories)', () => {
    const random = seededRandom(16);
    const words =
      'the a plan road belt committee file open close report trade port zone policy new old of and in on'.split(
        ' ',
      );
    const sentence = () =>
      Array.from(
        { length: 3 + Math.floor(random() * 8) },
        () => words[Math.floor(random() * words.length)],
      ).join(' ');
    for (let trial = 0; trial < 20; trial++) {
      const units = Array.from({ length: 150 }, (_, i) =>
        unit(`${sentence()}.`, `t${i}`, { changedAt: i }),
      );
      const memory = memoryOf(units);
      // A stored sentence with one word changed, so that there are matches at every level.
      const near = units[Math.floor(random() * units.length)]!.source!.split(' ');
      near[Math.floor(random() * near.length)] = words[Math.floor(random() * words.length)]!;
      const query = near.join(' ');
      const found = memory
        .lookup({ source: query }, { threshold: 40, limit: 5 })
        .map((m) => m.score);
      expect(found.length).toBeGreaterThan(0);
      const everyUnit = [...memory.units()]
        .map((u) => scoreMatch(query, u.source!, u.target).score)
        .filter((score) => score >= 40)
        .sort((a, b) => b - a)
        .slice(0, 5);
      expect(found).toEqual(everyUnit);
    }
  });
});
