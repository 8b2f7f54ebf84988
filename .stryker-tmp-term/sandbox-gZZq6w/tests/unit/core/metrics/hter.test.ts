// @ts-nocheck
import { describe, expect, it } from 'vitest';
import { documentHter, hter } from '../../../../src/core/metrics/hter.ts';
import { documentMetrics, segmentMetrics } from '../../../../src/core/metrics/index.ts';

describe('hter', () => {
  it('is TER from the MT (hypothesis) to the final text (reference)', () => {
    expect(hter('the cat sat', 'the cat sat down')).toEqual({ edits: 1, refLength: 4, hter: 0.25 });
  });

  it('is capped at 1', () => {
    expect(hter('a b c d e', 'x y').hter).toBe(1);
  });

  it('is 1 for an emptied segment and 0 for two empty ones', () => {
    expect(hter('a', '').hter).toBe(1);
    expect(hter('', '').hter).toBe(0);
  });
});

describe('documentHter', () => {
  it('divides all edits by all final words, so long segments weigh more', () => {
    const doc = documentHter([
      { edits: 1, refLength: 1 },
      { edits: 0, refLength: 9 },
    ]);
    expect(doc).toEqual({ edits: 1, refLength: 10, hter: 0.1 });
  });

  it('is 0 for an empty document', () => {
    expect(documentHter([])).toEqual({ edits: 0, refLength: 0, hter: 0 });
  });
});

describe('segmentMetrics', () => {
  it('gives HTER, word and character distances of one segment', () => {
    expect(segmentMetrics('美众院 公布', '美国众议院 公布')).toEqual({
      edits: 1,
      refLength: 2,
      hter: 0.5,
      wordDistance: 1,
      charDistance: 2,
      charLength: 7,
    });
  });

  it('sums a document and takes its HTER from the totals', () => {
    const doc = documentMetrics([segmentMetrics('a b', 'a c'), segmentMetrics('x', 'x')]);
    expect(doc).toMatchObject({ edits: 1, refLength: 3, wordDistance: 1, charDistance: 1 });
    expect(doc.hter).toBeCloseTo(1 / 3);
  });
});
