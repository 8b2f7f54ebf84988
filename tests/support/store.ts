/**
 * A store over a repository of the test's choosing, as a page load builds it, with the in-process
 * twins of the worker jobs and settings in a map (localStorage as a crash may leave it: empty).
 */
import { readFileSync } from 'node:fs';
import type { Repository } from '../../src/core/project/repository.ts';
import type { Settings } from '../../src/state/app-state.ts';
import type { Store } from '../../src/state/store.ts';
import { createStore } from '../../src/state/wire.ts';
import { inProcessImporter } from '../../src/jobs/import/in-process.ts';
import { inProcessQa } from '../../src/jobs/qa/in-process.ts';
import { inProcessExporter } from '../../src/jobs/export/in-process.ts';

export const SEED_FILE = '000_bf2c9c8ccc29718b.txt';
export const SEED = readFileSync(new URL(`../../corpus/${SEED_FILE}`, import.meta.url), 'utf8');

/** Settings kept in a map (localStorage in the app), with the map to look into. */
export function mapSettings(
  entries: Record<string, string> = {},
): Settings & { map: Map<string, string> } {
  const map = new Map(Object.entries(entries));
  return {
    map,
    get: (k) => map.get(k) ?? null,
    set: (k, v) => void map.set(k, v),
    remove: (k) => void map.delete(k),
  };
}

/** A page load: a new store over `repo`, initialised with the seed (created on a first visit). */
export async function loadStore(repo: Repository, prefs: Settings = mapSettings()): Promise<Store> {
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
