/**
 * Safe start (issue 12 item 1): a project that fails to open at start never traps the app.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { VersoInputError } from '../../../../src/core/model/errors.ts';
import { inProcessExporter } from '../../../../src/jobs/export/in-process.ts';
import { inProcessImporter } from '../../../../src/jobs/import/in-process.ts';
import { inProcessQa } from '../../../../src/jobs/qa/in-process.ts';
import { createStore } from '../../../../src/state/wire.ts';
import { MemoryRepository } from '../../../../src/storage/memory-repository.ts';

const SEED_FILE = '000_bf2c9c8ccc29718b.txt';
const SEED = readFileSync(new URL(`../../../../corpus/${SEED_FILE}`, import.meta.url), 'utf8');

/** A repository whose project `bad` cannot be opened (a damaged record). */
class DamagedRepository extends MemoryRepository {
  bad = new Set<string>();
  override openProject(id: string) {
    if (this.bad.has(id)) {
      return Promise.reject(
        new VersoInputError('errors.backupTooLong', {}, 'segment 1 is 20,000,000 characters long'),
      );
    }
    return super.openProject(id);
  }
}

/** A store over `repo` that last opened `last`. */
async function started(repo: DamagedRepository, last?: string) {
  const store = createStore({
    repo,
    settings: { get: () => last ?? null, set: () => undefined, remove: () => undefined },
    importer: inProcessImporter,
    qa: inProcessQa,
    exporter: inProcessExporter,
  });
  await store.init({ fileName: SEED_FILE, text: SEED });
  return store;
}

/** Two projects: "Good" (older) and "Bad" (newer, last opened, unopenable). */
async function twoProjects() {
  const repo = new DamagedRepository();
  const good = await repo.createProject({
    name: 'Good',
    fileName: 'good.txt',
    targetLang: 'en',
    segments: [{ mt: 'Fine.' }],
  });
  const bad = await repo.createProject({
    name: 'Bad',
    fileName: 'bad.txt',
    targetLang: 'en',
    segments: [{ mt: 'Damaged.' }],
  });
  repo.bad.add(bad.id);
  return { repo, good, bad };
}

describe('Safe start', () => {
  it('opens another project when the last one fails to open', async () => {
    const { repo, good, bad } = await twoProjects();
    const store = await started(repo, bad.id);
    expect(store.state.phase).toBe('ready');
    expect(store.state.project?.id).toBe(good.id);
  });

  it('names the project that failed and the problem', async () => {
    const { repo, bad } = await twoProjects();
    const store = await started(repo, bad.id);
    expect(store.state.notice).toMatchObject({
      key: 'notices.startFailed',
      params: { name: 'Bad', problem: 'segment 1 is 20,000,000 characters long' },
    });
  });

  it('changes nothing stored', async () => {
    const { repo, bad } = await twoProjects();
    await started(repo, bad.id);
    expect((await repo.listProjects()).map((p) => p.name).sort()).toEqual(['Bad', 'Good']);
  });

  it('starts with no project open, and says why, when none can be opened', async () => {
    const { repo, good, bad } = await twoProjects();
    repo.bad.add(good.id);
    const store = await started(repo, bad.id);
    expect(store.state.phase).toBe('ready');
    expect(store.state.project).toBeNull();
    expect(store.state.notice?.key).toBe('notices.startFailed');
  });
});
