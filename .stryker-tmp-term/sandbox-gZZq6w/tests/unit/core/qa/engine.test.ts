// @ts-nocheck
import { describe, expect, it } from 'vitest';
import {
  applyFix,
  applyFixes,
  checkSegment,
  documentStats,
  fixAll,
  QA_RULES,
  runChecks,
  type Finding,
} from '../../../../src/core/qa/index.ts';
import { formatQaMessage, QA_MESSAGES_EN } from '../../../../src/core/qa/messages.ts';
import { BELT_AND_ROAD_PACK } from '../../../../src/core/terms/packs/belt-and-road.ts';
import { CTX, englishSpeller, seedSegments, seg } from '../../../support/qa.ts';

const PACK = { ...CTX, terms: BELT_AND_ROAD_PACK };

describe('runChecks and checkSegment', () => {
  it('a whole-document run equals the live check of each segment with the document’s statistics', () => {
    const segments = seedSegments();
    const ctx = { ...PACK, speller: englishSpeller() };
    const stats = documentStats(segments, ctx);
    expect(runChecks(segments, ctx)).toEqual(segments.flatMap((s) => checkSegment(s, ctx, stats)));
  });

  it('gives each finding an id that survives a re-run and tells findings apart', () => {
    const segments = seedSegments();
    const first = runChecks(segments, PACK).map((f) => f.id);
    expect(runChecks(segments, PACK).map((f) => f.id)).toEqual(first);
    expect(new Set(first).size).toBe(first.length);
    expect(first[0]).toMatch(/^[a-z-]+:s1:\d+:\d+:[0-9a-z]+$/);
  });

  it('reports spans of the current text, text included, and every message has English wording', () => {
    for (const f of runChecks(seedSegments(), { ...PACK, speller: englishSpeller() })) {
      const text = seedSegments().find((s) => s.id === f.segmentId)!.text;
      expect(text.slice(f.start, f.end)).toBe(f.text);
      expect(QA_MESSAGES_EN[f.message.key], f.message.key).toBeDefined();
      expect(formatQaMessage(f.message)).not.toMatch(/\{\{/);
    }
  });

  it('skips excluded segments and disabled rules', () => {
    expect(checkSegment(seg('the the', { status: 'excluded' }), CTX)).toEqual([]);
    const ctx = { ...CTX, disabledRules: ['repeated-word', 'untouched'] };
    expect(checkSegment(seg('the the'), ctx)).toEqual([]);
    expect(QA_RULES).toContain('repeated-word');
  });

  it('lets a term finding override a guess on the same words', () => {
    const found = checkSegment(seg('Fourty open policies'), { ...PACK, speller: englishSpeller() });
    expect(found.filter((f) => f.text === 'Fourty').map((f) => f.rule)).toEqual(['term']);
  });
});

describe('applyFix and fixAll', () => {
  it('applies non-overlapping fixes from the end and skips overlapping ones', () => {
    const s = seg('the the plan，and  more');
    const found = checkSegment(s, CTX);
    expect(applyFixes(s.text, found)).toBe('the plan, and more');
  });

  it('refuses a fix whose text changed since the check', () => {
    const [f] = checkSegment(seg('the the plan'), CTX) as [Finding];
    expect(() => applyFix('a the the plan', f)).toThrow(RangeError);
  });

  it('fixes every segment in one go, leaving out those that would not change', () => {
    const segments = seedSegments();
    const findings = runChecks(segments, PACK).filter((f) => f.rule === 'term');
    const changes = fixAll(segments, findings);
    expect(changes.map((c) => c.segmentId)).toEqual([...new Set(findings.map((f) => f.segmentId))]);
    const after = changes.find((c) => c.segmentId === 's10')!.after;
    expect(after).toContain(
      'Forty open policies and eight investment and talent attraction golden policies',
    );
    expect(after.startsWith('—— Policy coordination continues')).toBe(true);
    const fixed = segments.map((s) => {
      const change = changes.find((c) => c.segmentId === s.id);
      return change ? { ...s, text: change.after } : s;
    });
    expect(runChecks(fixed, PACK).filter((f) => f.rule === 'term')).toEqual([]);
  });
});

describe('the live check', () => {
  it('takes well under 2 ms for a long segment once warm', () => {
    const segments = seedSegments();
    const ctx = { ...PACK, speller: englishSpeller() };
    const stats = documentStats(segments, ctx);
    const longest = segments.reduce((a, b) => (a.text.length > b.text.length ? a : b));
    for (let i = 0; i < 20; i++) checkSegment(longest, ctx, stats);
    const start = performance.now();
    for (let i = 0; i < 50; i++) checkSegment(longest, ctx, stats);
    expect((performance.now() - start) / 50).toBeLessThan(2);
  });
});
