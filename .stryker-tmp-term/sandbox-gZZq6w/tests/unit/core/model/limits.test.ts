// @ts-nocheck
import { describe, expect, it } from 'vitest';
import {
  assertSegmentLimits,
  MAX_SEGMENT_CHARS,
  MAX_SEGMENTS,
} from '../../../../src/core/model/limits.ts';
import { openBilingual } from '../../../../src/core/formats/open/open-bilingual.ts';

describe('segment limits', () => {
  it('accept a project of exactly the limits', () => {
    const many = Array.from({ length: MAX_SEGMENTS }, () => ['x']);
    expect(() => assertSegmentLimits('ok.txt', many)).not.toThrow();
    expect(() => assertSegmentLimits('ok.txt', [['a'.repeat(MAX_SEGMENT_CHARS)]])).not.toThrow();
  });

  it('open a TSV with a header line and exactly the limit of rows; refuse one row more', () => {
    const tsv = (rows: number) =>
      new TextEncoder().encode(
        ['zh-CN\ten', ...Array.from({ length: rows }, (_, i) => `源${i}\tMT ${i}`)].join('\n'),
      );
    expect(openBilingual(tsv(MAX_SEGMENTS), 'ok.tsv').units).toHaveLength(MAX_SEGMENTS);
    expect(() => openBilingual(tsv(MAX_SEGMENTS + 1), 'big.tsv')).toThrow(
      expect.objectContaining({ code: 'errors.tooManySegments' }),
    );
  });

  it('refuse one segment more, naming the count and the limit', () => {
    const many = Array.from({ length: MAX_SEGMENTS + 1 }, () => ['x']);
    expect(() => assertSegmentLimits('big.xlf', many)).toThrow(
      expect.objectContaining({
        code: 'errors.tooManySegments',
        params: { file: 'big.xlf', count: MAX_SEGMENTS + 1, limit: MAX_SEGMENTS },
      }),
    );
  });

  it('refuse a segment one character too long in any of its texts, naming which', () => {
    const long = 'a'.repeat(MAX_SEGMENT_CHARS + 1);
    expect(() =>
      assertSegmentLimits('long.tsv', [
        ['short', 'short'],
        ['source', long],
      ]),
    ).toThrow(
      expect.objectContaining({
        code: 'errors.segmentTooLong',
        params: { file: 'long.tsv', n: 2, length: MAX_SEGMENT_CHARS + 1, limit: MAX_SEGMENT_CHARS },
      }),
    );
  });
});
