/**
 * Composition root: the only place that wires i18n, storage and state to the UI.
 */
import seedText from '../corpus/000_bf2c9c8ccc29718b.txt?raw';
import { BELT_AND_ROAD_PACK_ID } from './core/terms/packs/belt-and-road.ts';
import { createI18n } from './i18n/setup.ts';
import { openRepository } from './storage/idb-repository.ts';
import { Store, type Settings } from './state/store.ts';
import { workerImporter } from './state/worker-importer.ts';
import { workerQa } from './state/worker-qa.ts';
import { workerExporter } from './state/worker-exporter.ts';
import './ui/styles/tokens.css';
import './ui/verso-app.ts';

const SEED_FILE = '000_bf2c9c8ccc29718b.txt';

const settings: Settings = {
  get: (key) => localStorage.getItem(key),
  set: (key, value) => localStorage.setItem(key, value),
};

async function start(): Promise<void> {
  const i18n = await createI18n();
  // Without IndexedDB (some private modes) Verso still works, but nothing survives a reload.
  const persistent = await openRepository().catch(() => null);
  const store = new Store({
    // Without IndexedDB (some private modes) the in-memory repository, loaded only then.
    repo: persistent ?? new (await import('./storage/memory-repository.ts')).MemoryRepository(),
    settings,
    importer: workerImporter,
    qa: workerQa,
    exporter: workerExporter,
  });
  // Created here, not in index.html, so it never connects before it has its store and i18n.
  const app = document.createElement('verso-app');
  app.i18n = i18n;
  app.store = store;
  document.body.append(app);
  await store.init({ fileName: SEED_FILE, text: seedText, packs: [BELT_AND_ROAD_PACK_ID] });
  if (!persistent) store.report({ kind: 'error', key: 'notices.memoryOnly', params: {} });
}

void start();
