/**
 * Composition root: the only place that wires i18n, storage, the worker jobs and state to the UI.
 */
import { BELT_AND_ROAD_PACK_ID } from './core/terms/packs/ids.ts';
import { createI18n } from './i18n/setup.ts';
import { workerExporter } from './jobs/export/client.ts';
import { workerImporter } from './jobs/import/client.ts';
import { routedImporter } from './jobs/import/routed.ts';
import { workerQa } from './jobs/qa/client.ts';
import { workerTm } from './jobs/tm/client.ts';
import type { Settings } from './state/app-state.ts';
import { AppStatus } from './state/controllers/app-status.ts';
import { EditJournal, otherJournals, webTabLocks } from './state/session/edit-journal.ts';
import { createStore } from './state/wire.ts';
import { openRepository } from './storage/idb-repository.ts';
import { ContextProvider } from '@lit/context';
import { appStatusContext } from './state/controllers/app-status.ts';
import './ui/shared/tokens.css';
import { ThemePreference, themeContext } from './ui/shared/theme.ts';
import './ui/app/verso-app.ts';

const SEED_FILE = '000_bf2c9c8ccc29718b.txt';

const settings: Settings = {
  get: (key) => localStorage.getItem(key),
  set: (key, value) => localStorage.setItem(key, value),
  remove: (key) => localStorage.removeItem(key),
};

// The reviewer's theme, applied while this module runs: the entry script blocks the first paint
// (scripts/render-blocking-plugin.ts), so a chosen dark theme never flashes white (issue 13).
const theme = new ThemePreference(settings, document.documentElement);
theme.apply();

async function start(): Promise<void> {
  const { i18n, complete: messagesComplete } = await createI18n();
  // Without IndexedDB (some private modes) Verso still works, but nothing survives a reload.
  const persistent = await openRepository().catch(() => null);
  // Unsaved typing goes to localStorage synchronously; this tab's lock tells others it is alive.
  const journal = persistent ? new EditJournal(localStorage) : undefined;
  if (journal) webTabLocks.hold(journal.tabId);
  const status = new AppStatus({
    storage: navigator.storage,
    // The service worker serves the production build only (the dev server changes files at will).
    ...(import.meta.env.PROD && 'serviceWorker' in navigator
      ? { serviceWorker: navigator.serviceWorker }
      : {}),
    onLine: navigator.onLine,
    window,
  });
  const store = createStore({
    // Without IndexedDB (some private modes) the in-memory repository, loaded only then.
    repo: persistent ?? new (await import('./storage/memory-repository.ts')).MemoryRepository(),
    settings,
    importer: routedImporter(workerImporter, () =>
      import('./jobs/import/document-local.ts').then((m) => m.openDocumentHere),
    ),
    qa: workerQa,
    exporter: workerExporter,
    ...(journal ? { journal } : {}),
    ...(persistent ? { memories: persistent.memories } : {}),
    tm: workerTm,
    appUrl: new URL(import.meta.env.BASE_URL, location.origin).href,
  });
  // Created here, not in index.html, so it never connects before it has its store and i18n.
  const app = document.createElement('verso-app');
  app.i18n = i18n;
  app.store = store;
  new ContextProvider(app, { context: appStatusContext, initialValue: status });
  new ContextProvider(app, { context: themeContext, initialValue: theme });
  document.body.append(app);
  // Notices and dialogs of the project need every message; they loaded in parallel with storage.
  await messagesComplete;
  // The seed's text is fetched only on a first visit (no project stored yet).
  const seedText = async () => (await import('../corpus/000_bf2c9c8ccc29718b.txt?raw')).default;
  await store.init({ fileName: SEED_FILE, text: seedText, packs: [BELT_AND_ROAD_PACK_ID] });
  if (!persistent) store.report({ kind: 'error', key: 'notices.memoryOnly', params: {} });
  // A share link (issue 14): the token is in the fragment; it leaves the address bar at once.
  if (location.hash.includes('share=')) {
    const link = location.href;
    history.replaceState(null, '', link.replace(/#.*$/, ''));
    void store.sync.joinLink(link);
  }
  void status.requestPersistence();
  void status.registerServiceWorker(`${import.meta.env.BASE_URL}sw.js`, import.meta.url);
  // A new release took over: this tab keeps working on its version's files until reloaded (issue 12).
  const toldUpdate = (): void => {
    if (!status.updateReady) return;
    status.removeEventListener('change', toldUpdate);
    store.report({ kind: 'info', key: 'notices.updateReady', params: {}, action: 'reload' });
  };
  status.addEventListener('change', toldUpdate);
  // Typing a closed or crashed tab left unsaved (issue 6); the replay code loads only when needed.
  if (persistent && journal && otherJournals(localStorage, journal.key).length > 0) {
    const { recoverEdits } = await import('./state/session/recover-edits.ts');
    const { recovered, skipped } = await recoverEdits(
      localStorage,
      journal.key,
      store,
      persistent,
      webTabLocks,
    );
    if (recovered > 0)
      store.report({ kind: 'info', key: 'notices.recovered', params: { count: recovered } });
    else if (skipped > 0)
      store.report({ kind: 'error', key: 'notices.recoverySkipped', params: { count: skipped } });
  }
}

void start();
