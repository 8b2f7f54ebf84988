// @ts-nocheck
import { describe, expect, it } from 'vitest';
import { activeEditingTime } from '../../../../src/core/metrics/editing-time.ts';

const at = (segmentId: string, seconds: number) => ({ segmentId, at: seconds * 1000 });

describe('activeEditingTime', () => {
  it('sums the gaps between consecutive events of a segment', () => {
    const time = activeEditingTime([at('s1', 0), at('s1', 5), at('s1', 12)]);
    expect(time.bySegment.get('s1')).toBe(12_000);
    expect(time.totalMs).toBe(12_000);
  });

  it('leaves out gaps longer than the idle threshold, entirely', () => {
    const time = activeEditingTime([at('s1', 0), at('s1', 10), at('s1', 200), at('s1', 230)]);
    expect(time.bySegment.get('s1')).toBe(40_000);
  });

  it('counts a gap of exactly the threshold', () => {
    expect(activeEditingTime([at('s1', 0), at('s1', 60)]).totalMs).toBe(60_000);
  });

  it('keeps segments apart and sorts events by time', () => {
    const time = activeEditingTime([at('s2', 30), at('s1', 0), at('s2', 20), at('s1', 3)]);
    expect([...time.bySegment]).toEqual([
      ['s2', 10_000],
      ['s1', 3_000],
    ]);
    expect(time.totalMs).toBe(13_000);
  });

  it('gives 0 to a segment with one event, and takes another threshold', () => {
    expect(activeEditingTime([at('s1', 0)]).bySegment.get('s1')).toBe(0);
    expect(activeEditingTime([at('s1', 0), at('s1', 10)], 5_000).totalMs).toBe(0);
  });
});
