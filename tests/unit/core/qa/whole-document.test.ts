/**
 * Whole-document QA on sizeable documents of real sentences (issue 4: the run had to get 13× faster on
 * real text without changing what it finds). The findings are pinned by their count per rule and a
 * digest of all of them, as the engine found them before it was optimised; any change to a finding
 * (rule, span, severity, suggestion, message) changes the digest.
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { runChecks, type Finding, type QaContext } from '../../../../src/core/qa/index.ts';
import { BELT_AND_ROAD_PACK } from '../../../../src/core/terms/packs/belt-and-road.ts';
import { detokenizeChinese, detokenizeEnglish } from '../../../support/align-gold.ts';
import { mlqeRows } from '../../../support/mlqe.ts';
import { reviewedDocument, type Sentence } from '../../../support/qa-document.ts';
import { englishSpeller, seedSegments } from '../../../support/qa.ts';
import { hasSharedData } from '../../../conformance/shared-data.ts';

/** The context of the QA worker: the term pack, the English speller, a Chinese source. */
const context = (): QaContext => ({
  terms: BELT_AND_ROAD_PACK,
  projectWords: [],
  speller: englishSpeller(),
  sourceLang: 'zh-CN',
  targetLang: 'en',
});

/** Findings per rule, and a digest of every finding in order. */
function summary(findings: readonly Finding[]): { byRule: Record<string, number>; digest: string } {
  const byRule: Record<string, number> = {};
  for (const f of findings) byRule[f.rule] = (byRule[f.rule] ?? 0) + 1;
  const digest = createHash('sha256').update(JSON.stringify(findings)).digest('hex').slice(0, 16);
  return { byRule: Object.fromEntries(Object.entries(byRule).sort()), digest };
}

/** The seed's sentences (English only: the seed has no source column). */
function seedSentences(): Sentence[] {
  return seedSegments()
    .flatMap((s) => s.text.split(/(?<=[.!?])\s+/))
    .filter((en) => en.split(' ').length >= 3)
    .map((en) => ({ en }));
}

describe('whole-document QA keeps its findings', () => {
  it('on 1,000 segments of the seed’s sentences, post-edited', () => {
    const doc = reviewedDocument(seedSentences(), { count: 1000, words: 40, seed: 4 });
    expect(summary(runChecks(doc, context()))).toEqual({
      byRule: {
        boilerplate: 56,
        cjk: 215,
        duplicate: 213,
        fullwidth: 319,
        name: 655,
        number: 100,
        'repeated-phrase': 19,
        'repeated-word': 9,
        spacing: 186,
        spelling: 306,
        term: 1246,
        unbalanced: 72,
        untouched: 691,
        variant: 821,
      },
      digest: 'c8cc8013d770f8cb',
    });
  }, 60_000);

  const MLQE = 'mlqe-pe-en-zh';
  it.skipIf(!hasSharedData(MLQE))(
    'on 1,000 segments of MLQE-PE’s English sentences with their Chinese, post-edited',
    () => {
      const rows = [...(mlqeRows('dev') ?? []), ...(mlqeRows('test20') ?? [])];
      const sentences = rows.map((r) => ({
        en: detokenizeEnglish(r.src),
        zh: detokenizeChinese(r.pe),
      }));
      const doc = reviewedDocument(sentences, { count: 1000, words: 50, seed: 4 });
      expect(summary(runChecks(doc, context()))).toEqual({
        byRule: {
          name: 2275,
          number: 436,
          'repeated-phrase': 6,
          'repeated-word': 4,
          spelling: 1932,
          unbalanced: 119,
          untouched: 679,
          variant: 155,
        },
        digest: '0ed808c71ba7bea7',
      });
    },
    60_000,
  );
});
