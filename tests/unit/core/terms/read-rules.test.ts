import { describe, expect, it } from 'vitest';
import { parseTermRules } from '../../../../src/core/terms/read-rules.ts';
import { BELT_AND_ROAD_PACK } from '../../../../src/core/terms/packs/belt-and-road.ts';
import { inputErrorOf } from '../../../support/input-error.ts';

describe('parseTermRules', () => {
  it('reads back term rules written as JSON, field for field', () => {
    const rules = [...BELT_AND_ROAD_PACK];
    expect(parseTermRules(JSON.stringify(rules), 'shared')).toEqual(rules);
  });

  it('names the first bad field by its JSON path', () => {
    const json = JSON.stringify([
      { id: 'r1', preferred: 'Belt and Road', forbidden: [{ pattern: 1 }] },
    ]);
    const error = inputErrorOf(() => parseTermRules(json, 'shared'));
    expect(error.code).toBe('errors.termRulesStored');
    expect(error.params).toMatchObject({ source: 'shared', path: '[0].forbidden[0].pattern' });
  });

  it('refuses a value that is not a list of rules', () => {
    expect(inputErrorOf(() => parseTermRules('{"id":"r1"}', 'shared')).params['expected']).toBe(
      'an array',
    );
    expect(inputErrorOf(() => parseTermRules('[{', 'shared')).params['expected']).toBe('JSON');
  });
});
