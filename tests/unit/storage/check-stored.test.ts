import { describe, expect, it } from 'vitest';
import { checkedSegments } from '../../../src/storage/check-stored.ts';
import type { StoredChunk } from '../../../src/storage/schema.ts';

const chunk = (segments: unknown): StoredChunk =>
  ({ projectId: 'p', index: 0, segments }) as unknown as StoredChunk;
const seg = (mt: string) => ({ id: 's1', mt, text: '', status: 'new', comments: [] });

describe('checkedSegments', () => {
  it('gives the stored segments in order', () => {
    expect(checkedSegments('P', [chunk([seg('a')]), chunk([seg('b')])]).map((s) => s.mt)).toEqual([
      'a',
      'b',
    ]);
  });

  it('refuses a segment over the length limit, naming the project and the segment', () => {
    expect(() => checkedSegments('Big', [chunk([seg('x'.repeat(100_001))])])).toThrow(
      /“Big” is damaged: segment 1 is 100001 characters long/,
    );
  });

  it('refuses a chunk without a segment list', () => {
    expect(() => checkedSegments('P', [chunk('not a list')])).toThrow(
      /chunk 0 holds no segment list/,
    );
  });
});
