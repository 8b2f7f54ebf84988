/**
 * Scorecard files (issue 15, deliverable 1: import/export as JSON): what Verso writes reads back the
 * same, and a bad file is refused naming the JSON path of the first problem.
 */
import { describe, expect, it } from 'vitest';
import { parseScorecard, serializeScorecard } from '../../../../src/core/lqa/lqa-json.ts';
import { COMPACT_SCORECARD, MQM_CORE_SCORECARD } from '../../../../src/core/lqa/presets.ts';
import { inputErrorOf } from '../../../support/input-error.ts';

const card = () => JSON.parse(serializeScorecard(COMPACT_SCORECARD)) as Record<string, unknown>;

/** The error parsing `value` gives: its code, and its JSON path when it names one. */
function refusal(value: unknown): { code: string; path?: string | number; message: string } {
  const error = inputErrorOf(() =>
    parseScorecard(typeof value === 'string' ? value : JSON.stringify(value), 'card.json'),
  );
  return { code: error.code, path: error.params['path'], message: error.message };
}

describe('scorecard files', () => {
  it('read back the scorecard they were written from', () => {
    for (const scorecard of [MQM_CORE_SCORECARD, COMPACT_SCORECARD]) {
      expect(parseScorecard(serializeScorecard(scorecard), 'card.json')).toEqual(scorecard);
    }
  });

  it('keep a reviewer’s own names, weights and ITS types', () => {
    const own = {
      ...card(),
      id: 'house',
      name: 'House card',
      categories: [{ id: 'tone', name: 'Tone', weight: 2, its: 'style' }],
    };
    const read = parseScorecard(JSON.stringify(own), 'card.json');
    expect([read.name, read.categories]).toEqual([
      'House card',
      [{ id: 'tone', name: 'Tone', weight: 2, its: 'style' }],
    ]);
  });

  it('refuse text that is not JSON, with the line and column', () => {
    const { code, message } = refusal('{\n  "format": "verso-scorecard",\n  oops\n}');
    expect(code).toBe('errors.scorecardJson');
    expect(message).toMatch(/line 3/);
  });

  it('refuse JSON that is no scorecard', () => {
    expect(refusal({ format: 'verso-backup' }).code).toBe('errors.scorecardFormat');
  });

  it('refuse a scorecard of a newer format', () => {
    expect(refusal({ ...card(), version: 2 }).code).toBe('errors.scorecardNewer');
  });

  it.each([
    [
      'a negative weight',
      (c: Record<string, unknown>) => ({ ...c, severities: [{ id: 'minor', weight: -1 }] }),
      'severities[0].weight',
    ],
    [
      'a duplicated severity',
      (c: Record<string, unknown>) => ({
        ...c,
        severities: [
          { id: 'minor', weight: 1 },
          { id: 'minor', weight: 2 },
        ],
      }),
      'severities[1].id',
    ],
    ['no categories', (c: Record<string, unknown>) => ({ ...c, categories: [] }), 'categories'],
    [
      'an id with a capital',
      (c: Record<string, unknown>) => ({ ...c, categories: [{ id: 'Tone' }] }),
      'categories[0].id',
    ],
    [
      'a subtype reusing an id',
      (c: Record<string, unknown>) => ({
        ...c,
        categories: [{ id: 'style', children: [{ id: 'style' }] }],
      }),
      'categories[0].children[0].id',
    ],
    [
      'an unknown ITS type',
      (c: Record<string, unknown>) => ({ ...c, categories: [{ id: 'tone', its: 'tone' }] }),
      'categories[0].its',
    ],
    [
      'a threshold over 100',
      (c: Record<string, unknown>) => ({ ...c, passThreshold: 120 }),
      'passThreshold',
    ],
    [
      'no reference word count',
      (c: Record<string, unknown>) => ({ ...c, referenceWords: 0 }),
      'referenceWords',
    ],
    [
      'categories five deep',
      (c: Record<string, unknown>) => ({
        ...c,
        categories: [
          {
            id: 'a',
            children: [
              {
                id: 'b',
                children: [{ id: 'c', children: [{ id: 'd', children: [{ id: 'e' }] }] }],
              },
            ],
          },
        ],
      }),
      'categories[0].children[0].children[0].children[0].children',
    ],
  ])('refuse %s, naming the JSON path', (_, edit, path) => {
    const result = refusal(edit(card()));
    expect([result.code, result.path]).toEqual(['errors.scorecardField', path]);
    expect(result.message).toContain(`card.json: ${path} should be`);
  });
});
