import { describe, expect, it } from 'vitest';
import { ChunkCache, newWriteToken } from '../../../src/storage/chunk-cache.ts';
import type { StoredChunk } from '../../../src/storage/schema.ts';
import { segment } from '../../support/export.ts';

const chunk = (index: number, text = `chunk ${index}`): StoredChunk => ({
  projectId: 'p',
  index,
  segments: [segment(`s${index}`, text)],
});

describe('ChunkCache', () => {
  it('gives chunks back only under the token they were remembered with, and only when all are held', () => {
    const cache = new ChunkCache();
    cache.remember('p', undefined, 't1', [chunk(0), chunk(1)], true);
    expect(cache.holds('p')).toBe(true);
    expect(cache.get('p', 't1', [1, 0])?.map((c) => c.index)).toEqual([1, 0]);
    expect(cache.get('p', 't2', [0])).toBeUndefined();
    expect(cache.get('p', undefined, [0])).toBeUndefined();
    expect(cache.get('p', 't1', [0, 2])).toBeUndefined();
    expect(cache.get('q', 't1', [0])).toBeUndefined();
    // A row without a token (written before version 4) of a project never held.
    expect(cache.get('q', undefined, [0])).toBeUndefined();
  });

  it('keeps the unwritten chunks after a write that found its token, and drops them otherwise', () => {
    const cache = new ChunkCache();
    cache.remember('p', undefined, 't1', [chunk(0), chunk(1), chunk(2)], true);
    cache.remember('p', 't1', 't2', [chunk(1, 'new')]);
    expect(cache.get('p', 't2', [0, 1, 2])?.map((c) => c.segments[0]?.text)).toEqual([
      'chunk 0',
      'new',
      'chunk 2',
    ]);
    // A first write of a project not held (its chunks were read in the transaction).
    const other = new ChunkCache();
    other.remember('q', 't0', 't1', [chunk(4)]);
    expect(other.get('q', 't1', [4])).toHaveLength(1);
    // A write that found another token (someone else wrote in between): only what it wrote is known.
    cache.remember('p', 't9', 't3', [chunk(2, 'newer')]);
    expect(cache.get('p', 't3', [2])?.[0]?.segments[0]?.text).toBe('newer');
    expect(cache.get('p', 't3', [0])).toBeUndefined();
  });

  it('forgets a replaced or deleted project, and a row left without a token', () => {
    const cache = new ChunkCache();
    cache.remember('p', undefined, 't1', [chunk(0), chunk(1)], true);
    cache.remember('p', 't1', 't2', [chunk(0)], true);
    expect(cache.get('p', 't2', [1])).toBeUndefined();
    // A write whose transaction found no token (a row of version 3) keeps only what it wrote.
    cache.remember('p', undefined, 't9', [chunk(0)]);
    expect(cache.get('p', 't9', [1])).toBeUndefined();
    expect(cache.get('p', 't9', [0])).toHaveLength(1);
    cache.remember('p', 't2', undefined, [chunk(0)]);
    expect(cache.holds('p')).toBe(false);
    cache.remember('p', undefined, 't3', [chunk(0)], true);
    cache.forget('p');
    expect(cache.holds('p')).toBe(false);
  });

  it('makes a different token for every write', () => {
    const tokens = new Set(Array.from({ length: 1000 }, () => newWriteToken()));
    expect(tokens.size).toBe(1000);
  });
});
