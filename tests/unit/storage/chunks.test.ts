import { describe, expect, it } from 'vitest';
import { toChunks, lazyChunkIndex } from '../../../src/storage/chunks.ts';
import { CHUNK_SIZE } from '../../../src/storage/schema.ts';
import { segment } from '../../support/export.ts';

describe('lazyChunkIndex', () => {
  it('finds the chunk of every segment, across chunk boundaries, and makes the index once', () => {
    const segments = Array.from({ length: CHUNK_SIZE * 2 + 3 }, (_, i) =>
      segment(`s${i}`, `t${i}`),
    );
    const index = lazyChunkIndex(toChunks('p', segments));
    const map = index();
    expect(map.size).toBe(segments.length);
    expect(map.get('s0')).toBe(0);
    expect(map.get(`s${CHUNK_SIZE - 1}`)).toBe(0);
    expect(map.get(`s${CHUNK_SIZE}`)).toBe(1);
    expect(map.get(`s${CHUNK_SIZE * 2 + 2}`)).toBe(2);
    expect(map.get('missing')).toBeUndefined();
    expect(index()).toBe(map);
  });
});
