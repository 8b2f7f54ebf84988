import { describe, expect, it } from 'vitest';
import { groupBySegment, runChecks } from '../../../../src/core/qa/index.ts';
import { riskScore, sortByRisk } from '../../../../src/core/review/risk.ts';
import { BELT_AND_ROAD_PACK } from '../../../../src/core/terms/packs/belt-and-road.ts';
import { CTX, seedSegments, seg } from '../../../support/qa.ts';

const finding = (severity: 'error' | 'warning' | 'info', rule = 'x') =>
  ({
    id: rule,
    rule,
    severity,
    segmentId: 's1',
    start: 0,
    end: 0,
    text: '',
    message: { key: 'k', params: {} },
  }) as const;

describe('riskScore', () => {
  it('weighs findings by severity: error 5, warning 2, info 0.5', () => {
    const s = seg('edited', { mt: 'mt' });
    expect(riskScore(s, [finding('error'), finding('warning'), finding('info')])).toBe(7.5);
    expect(riskScore(s, [])).toBe(0);
  });

  it('adds 1 for an untouched segment (not counting its untouched finding) and 3 for a doubtful link', () => {
    expect(riskScore(seg('mt'), [finding('info', 'untouched')])).toBe(1);
    expect(riskScore({ ...seg('a', { mt: 'b' }), alignScore: 0.3 }, [])).toBe(3);
    expect(riskScore({ ...seg('a', { mt: 'b' }), alignScore: 0.9 }, [])).toBe(0);
  });

  it('takes other weights, and gives excluded segments none', () => {
    expect(riskScore(seg('a', { mt: 'b' }), [finding('error')], { weights: { error: 10 } })).toBe(
      10,
    );
    expect(riskScore(seg('a', { status: 'excluded' }), [finding('error')])).toBe(0);
  });
});

describe('sortByRisk', () => {
  it('puts the riskiest segments first, ties in document order', () => {
    const segments = seedSegments();
    const findings = runChecks(segments, { ...CTX, terms: BELT_AND_ROAD_PACK });
    const ranked = sortByRisk(segments, groupBySegment(findings));
    expect(ranked).toHaveLength(segments.length);
    // The copyright line, with its four runs of Chinese characters.
    expect(ranked[0]?.segment.id).toBe('s3');
    for (let i = 1; i < ranked.length; i++) {
      const [a, b] = [ranked[i - 1]!, ranked[i]!];
      expect(a.risk > b.risk || (a.risk === b.risk && a.index < b.index)).toBe(true);
    }
  });
});
