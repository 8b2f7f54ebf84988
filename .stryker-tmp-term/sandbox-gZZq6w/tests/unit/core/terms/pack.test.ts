// @ts-nocheck
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runChecks } from '../../../../src/core/qa/index.ts';
import { compileTerms } from '../../../../src/core/terms/matcher.ts';
import {
  BELT_AND_ROAD_PACK,
  BELT_AND_ROAD_PACK_ID,
} from '../../../../src/core/terms/packs/belt-and-road.ts';
import { seedSegments } from '../../../support/qa.ts';

/** The research glossary the pack is written from (../shared, beside the repository). */
const GLOSSARY = new URL(
  '../../../../../shared/data/glossary/bri-terms.zh-en.tsv',
  import.meta.url,
);

describe('the Belt-and-Road pack', () => {
  it('compiles, with unique ids, a note on every rule and the pack id', () => {
    expect(compileTerms(BELT_AND_ROAD_PACK).invalid).toEqual([]);
    expect(new Set(BELT_AND_ROAD_PACK.map((r) => r.id)).size).toBe(BELT_AND_ROAD_PACK.length);
    for (const rule of BELT_AND_ROAD_PACK) {
      expect(rule.pack).toBe(BELT_AND_ROAD_PACK_ID);
      expect(rule.note, rule.id).toMatch(/Glossary bri-terms\.zh-en|Verso editorial choice/);
    }
  });

  it.skipIf(!existsSync(GLOSSARY))(
    'cites only renderings the glossary has, unless it says it is an editorial choice',
    () => {
      const glossary = readFileSync(GLOSSARY, 'utf8').toLowerCase();
      for (const rule of BELT_AND_ROAD_PACK.filter((r) => r.note?.startsWith('Glossary'))) {
        expect(glossary, rule.id).toContain(rule.preferred.toLowerCase());
        if (rule.sourceTerm) expect(glossary, rule.id).toContain(rule.sourceTerm);
      }
    },
  );

  it('fixes the seed’s literal renderings', () => {
    const findings = runChecks(seedSegments(), {
      terms: BELT_AND_ROAD_PACK,
      projectWords: [],
      targetLang: 'en',
    }).filter((f) => f.rule === 'term');
    const pairs = new Set(findings.map((f) => `${f.text} → ${f.suggestion}`));
    expect([...pairs].sort()).toEqual(
      [
        'five links → Five-Pronged Approach',
        'Comprehensive Experimental Zone → Comprehensive Pilot Zone',
        'Facilities Unicom → Facilities connectivity',
        'Fourty → Forty',
        'Policy communication → Policy coordination',
        'common feelings of the people → closer people-to-people ties',
        'community of human destiny → community with a shared future for mankind',
        'comprehensive experimental zone → comprehensive pilot zone',
        'comprehensive pilot area → comprehensive pilot zone',
        'comprehensive test area → comprehensive pilot zone',
        'double-attraction and double-attraction → investment and talent attraction',
        'one belt and one road → Belt and Road',
        'one belt and one way → Belt and Road',
      ].sort(),
    );
    expect(findings.filter((f) => f.text === 'one belt and one road')).toHaveLength(16);
  });
});
