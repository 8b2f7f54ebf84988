import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Repository } from '../../../../src/core/project/repository.ts';
import type { Settings } from '../../../../src/state/app-state.ts';
import { createStore } from '../../../../src/state/wire.ts';
import { inProcessImporter } from '../../../../src/jobs/import/in-process.ts';
import { inProcessQa } from '../../../../src/jobs/qa/in-process.ts';
import { inProcessExporter } from '../../../../src/jobs/export/in-process.ts';
import { MemoryRepository } from '../../../../src/storage/memory-repository.ts';

const SEED_FILE = '000_bf2c9c8ccc29718b.txt';
const SEED = readFileSync(new URL(`../../../../corpus/${SEED_FILE}`, import.meta.url), 'utf8');

/** Settings as localStorage keeps them; a fresh map is what a crash can leave (written lazily). */
function settings(): Settings {
  const map = new Map<string, string>();
  return { get: (k) => map.get(k) ?? null, set: (k, v) => void map.set(k, v) };
}

/** A page load: a new store over the same stored data. */
async function load(repo: Repository, prefs: Settings = settings()) {
  const store = createStore({
    repo,
    settings: prefs,
    importer: inProcessImporter,
    qa: inProcessQa,
    exporter: inProcessExporter,
  });
  await store.init({ fileName: SEED_FILE, text: SEED });
  return store;
}

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
