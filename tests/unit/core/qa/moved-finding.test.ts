import { describe, expect, it } from 'vitest';
import { makeFinding, movedFinding } from '../../../../src/core/qa/finding.ts';

const spec = { rule: 'spelling', severity: 'warning' as const, key: 'spelling.unknown' };

describe('movedFinding', () => {
  it('gives a finding moved along with typing the id the check gives it at its new place', () => {
    const before = makeFinding('s1', 'I recieve', { ...spec, start: 2, end: 9 });
    const after = makeFinding('s1', 'So I recieve', { ...spec, start: 5, end: 12 });
    expect(movedFinding(before, 5, 12)).toEqual(after);
  });

  it('returns the finding itself when it did not move', () => {
    const finding = makeFinding('s1', 'teh', { ...spec, start: 0, end: 3 });
    expect(movedFinding(finding, 0, 3)).toBe(finding);
  });
});
