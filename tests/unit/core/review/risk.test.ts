import { describe, expect, it } from 'vitest';
import { fixAll, groupBySegment, runChecks } from '../../../../src/core/qa/index.ts';
import { assessRisk, riskScore, sortByRisk } from '../../../../src/core/review/risk.ts';
import { BELT_AND_ROAD_PACK } from '../../../../src/core/terms/packs/belt-and-road.ts';
import { CTX, englishSpeller, seedSegments, seg } from '../../../support/qa.ts';

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

  it('adds 1 for an untouched paragraph (not counting its untouched finding) and 3 for a doubtful link', () => {
    const paragraph = 'word '.repeat(25).trim();
    expect(riskScore(seg(paragraph), [finding('info', 'untouched')])).toBe(1);
    expect(riskScore({ ...seg('a', { mt: 'b' }), alignScore: 0.3 }, [])).toBe(3);
    expect(riskScore({ ...seg('a', { mt: 'b' }), alignScore: 0.9 }, [])).toBe(0);
  });

  it('does not make a short heading risky for being short and untouched', () => {
    expect(riskScore(seg('(2) Significance'), [finding('info', 'untouched')])).toBeLessThan(0.2);
  });

  it('lets all notes of a segment weigh at most as much as 2 of them', () => {
    const notes = Array.from({ length: 6 }, () => finding('info', 'name'));
    expect(riskScore(seg('a', { mt: 'b' }), notes)).toBe(1);
    expect(riskScore(seg('a', { mt: 'b' }), [...notes, finding('warning')])).toBe(3);
  });

  it('takes other weights, and gives excluded segments none', () => {
    expect(riskScore(seg('a', { mt: 'b' }), [finding('error')], { weights: { error: 10 } })).toBe(
      10,
    );
    expect(riskScore(seg('a', { status: 'excluded' }), [finding('error')])).toBe(0);
  });
});

describe('assessRisk', () => {
  it('says why: the findings by rule with their worst severity, untouched text, a doubtful link', () => {
    const s = { ...seg('same'), alignScore: 0.2 };
    const { reasons } = assessRisk(s, [
      finding('warning', 'spelling'),
      finding('info', 'spelling'),
      finding('error', 'term'),
      finding('info', 'untouched'),
    ]);
    expect(reasons).toEqual({
      findings: [
        { rule: 'spelling', severity: 'warning', count: 2 },
        { rule: 'term', severity: 'error', count: 1 },
      ],
      untouched: true,
      doubtfulLink: 0.2,
    });
  });
});

/** The seed as the app opens it: the address, phone and copyright lines excluded, the pack on. */
function appSeed() {
  return seedSegments().map((s, i) => (i < 3 ? { ...s, status: 'excluded' as const } : s));
}
const APP_CTX = { ...CTX, terms: BELT_AND_ROAD_PACK, speller: englishSpeller() };

/** True when the segment has a finding that is a problem (an error or a warning). */
function hasProblem(r: { reasons: { findings: readonly { severity: string }[] } }): boolean {
  return r.reasons.findings.some((f) => f.severity !== 'info');
}

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

  it('never queues excluded segments', () => {
    const segments = appSeed();
    const ranked = sortByRisk(segments, groupBySegment(runChecks(segments, APP_CTX)));
    expect(ranked.map((r) => r.segment.id)).not.toContain('s1');
    expect(ranked).toHaveLength(segments.length - 3);
  });

  it('starts the seed’s queue with segments that have real problems', () => {
    const segments = appSeed();
    const ranked = sortByRisk(segments, groupBySegment(runChecks(segments, APP_CTX)));
    expect(ranked.slice(0, 5).every(hasProblem)).toBe(true);
  });

  it('after the term and punctuation fix-all, starts with what is left to fix, not the headings', () => {
    let segments = appSeed();
    const fixable = runChecks(segments, APP_CTX).filter(
      (f) => f.rule === 'term' || f.rule === 'fullwidth',
    );
    const changes = new Map(fixAll(segments, fixable).map((c) => [c.segmentId, c.after]));
    segments = segments.map((s) =>
      changes.has(s.id) ? { ...s, text: changes.get(s.id)!, status: 'edited' as const } : s,
    );
    const ranked = sortByRisk(segments, groupBySegment(runChecks(segments, APP_CTX)));
    expect(hasProblem(ranked[0]!)).toBe(true);
    // "(1) Opening Advantage" and "(2) Significance" are short headings with nothing wrong.
    const headings = ['s8', 's17'].map((id) => ranked.findIndex((r) => r.segment.id === id));
    expect(Math.min(...headings)).toBeGreaterThan(5);
  });
});
