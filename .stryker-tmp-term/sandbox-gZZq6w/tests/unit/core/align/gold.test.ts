// @ts-nocheck
import { describe, expect, it } from 'vitest';
import { align } from '../../../../src/core/align/index.ts';
import {
  accuracyBetween,
  buildGoldDocuments,
  evaluateAlignment,
  goldDataMissing,
  GOLD_OPTIONS,
  loadSentencePairs,
} from '../../../support/align-gold.ts';

const missing = goldDataMissing();
if (missing !== undefined) console.warn(missing);

describe.skipIf(missing !== undefined)('alignment on the gold set (MLQE-PE en-zh dev)', () => {
  const documents =
    missing === undefined ? buildGoldDocuments(loadSentencePairs(), GOLD_OPTIONS) : [];
  const { scores, judged } = evaluateAlignment(documents, (doc) =>
    align(doc.source, doc.target, { sourceLang: 'zh', targetLang: 'en' }),
  );

  it('has the documented size: 10 documents, about 13% of links not 1-1', () => {
    expect(documents).toHaveLength(10);
    expect(scores.all.gold).toBeGreaterThan(900);
    expect(scores.nonOneToOne.gold / scores.all.gold).toBeGreaterThan(0.1);
    expect(scores.nonOneToOne.gold / scores.all.gold).toBeLessThan(0.16);
  });

  it('reaches a link F1 of at least 98%', () => {
    expect(scores.all.f1).toBeGreaterThanOrEqual(0.98);
  });

  it('reaches a link F1 of at least 90% on the links that are not 1-1', () => {
    expect(scores.nonOneToOne.f1).toBeGreaterThanOrEqual(0.9);
  });

  it('scores the links it gets wrong low: below 0.8 they are wrong far more often than above 0.95', () => {
    expect(accuracyBetween(judged, 0.95, 2).accuracy).toBeGreaterThan(0.99);
    expect(accuracyBetween(judged, 0, 0.8).accuracy).toBeLessThan(0.9);
  });
});
