import { describe, expect, it } from 'vitest';
import { applyFix, fixAll, runChecks } from '../../../../src/core/qa/index.ts';
import { BELT_AND_ROAD_PACK } from '../../../../src/core/terms/packs/belt-and-road.ts';
import { CTX, documentFindings, seedSegments, seg } from '../../../support/qa.ts';

describe('variant', () => {
  it('flags "one belt and one way" in the unedited seed as a variant of "one belt and one road", with no term rule', () => {
    const found = documentFindings('variant', seedSegments());
    expect(found).toHaveLength(2); // the seed's two "one way", and nothing else
    expect(found.map((f) => [f.segmentId, f.text])).toEqual([
      ['s6', 'one belt and one way'],
      ['s16', 'one belt and one way'],
    ]);
    expect(found[0]).toMatchObject({
      severity: 'warning',
      message: {
        key: 'qa.variant.rare',
        params: { count: 2, frequentCount: 16, frequent: 'one belt and one road' },
      },
    });
  });

  it('offers no fix that puts another content word in ("way" → "road" changes the meaning)', () => {
    const found = documentFindings('variant', seedSegments());
    expect(found.map((f) => f.suggestion)).toEqual([undefined, undefined]);
  });

  it('never offers another zone’s name after the term pack’s fix-all on the seed (issue 11 item 5)', () => {
    const ctx = { ...CTX, terms: BELT_AND_ROAD_PACK };
    const seed = seedSegments();
    const terms = runChecks(seed, ctx).filter((f) => f.rule === 'term');
    const after = fixAll(seed, terms);
    const fixed = seed.map((s) => {
      const change = after.find((c) => c.segmentId === s.id);
      return change ? { ...s, text: change.after, status: 'edited' as const } : s;
    });
    const variants = runChecks(fixed, ctx).filter((f) => f.rule === 'variant');
    expect(variants.filter((f) => f.suggestion !== undefined)).toEqual([]);
    expect(variants.filter((f) => /Pilot Zone/.test(f.text))).toEqual([]);
  });

  it('does not flag a phrase that differs from a frequent name by another word (two names)', () => {
    const doc = [
      ...Array.from({ length: 6 }, (_, i) =>
        seg(`We build the Free Trade Pilot Zone ${i}.`, { id: `a${i}` }),
      ),
      seg('We build the Free Comprehensive Pilot Zone now.', { id: 'b' }),
    ];
    expect(documentFindings('variant', doc)).toEqual([]);
  });

  it('suggests another form of the same word, keeping its case, and its fix applies', () => {
    const doc = [
      ...Array.from({ length: 5 }, (_, i) =>
        seg(`We build the free trade pilot zone ${i}.`, { id: `a${i}` }),
      ),
      seg('We build the Free Trade Pilot Zones now.', { id: 'b' }),
    ];
    const [f] = documentFindings('variant', doc);
    // The longest recurring phrase around the differing word that neither starts nor ends with a
    // function word.
    expect(f).toMatchObject({
      text: 'build the Free Trade Pilot Zones',
      suggestion: 'build the Free Trade Pilot Zone',
    });
    expect(applyFix(doc[5]!.text, f!)).toBe('We build the Free Trade Pilot Zone now.');
  });

  it('marks its suggestions for a preview, which fix-all needs to have been shown', () => {
    const doc = [
      ...Array.from({ length: 5 }, (_, i) =>
        seg(`the free trade pilot zone ${i}`, { id: `a${i}` }),
      ),
      seg('the free trade pilot zones here', { id: 'b' }),
    ];
    const found = documentFindings('variant', doc);
    expect(found).toMatchObject([{ needsPreview: true }]);
    expect(fixAll(doc, found)).toEqual([]);
    expect(fixAll(doc, found, { previewed: true })).toEqual([
      {
        segmentId: 'b',
        before: 'the free trade pilot zones here',
        after: 'the free trade pilot zone here',
      },
    ]);
  });

  it('needs a frequent form used at least 3 times, and 3 times as often as the variant', () => {
    const doc = (frequent: number, rare: number) => [
      ...Array.from({ length: frequent }, (_, i) =>
        seg(`the free trade pilot zone ${i}`, { id: `a${i}` }),
      ),
      ...Array.from({ length: rare }, (_, i) =>
        seg(`the free trade pilot zones ${i}`, { id: `b${i}` }),
      ),
    ];
    expect(documentFindings('variant', doc(2, 1))).toEqual([]);
    expect(documentFindings('variant', doc(5, 2))).toEqual([]);
    expect(documentFindings('variant', doc(6, 2))).toHaveLength(2);
  });

  it('ignores phrases of function words and differences in function words', () => {
    const doc = [
      ...Array.from({ length: 6 }, (_, i) => seg(`it is one of the best ${i}`, { id: `a${i}` })),
      seg('it is one of a best x', { id: 'b' }),
    ];
    expect(documentFindings('variant', doc)).toEqual([]);
  });

  it('gives way to a term rule on the same words', () => {
    const findings = runChecks(seedSegments(), { ...CTX, terms: BELT_AND_ROAD_PACK });
    expect(findings.filter((f) => f.rule === 'variant')).toEqual([]);
    expect(
      findings.filter((f) => f.rule === 'term' && f.text === 'one belt and one way'),
    ).toHaveLength(2);
  });
});
