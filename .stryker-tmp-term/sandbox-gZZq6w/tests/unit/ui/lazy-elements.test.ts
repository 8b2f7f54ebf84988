// @ts-nocheck
import { describe, expect, it } from 'vitest';
import { loadOnce } from '../../../src/ui/lazy-elements.ts';

describe('loadOnce', () => {
  it('loads each module once and shares the promise', async () => {
    let calls = 0;
    const load = loadOnce({ a: () => Promise.resolve(++calls) });
    expect(await Promise.all([load('a'), load('a')])).toEqual([1, 1]);
    expect(await load('a')).toBe(1);
  });

  it('tries again after a failed load (a chunk that could not be fetched)', async () => {
    let calls = 0;
    const load = loadOnce({
      a: () => (++calls === 1 ? Promise.reject(new Error('offline')) : Promise.resolve('ok')),
    });
    await expect(load('a')).rejects.toThrow('offline');
    expect(await load('a')).toBe('ok');
    expect(calls).toBe(2);
  });
});
