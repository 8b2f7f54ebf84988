import { describe, expect, it } from 'vitest';
import { applyFix, runChecks } from '../../../../src/core/qa/index.ts';
import { BELT_AND_ROAD_PACK } from '../../../../src/core/terms/packs/belt-and-road.ts';
import { CTX, documentFindings, seedSegments, seg } from '../../../support/qa.ts';

describe('variant', () => {
  it('flags "one belt and one way" in the unedited seed as a variant of "one belt and one road", with no term rule', () => {
    const found = documentFindings('variant', seedSegments());
    expect(found).toHaveLength(2); // the seed's two "one way", and nothing else
    expect(found.map((f) => [f.segmentId, f.text, f.suggestion])).toEqual([
      ['s6', 'one belt and one way', 'one belt and one road'],
      ['s16', 'one belt and one way', 'one belt and one road'],
    ]);
    expect(found[0]).toMatchObject({
      severity: 'warning',
      message: { key: 'qa.variant.rare', params: { count: 2, frequentCount: 16 } },
    });
  });

  it('keeps the case of the word it replaces, and its fix applies', () => {
    const doc = [
      ...Array.from({ length: 5 }, (_, i) =>
        seg(`We build the free trade pilot zone ${i}.`, { id: `a${i}` }),
      ),
      seg('We build the Free Trade Pilot Area now.', { id: 'b' }),
    ];
    const [f] = documentFindings('variant', doc);
    // The longest recurring phrase around the differing word that neither starts nor ends with a
    // function word.
    expect(f).toMatchObject({
      text: 'build the Free Trade Pilot Area',
      suggestion: 'build the Free Trade Pilot Zone',
    });
    expect(applyFix(doc[5]!.text, f!)).toBe('We build the Free Trade Pilot Zone now.');
  });

  it('needs a frequent form used at least 3 times, and 3 times as often as the variant', () => {
    const doc = (frequent: number, rare: number) => [
      ...Array.from({ length: frequent }, (_, i) =>
        seg(`the free trade pilot zone ${i}`, { id: `a${i}` }),
      ),
      ...Array.from({ length: rare }, (_, i) =>
        seg(`the free trade pilot area ${i}`, { id: `b${i}` }),
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
