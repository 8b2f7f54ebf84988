import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { missingLanguages, needsLanguages } from '../../../../src/core/project/from-bilingual.ts';
import type { BilingualDocument } from '../../../../src/core/formats/common/bilingual.ts';
import { importXliff2 } from '../../../../src/core/formats/xliff2/read.ts';
import { hasSharedData, sharedPath } from '../../../conformance/shared-data.ts';

const doc = (sourceLang: string, targetLang: string): BilingualDocument => ({
  format: 'tsv',
  sourceLang,
  targetLang,
  units: [],
});

describe('missingLanguages (issue 11 item 10)', () => {
  it('names exactly the languages the document does not say', () => {
    expect(missingLanguages(doc('en', ''))).toEqual(['target']);
    expect(missingLanguages(doc('', 'de'))).toEqual(['source']);
    expect(missingLanguages(doc('', ' '))).toEqual(['source', 'target']);
    expect(missingLanguages(doc('zh-CN', 'en'))).toEqual([]);
  });

  it('takes an undetermined tag for a missing one', () => {
    expect(missingLanguages(doc('und', 'en'))).toEqual(['source']);
  });

  it('agrees with needsLanguages', () => {
    expect([doc('en', ''), doc('en', 'de')].map(needsLanguages)).toEqual([true, false]);
  });

  const SOURCE_ONLY = 'xliff2-oasis/xliff-21/test-suite/core/valid/sourceOnly.xlf';
  it.runIf(hasSharedData(SOURCE_ONLY))('asks only for the target of OASIS sourceOnly.xlf', () => {
    const bytes = new Uint8Array(readFileSync(sharedPath(SOURCE_ONLY)));
    expect(missingLanguages(importXliff2(bytes, 'sourceOnly.xlf'))).toEqual(['target']);
  });
});
