import { describe, expect, it } from 'vitest';
import { recognizeTerms, termRecognizer } from '../../../../src/core/tm/recognize-terms.ts';
import type { TermRule } from '../../../../src/core/terms/model.ts';
import { BELT_AND_ROAD_PACK } from '../../../../src/core/terms/packs/belt-and-road.ts';
import { seedSegments } from '../../../support/qa.ts';

/** [side, form, text found, preferred] of each term recognised. */
function summary(found: ReturnType<typeof recognizeTerms>): string[][] {
  return found.map((t) => [t.side, t.form, t.text, t.preferred]);
}

describe('recognizeTerms on the seed with the Belt-and-Road pack', () => {
  const seed = seedSegments();

  it('finds the forbidden renderings in the seed’s title MT, with the preferred terms', () => {
    const title = seed[3]!.mt; // General plan for the construction of Liaoning "one belt and one road" …
    const found = recognizeTerms({ mt: title }, BELT_AND_ROAD_PACK);
    expect(summary(found)).toEqual([
      ['mt', 'forbidden', 'one belt and one road', 'Belt and Road'],
      ['mt', 'forbidden', 'comprehensive experimental zone', 'comprehensive pilot zone'],
    ]);
    const [first] = found;
    expect(title.slice(first!.start, first!.end)).toBe('one belt and one road');
  });

  it('finds across the seed the nine pack terms its MT renders literally', () => {
    const texts = seed.map((s) => recognizeTerms({ mt: s.mt }, BELT_AND_ROAD_PACK));
    const preferred = new Set(texts.flat().map((t) => t.preferred));
    expect(preferred).toEqual(
      new Set([
        'Belt and Road',
        'Five-Pronged Approach',
        'comprehensive pilot zone',
        'policy coordination',
        'facilities connectivity',
        'closer people-to-people ties',
        'community with a shared future for mankind',
        'investment and talent attraction',
        'forty',
      ]),
    );
  });

  it('looks for the source terms in the source when the segment has one', () => {
    const found = recognizeTerms(
      {
        source: '辽宁“一带一路”综合试验区建设总体方案',
        mt: 'Liaoning "one belt and one road" comprehensive test area',
      },
      BELT_AND_ROAD_PACK,
    );
    expect(summary(found)).toEqual([
      ['source', 'source', '一带一路', 'Belt and Road'],
      ['source', 'source', '综合试验区', 'comprehensive pilot zone'],
    ]);
  });

  it('still checks the MT for rules without a source term when the segment has a source', () => {
    const found = recognizeTerms(
      { source: '四十项开放政策', mt: 'Fourty open policies' },
      BELT_AND_ROAD_PACK,
    );
    expect(summary(found)).toEqual([['mt', 'forbidden', 'Fourty', 'forty']]);
  });

  it('reports a preferred term the MT already uses', () => {
    const found = recognizeTerms(
      { mt: 'The Belt and Road comprehensive pilot zone.' },
      BELT_AND_ROAD_PACK,
    );
    expect(summary(found)).toEqual([
      ['mt', 'preferred', 'Belt and Road', 'Belt and Road'],
      ['mt', 'preferred', 'comprehensive pilot zone', 'comprehensive pilot zone'],
    ]);
  });

  it('keeps the longer of two terms found at the same place', () => {
    const rules: TermRule[] = [
      {
        id: 'a',
        preferred: 'zone',
        forbidden: [{ pattern: 'pilot', regex: false }],
        wholeWord: true,
        matchCase: false,
      },
      {
        id: 'b',
        preferred: 'pilot zone',
        forbidden: [{ pattern: 'pilot area', regex: false }],
        wholeWord: true,
        matchCase: false,
      },
    ];
    expect(summary(recognizeTerms({ mt: 'the pilot area' }, rules))).toEqual([
      ['mt', 'forbidden', 'pilot area', 'pilot zone'],
    ]);
  });

  it('reuses compiled rules across segments', () => {
    const recognizer = termRecognizer(BELT_AND_ROAD_PACK);
    expect(recognizer.recognize({ mt: 'five links' })).toHaveLength(1);
    expect(recognizer.recognize({ mt: 'nothing here' })).toEqual([]);
  });
});
