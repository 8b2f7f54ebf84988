import { describe, expect, it } from 'vitest';
import type { ConcordanceResult } from '../../../../src/core/tm/concordance.ts';
import { memoryOf, unit } from '../../../support/tm.ts';

/** Each hit as the text of its spans in each field. */
function highlighted(result: ConcordanceResult): Record<string, string[]>[] {
  return result.hits.map(({ unit: u, spans }) =>
    Object.fromEntries(
      Object.entries(spans).map(([field, list]) => [
        field,
        list.map((s) => (u[field as 'source' | 'mt' | 'target'] ?? '').slice(s.start, s.end)),
      ]),
    ),
  );
}

const MEMORY = memoryOf([
  unit('Build the Belt and Road together.', '共建一带一路。', { projectId: 'a', changedAt: 100 }),
  unit('The belt  and road pilot zone.', '一带一路试验区。', { projectId: 'b', changedAt: 300 }),
  unit('A railroad and a road.', '一条铁路和一条路。', { projectId: 'a', changedAt: 200 }),
  unit('Promote the initiative.', '推进一带一路建设。', {
    projectId: 'b',
    changedAt: 50,
    mt: 'Promote one belt and one road construction.',
  }),
]);

describe('TranslationMemory.concordance', () => {
  it('finds a phrase in any case and white space, most recently changed first, with its spans', () => {
    expect(highlighted(MEMORY.concordance({ text: 'belt and ROAD' }))).toEqual([
      { source: ['belt  and road'] },
      { source: ['Belt and Road'] },
    ]);
  });

  it('matches whole words: "road" is not found inside "railroad"', () => {
    const result = MEMORY.concordance({ text: 'road', fields: ['source'] });
    expect(highlighted(result)).toEqual([
      { source: ['road'] },
      { source: ['road'] },
      { source: ['Road'] },
    ]);
  });

  it('finds CJK text by character runs inside longer words', () => {
    const result = MEMORY.concordance({ text: '一带一路', fields: ['target'] });
    expect(result.hits.map((h) => h.unit.target)).toEqual([
      '一带一路试验区。',
      '共建一带一路。',
      '推进一带一路建设。',
    ]);
    expect(highlighted(result)[2]).toEqual({ target: ['一带一路'] });
  });

  it('looks in the MT too', () => {
    expect(highlighted(MEMORY.concordance({ text: 'one belt and one road' }))).toEqual([
      { mt: ['one belt and one road'] },
    ]);
  });

  it('filters by project id or name', () => {
    const result = MEMORY.concordance({ text: '一带一路', projects: ['b'] });
    expect(result.hits.map((h) => h.unit.projectId)).toEqual(['b', 'b']);
    const named = memoryOf([unit('A road.', '路。', { projectName: 'Plan' }), unit('Road.', '路')]);
    expect(named.concordance({ text: 'road', projects: ['Plan'] }).hits).toHaveLength(1);
  });

  it('filters by the date of the last change, both ends included', () => {
    const result = MEMORY.concordance({ text: 'road', from: 100, to: 200 });
    expect(result.hits.map((h) => h.unit.changedAt)).toEqual([200, 100]);
  });

  it('stops at the limit and says there is more', () => {
    const result = MEMORY.concordance({ text: '一带一路', limit: 2 });
    expect(result.hits).toHaveLength(2);
    expect(result.more).toBe(true);
    expect(MEMORY.concordance({ text: '一带一路', limit: 3 }).more).toBe(false);
  });

  it('finds nothing for a word no unit has, or for nothing', () => {
    expect(MEMORY.concordance({ text: 'silk' }).hits).toEqual([]);
    expect(MEMORY.concordance({ text: '  ' }).hits).toEqual([]);
  });

  it('finds punctuation-only phrases by reading every unit', () => {
    expect(MEMORY.concordance({ text: '。', fields: ['target'] }).hits).toHaveLength(4);
  });
});
