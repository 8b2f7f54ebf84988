/**
 * The store: the one object the UI talks to, a façade over the rooms of the state layer (issue 10).
 * The state itself lives in the session; each concern in its own flow — projects, edits, restructuring,
 * QA, imports, exports, other tabs — and what the grid shows in a view. `createStore` (wire.ts) assembles
 * them from the ports the composition root gives.
 *
 * Every change is applied to memory first so the UI answers at once, then persisted through the
 * repository in order; every persisted change is a revision.
 */
import type { ExportKind } from '../core/export/index.ts';
import type {
  Revision,
  RevisionOrigin,
  Segment,
  SegmentMode,
  SegmentStatus,
} from '../core/model/model.ts';
import type { Realigned } from '../core/align/realign.ts';
import type { FindHit, FindOptions } from '../core/review/find-replace.ts';
import type { ProjectMetrics } from '../core/metrics/project-metrics.ts';
import type { AppState, Download } from './app-state.ts';
import type { EditsFlow } from './flows/edits.ts';
import type { ExportFlow, ExportOptions } from './flows/export.ts';
import type { EncodingChoice, ImportFlow } from './flows/import.ts';
import type { LqaFlow } from './flows/lqa.ts';
import type { ProjectsFlow, SeedDocument } from './flows/projects.ts';
import type { QaFlow } from './flows/qa.ts';
import type { RestructureFlow } from './flows/restructure.ts';
import type { TmFlow } from './flows/tm.ts';
import type { SyncFlow } from './flows/sync.ts';
import type { UiPrefs } from './flows/ui-prefs.ts';
import type { Notice } from './notices.ts';
import type { Session } from './session/session.ts';
import type { WritePipeline } from './session/write-pipeline.ts';
import type { FindResult } from './views/find-view.ts';
import type { GridView } from './views/grid-view.ts';
import type { HistoryPage } from './views/history-view.ts';

/** The rooms the store fronts (assembled by `createStore`). */
export interface StoreRooms {
  readonly session: Session;
  readonly writes: WritePipeline;
  readonly projects: ProjectsFlow;
  readonly edits: EditsFlow;
  readonly restructure: RestructureFlow;
  readonly qa: QaFlow;
  readonly imports: ImportFlow;
  readonly exports: ExportFlow;
  readonly view: GridView;
  readonly lqa: LqaFlow;
  readonly tm: TmFlow;
  readonly sync: SyncFlow;
  readonly prefs: UiPrefs;
}

export class Store {
  /** Quality checks, term rules, fixes and ignored findings of the open project. */
  readonly qa: QaFlow;
  /** Opening files: documents, backups, interchange files, aligned text pairs (in a worker). */
  readonly imports: ImportFlow;
  /** What the grid shows: filter, order, row numbers, progress. */
  readonly view: GridView;
  /** Projects: open, create, rename, delete. */
  readonly projects: ProjectsFlow;
  /** Quality assessment (issue 15): errors, scorecard, rework flags of the open project. */
  readonly lqa: LqaFlow;
  /** The translation memory: matches, concordance, TMX (issue 16). */
  readonly tm: TmFlow;
  /** Review together (issue 14): share, join, the reviewer's name, soft locks. */
  readonly sync: SyncFlow;
  /** Layout preferences: density, diff placement, side panel, first-run guide (issue 13). */
  readonly prefs: UiPrefs;
  readonly #session: Session;
  readonly #writes: WritePipeline;
  readonly #edits: EditsFlow;
  readonly #restructure: RestructureFlow;
  readonly #exports: ExportFlow;

  constructor(rooms: StoreRooms) {
    this.#session = rooms.session;
    this.#writes = rooms.writes;
    this.projects = rooms.projects;
    this.#edits = rooms.edits;
    this.#restructure = rooms.restructure;
    this.qa = rooms.qa;
    this.imports = rooms.imports;
    this.#exports = rooms.exports;
    this.view = rooms.view;
    this.lqa = rooms.lqa;
    this.tm = rooms.tm;
    this.sync = rooms.sync;
    this.prefs = rooms.prefs;
  }

  get state(): AppState {
    return this.#session.state;
  }

  /** Calls `listener` after every state change; returns the function that stops it. */
  subscribe(listener: () => void): () => void {
    this.#session.addEventListener('change', listener);
    return () => this.#session.removeEventListener('change', listener);
  }

  /** True while typed text is not yet stored (the page warns before unload). */
  get hasUnsavedChanges(): boolean {
    return this.#writes.hasUnsavedChanges;
  }

  // Projects
  init = (seed: SeedDocument): Promise<void> => this.projects.init(seed);
  switchProject = (id: string): Promise<void> => this.projects.switchProject(id);
  openProject = (id: string): Promise<void> => this.projects.openProject(id);
  renameProject = (id: string, name: string): Promise<void> =>
    this.projects.renameProject(id, name);
  deleteProject = (id: string): Promise<void> => this.projects.deleteProject(id);
  /** Creates a project from a file the user opened (document, backup or bilingual file). */
  openFile = (bytes: Uint8Array, fileName: string): Promise<boolean> =>
    this.imports.openFile(bytes, fileName);
  /** The file waiting for its encoding, with each candidate reading (issue 12 item 7), or null. */
  encodingChoice = (): EncodingChoice | null => this.imports.encodingChoice;
  /** Opens the waiting file in `encoding`; `null` abandons it. */
  answerEncoding = (encoding: string | null): Promise<boolean> =>
    this.imports.answerEncoding(encoding);

  // Edits
  editText = (segmentId: string, text: string): void => this.#edits.editText(segmentId, text);
  flush = (): Promise<void> => this.#edits.flush();
  setStatus = (segmentId: string, status: SegmentStatus): Promise<void> =>
    this.#edits.setStatus(segmentId, status);
  replace = (hits: readonly FindHit[]): Promise<number> => this.#edits.replace(hits);
  applyTexts = (
    edits: readonly { segmentId: string; text: string }[],
    origin: RevisionOrigin,
  ): Promise<number> => this.#edits.applyTexts(edits, origin);
  restore = (revision: Revision): Promise<void> => this.#edits.restore(revision);
  undo = (): Promise<void> => this.#edits.undo();
  redo = (): Promise<void> => this.#edits.redo();
  revisions = (segmentId: string): Promise<Revision[]> => this.#edits.revisions(segmentId);
  /**
   * One page of a segment's History, newest first (issue 12 item 3): `before` is the key the previous
   * page gave (`next`), `shown` how many revisions are listed already (they number down from the newest).
   */
  historyPage = async (
    segmentId: string,
    { before, shown = 0 }: { before?: number; shown?: number } = {},
  ): Promise<HistoryPage | null> => {
    const page = await this.#edits.revisionPage(segmentId, before === undefined ? {} : { before });
    const segment = this.#session.segment(segmentId);
    if (!page || !segment) return null;
    const { describePage } = await import('./views/history-view.ts');
    const views = describePage(segment, page, page.total - shown, this.qa.termPairs());
    return { views, next: page.next, total: page.total };
  };
  addComment = (segmentId: string, text: string, author: string): Promise<void> =>
    this.#edits.addComment(segmentId, text, author);

  // Structure
  realign = (
    build: (segments: readonly Segment[], newId: () => string, now: number) => Realigned,
    mode?: SegmentMode,
  ): Promise<void> => this.#restructure.realign(build, mode);
  setMode = (mode: SegmentMode): Promise<void> => this.#restructure.setMode(mode);

  // Search, exports, metrics
  /**
   * Every hit of `options` in the open project, with previews (the find-and-replace dialog). The search
   * engine (RE2 for expressions) loads with the first search, not with the app.
   */
  search = async (options: FindOptions): Promise<FindResult> => {
    const { searchDocument } = await import('./views/find-view.ts');
    return searchDocument(this.state.segments, options);
  };
  exportAs = async (kind: ExportKind, options?: ExportOptions): Promise<Download | null> => {
    // The backup is read from storage: the assessment's last change must be stored first.
    await this.lqa.idle();
    return this.#exports.exportAs(kind, options);
  };
  metrics = (): Promise<ProjectMetrics | null> => this.#exports.metrics();

  /** The reviewer moved to segment `segmentId` (see AppState.current). */
  setCurrent = (segmentId: string | null): void => {
    if (this.state.current !== segmentId) this.#session.update({ current: segmentId });
  };

  // Notices
  dismissNotice = (): void => this.#session.update({ notice: null });
  /** Shows a notice raised outside the store (e.g. a file too large to read). */
  report = (notice: Notice): void => this.#session.update({ notice });
}
