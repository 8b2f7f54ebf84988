import { describe, expect, it } from 'vitest';
import { failedModuleUrl, loadOnce, retryUrl } from '../../../../src/ui/shared/lazy.ts';

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

describe('loadOnce when the browser remembers a failed import', () => {
  const url = 'http://127.0.0.1:4173/assets/verso-settings-abc.js';
  const failure = new TypeError(`Failed to fetch dynamically imported module: ${url}`);

  it('imports the chunk the error names under a new URL on the next try', async () => {
    const imported: string[] = [];
    const load = loadOnce({ settings: () => Promise.reject(failure) }, (u) => {
      imported.push(u);
      return Promise.resolve('fresh');
    });
    await expect(load('settings')).rejects.toBe(failure);
    expect(imported).toEqual([]);
    expect(await load('settings')).toBe('fresh');
    expect(imported).toEqual([`${url}?retry=2`]);
  });

  it('reports the failure when the error names no chunk', async () => {
    const load = loadOnce(
      { a: () => Promise.reject(new TypeError('Importing a module script failed.')) },
      () => Promise.resolve('never'),
    );
    await expect(load('a')).rejects.toThrow('Importing a module script failed.');
    await expect(load('a')).rejects.toThrow('Importing a module script failed.');
  });

  it('keeps the page-relative form of a relative URL', () => {
    expect(retryUrl('/assets/a.js?retry=1', 3)).toBe('/assets/a.js?retry=3');
    expect(
      failedModuleUrl(new Error('error loading dynamically imported module: http://x/a.js')),
    ).toBe('http://x/a.js');
  });
});
