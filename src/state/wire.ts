/**
 * Assembles the state layer from the ports the composition root gives (issue 10): the session and its
 * write pipeline, then each flow with exactly the ports it needs. No flow builds another; where one
 * needs another's verb it gets it here, typed by the narrow interface it declares.
 */
import type { Repository } from '../core/project/repository.ts';
import { InMemoryMemoryRepository, type MemoryRepository } from '../core/tm/memory-repository.ts';
import type { Exporter } from '../jobs/export/protocol.ts';
import type { Importer } from '../jobs/import/protocol.ts';
import type { QaRunner } from '../jobs/qa/protocol.ts';
import type { TmService } from '../jobs/tm/protocol.ts';
import type { Settings } from './app-state.ts';
import { EditsFlow } from './flows/edits.ts';
import { ExportFlow } from './flows/export.ts';
import { ImportFlow } from './flows/import.ts';
import { LqaFlow } from './flows/lqa.ts';
import { ProjectsFlow } from './flows/projects.ts';
import { QaFlow } from './flows/qa.ts';
import { RestructureFlow } from './flows/restructure.ts';
import { SyncFlow } from './flows/sync.ts';
import { TabSync } from './flows/tab-sync.ts';
import { TmFlow } from './flows/tm.ts';
import { noticeOf } from './notices.ts';
import type { EditJournalPort } from './session/edit-journal.ts';
import { Session } from './session/session.ts';
import { WritePipeline } from './session/write-pipeline.ts';
import { UiPrefs } from './flows/ui-prefs.ts';
import { Store } from './store.ts';
import { GridView } from './views/grid-view.ts';

/** What the store works with: storage, preferences, and the jobs (workers or in-process twins). */
export interface StoreServices {
  readonly repo: Repository;
  readonly settings: Settings;
  readonly importer: Importer;
  readonly qa: QaRunner;
  readonly exporter: Exporter;
  /** Clock for timestamps (tests pass a fake). */
  readonly now?: () => number;
  /** Synchronous journal of unsaved typing (issue 6; localStorage in the app). */
  readonly journal?: EditJournalPort;
  /** Translation memories (issue 16; default: in memory). */
  readonly memories?: MemoryRepository;
  /** The TM job (a worker in the app; the in-process twin in tests). Without it, no lookups. */
  readonly tm?: TmService;
  /** The app's URL, whose server is also the sync server (issue 14); no sharing without it. */
  readonly appUrl?: string;
}

/** The store over `services`, listening to the repository for other tabs' changes. */
export function createStore(services: StoreServices): Store {
  const { repo, settings, importer, exporter, now = Date.now, journal } = services;
  const session = new Session();
  const writes = new WritePipeline(session, repo, now, journal);
  const projects = new ProjectsFlow(session, writes, repo, settings);
  const lqa = new LqaFlow(session, writes, repo, settings, now);
  const restructure = new RestructureFlow(session, writes, projects, now, lqa);
  const edits = new EditsFlow(session, writes, restructure, repo, now, lqa);
  const qa = new QaFlow(session, writes, edits, services.qa, settings, now);
  const imports = new ImportFlow(session, importer, repo, projects, settings);
  const exports = new ExportFlow(session, writes, repo, exporter, qa, now);
  const view = new GridView(session, qa);
  const tabs = new TabSync(session, writes, projects);
  // A connection the browser closed (a full disk, cleared site data) is not an update (issue 12 item 10).
  repo.onVersionChange((reason) =>
    session.update({
      notice: noticeOf(reason === 'terminated' ? 'errors.storageLost' : 'errors.versionChange'),
    }),
  );
  const memories = services.memories ?? new InMemoryMemoryRepository();
  const tmPorts = { memories, ...(services.tm ? { service: services.tm } : {}) };
  const tm = new TmFlow(session, tmPorts, edits, qa, settings, now);
  const sync = new SyncFlow(session, writes, projects, repo, settings, lqa, services.appUrl);
  repo.onExternalChange?.((change) => tabs.heard(change));
  const prefs = new UiPrefs(settings);
  return new Store({
    session,
    writes,
    projects,
    edits,
    restructure,
    qa,
    imports,
    exports,
    view,
    lqa,
    tm,
    sync,
    prefs,
  });
}
