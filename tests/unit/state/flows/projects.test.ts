import { describe, expect, it } from 'vitest';
import { MemoryRepository } from '../../../../src/storage/memory-repository.ts';
import { loadStore as load, mapSettings as settings } from '../../../support/store.ts';

describe('ProjectsFlow: the last opened project (issue 11 item 12)', () => {
  it('reopens the imported project after a crash that lost the settings', async () => {
    const repo = new MemoryRepository();
    const first = await load(repo);
    await first.openFile(new TextEncoder().encode('One.\n\nTwo.'), 'memo.txt');
    const reloaded = await load(repo, settings());
    expect(reloaded.state.project?.name).toBe('memo');
  });

  it('reopens the project switched to last, not the one changed last', async () => {
    const repo = new MemoryRepository();
    const first = await load(repo);
    const seedId = first.state.project!.id;
    await first.openFile(new TextEncoder().encode('One.\n\nTwo.'), 'memo.txt');
    await first.switchProject(seedId);
    const reloaded = await load(repo, settings());
    expect(reloaded.state.project?.id).toBe(seedId);
  });

  it('opens the project opened before when the last opened one was deleted elsewhere', async () => {
    const repo = new MemoryRepository();
    const first = await load(repo);
    await first.openFile(new TextEncoder().encode('One.'), 'memo.txt');
    const memo = first.state.project!.id;
    await first.openFile(new TextEncoder().encode('Two.'), 'other.txt');
    await repo.deleteProject(first.state.project!.id);
    const reloaded = await load(repo, settings());
    expect(reloaded.state.project?.id).toBe(memo);
  });
});
