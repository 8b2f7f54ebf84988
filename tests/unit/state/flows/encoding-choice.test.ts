import { describe, expect, it } from 'vitest';
import { MemoryRepository } from '../../../../src/storage/memory-repository.ts';
import { loadStore } from '../../../support/store.ts';

const LATIN1 = Uint8Array.from(Buffer.from('Größe für Mädchen\n\nÜbergröße\n', 'latin1'));

describe('a file whose encoding Verso cannot tell (issue 12 item 7)', () => {
  it('is not opened but offered in each candidate encoding, with how it reads in each', async () => {
    const repo = new MemoryRepository();
    const store = await loadStore(repo);
    const before = await repo.listProjects();
    expect(await store.openFile(LATIN1, 'latin1.txt')).toBe(false);
    expect(store.state.notice).toMatchObject({
      key: 'errors.encodingUncertain',
      action: 'encoding',
    });
    const choice = store.encodingChoice();
    expect(choice?.fileName).toBe('latin1.txt');
    expect(choice?.readings).toContainEqual({
      encoding: 'windows-1252',
      preview: 'Größe für Mädchen',
    });
    expect(choice?.readings.map((r) => r.encoding)).toContain('gb18030');
    expect(await repo.listProjects()).toEqual(before);
  });

  it('opens in the encoding the reviewer chose', async () => {
    const store = await loadStore(new MemoryRepository());
    await store.openFile(LATIN1, 'latin1.txt');
    expect(await store.answerEncoding('windows-1252')).toBe(true);
    expect(store.state.segments.map((s) => s.mt)).toEqual(['Größe für Mädchen', 'Übergröße']);
    expect(store.encodingChoice()).toBeNull();
  });

  it('stores nothing when the reviewer cancels', async () => {
    const repo = new MemoryRepository();
    const store = await loadStore(repo);
    await store.openFile(LATIN1, 'latin1.txt');
    const before = await repo.listProjects();
    expect(await store.answerEncoding(null)).toBe(false);
    expect(await repo.listProjects()).toEqual(before);
    expect(store.encodingChoice()).toBeNull();
  });
});
