// @ts-nocheck
import type { OpenedFile } from '../core/formats/open/document-file.ts';
import { VersoInputError } from '../core/model/errors.ts';
import { downloadName } from '../core/export/file-name.ts';
import type { FindHit } from '../core/review/find-replace.ts';
import { applyHits, groupHitsBySegment } from '../core/review/find-replace.ts';
import {
  EMPTY_QA,
  statusAfterEdit,
  type ProjectMeta,
  type Revision,
  type RevisionOrigin,
  type Segment,
  type SegmentChange,
  type SegmentMode,
  type SegmentStatus,
} from '../core/model/model.ts';
import type { ExportKind, ReportOptions } from '../core/export/index.ts';
import type { ProjectMetrics } from '../core/metrics/project-metrics.ts';
import type { Realigned } from '../core/align/realign.ts';
import { isBilingualFile } from '../core/formats/open/detect.ts';
import type { ExternalChange, NewProject, Repository } from '../core/project/repository.ts';
import { StaleWriteError, type StaleSegment } from '../core/project/conflict.ts';
import type { EditJournalPort } from './edit-journal.ts';
import { WriteGuard } from './write-guard.ts';
import { ImportFlow } from './import-flow.ts';
import { INITIAL_QA, QaFlow, type QaRunner, type QaView } from './qa-flow.ts';
import type { Exporter } from './exporter.ts';
import type { Importer } from './importer.ts';
import { UndoStack, type SegmentSnapshot, type UndoEntry } from '../core/project/undo.ts';
import { WriteQueue } from './write-queue.ts';

/** A message for the user: an i18n key (under the root) with its interpolation values. */
export interface Notice {
  readonly kind: 'error' | 'info';
  readonly key: string;
  readonly params: Readonly<Record<string, string | number>>;
}

/** `saved`: everything typed is in IndexedDB; `saving`: some of it is on its way; `error`: a write failed. */
export type SaveState = 'saved' | 'saving' | 'error';

export interface AppState {
  readonly phase: 'loading' | 'ready' | 'failed';
  readonly projects: readonly ProjectMeta[];
  readonly project: ProjectMeta | null;
  readonly segments: readonly Segment[];
  readonly save: SaveState;
  readonly canUndo: boolean;
  readonly canRedo: boolean;
  readonly notice: Notice | null;
  /** An import running in the worker, with its progress. */
  readonly importing: {
    readonly fileName: string;
    readonly done: number;
    readonly total: number;
  } | null;
  /** QA findings of the open project. */
  readonly qa: QaView;
  /** A parsed file that does not say its languages: the UI asks, then calls `answerLanguages`. */
  readonly languagePrompt: {
    readonly fileName: string;
    readonly sourceLang: string;
    readonly targetLang: string;
  } | null;
}

/** A file for the user to download: the UI turns it into a Blob. */
export interface Download {
  readonly fileName: string;
  readonly mime: string;
  readonly content: string | Uint8Array;
}

export type { ExportKind } from '../core/export/index.ts';

/** Who the Word review copy names as the author of its changes; the report's language. */
export interface ExportOptions {
  readonly author?: string;
  readonly report?: ReportOptions;
}

/** Where small preferences live (localStorage in the app, a Map in tests). */
export interface Settings {
  get(key: string): string | null;
  set(key: string, value: string): void;
}

/** What the store works with: storage, preferences, and the workers (or in-process stand-ins). */
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
}

/** The document a first visit opens. */
export interface SeedDocument {
  readonly fileName: string;
  readonly text: string;
  /** Term packs switched on for it. */
  readonly packs?: readonly string[];
}

const LAST_PROJECT_KEY = 'verso.lastProject';
/** Autosave delay after the last keystroke (issue 2 asks for ≤ 300 ms). */
export const AUTOSAVE_DELAY_MS = 250;

interface Change {
  readonly segmentId: string;
  readonly text: string;
  readonly status: SegmentStatus;
}

const INITIAL: AppState = {
  phase: 'loading',
  projects: [],
  project: null,
  segments: [],
  save: 'saved',
  canUndo: false,
  canRedo: false,
  notice: null,
  importing: null,
  languagePrompt: null,
  qa: INITIAL_QA,
};

/**
 * The app's single source of truth. Holds immutable state (Lit compares by identity), applies every
 * change to memory first so the UI answers at once, then persists it through the repository in order.
 * Typing is debounced; everything else is written immediately. Every persisted change is a revision.
 *
 * @fires change - after every state update
 */
export class Store extends EventTarget {
  private current: AppState = INITIAL;
  private readonly undoStack = new UndoStack();
  private readonly writes = new WriteQueue();
  /** Segments typed into but not yet handed to the repository, with their last persisted state. */
  private readonly pending = new Map<string, SegmentSnapshot>();
  /** Segments whose last write failed: their current state is written again on the next flush. */
  private readonly failed = new Set<string>();
  /** What is stored, so no write silently replaces another tab's (issue 6). */
  private readonly guard = new WriteGuard();
  private readonly journal: EditJournalPort | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** Position of each segment of the open project (segments keep their order in this version). */
  private positions = new Map<string, number>();

  /** Importing interchange files and aligned text pairs (in a worker). */
  readonly imports: ImportFlow;
  /** Quality checks, term rules, fixes and ignored findings of the open project. */
  readonly qa: QaFlow;

  private readonly repo: Repository;
  private readonly settings: Settings;
  private readonly exporter: Exporter;
  private readonly now: () => number;

  constructor(services: StoreServices) {
    super();
    const { repo, settings, importer, qa: qaRunner, exporter, now = Date.now } = services;
    this.repo = repo;
    this.settings = settings;
    this.exporter = exporter;
    this.now = now;
    this.journal = services.journal;
    this.qa = new QaFlow(
      {
        project: () => this.current.project,
        segments: () => this.current.segments,
        view: () => this.current.qa,
        patchView: (qa) => this.update({ qa }),
        saveQa: async (qa) => {
          const project = this.current.project;
          if (!project) return;
          // Shown at once; stored in order with the edits, so "All changes saved" covers it too.
          this.update({ project: { ...project, qa }, save: 'saving' });
          this.writes.run(async () => {
            try {
              await this.repo.saveProjectQa(project.id, qa);
              this.markSavedIfIdle();
            } catch (error) {
              // Not stored: the project shows its stored settings again, and the reviewer is told.
              const now = this.current.project;
              const shown = now?.id === project.id ? { ...now, qa: project.qa } : now;
              this.update({ project: shown ?? null, save: 'error', notice: noticeFor(error) });
            }
          });
          await this.writes.idle();
        },
        applyTexts: async (changes, origin) => {
          await this.applyTexts(changes, origin);
        },
        report: (error) => this.update({ notice: noticeFor(error) }),
        inform: (key, params) => this.update({ notice: { kind: 'info', key, params } }),
      },
      qaRunner,
      settings,
      now,
    );
    this.imports = new ImportFlow(
      {
        state: () => this.current,
        patch: (patch) => this.update(patch),
        createAndOpen: (project) =>
          this.createAndOpen(() => this.repo.createProject(project), 'notices.openedBilingual'),
      },
      importer,
      settings,
    );
    repo.onVersionChange(() =>
      this.update({ notice: { kind: 'error', key: 'errors.versionChange', params: {} } }),
    );
    repo.onExternalChange?.((change) => this.onExternal(change));
  }

  get state(): AppState {
    return this.current;
  }

  /** Lists projects; on a first visit creates the seed project; opens the last used one. */
  async init(seed: SeedDocument): Promise<void> {
    try {
      let projects = await this.repo.listProjects();
      if (projects.length === 0) {
        const { splitParagraphs } = await import('../core/text/paragraphs.ts');
        await this.repo.createProject({
          name: seed.fileName.replace(/\.[^.]+$/, ''),
          fileName: seed.fileName,
          targetLang: 'en',
          segments: splitParagraphs(seed.text).map((mt) => ({ mt })),
          // The seed is a Belt-and-Road document: its term pack is on from the start (issue 4).
          qa: { ...EMPTY_QA, packs: [...(seed.packs ?? [])] },
        });
        projects = await this.repo.listProjects();
      }
      const last = this.settings.get(LAST_PROJECT_KEY);
      const target = projects.find((p) => p.id === last) ?? projects[0];
      this.update({ projects });
      if (target) await this.openProject(target.id);
      this.update({ phase: 'ready' });
    } catch (error) {
      this.update({ phase: 'failed', notice: noticeFor(error) });
    }
  }

  /** Switches to another project from the UI; a failure (deleted in another tab) becomes a notice. */
  async switchProject(id: string): Promise<void> {
    try {
      await this.openProject(id);
    } catch (error) {
      this.update({ notice: noticeFor(error) });
      await this.refreshProjects();
    }
  }

  /** Switches to another project, saving what is pending first. */
  async openProject(id: string): Promise<void> {
    await this.flush();
    const data = await this.repo.openProject(id);
    this.undoStack.clear();
    this.failed.clear();
    this.guard.reset();
    this.settings.set(LAST_PROJECT_KEY, id);
    this.positions = new Map(data.segments.map((s, i) => [s.id, i]));
    this.update({ project: data.meta, segments: data.segments, ...this.undoFlags() });
    this.qa.reset();
  }

  /**
   * Creates a project from a file the user opened (document or backup) and switches to it.
   * Bad input leaves every stored project as it was and is reported as a notice.
   */
  async openFile(bytes: Uint8Array, fileName: string): Promise<boolean> {
    if (isBilingualFile(fileName, bytes)) return this.imports.importBilingual(bytes, fileName);
    let opened: OpenedFile;
    try {
      // Decoding and parsing load with the first file opened, not with the app.
      const { openFile } = await import('../core/formats/open/document-file.ts');
      opened = openFile(bytes, fileName);
    } catch (error) {
      this.update({ notice: noticeFor(error) });
      return false;
    }
    if (opened.kind === 'backup') {
      const backup = opened.backup;
      return this.createAndOpen(() => this.repo.importBackup(backup), 'notices.backupRestored');
    }
    const project: NewProject = {
      name: opened.name,
      fileName: opened.fileName,
      targetLang: 'en',
      segments: opened.paragraphs.map((mt) => ({ mt })),
    };
    return this.createAndOpen(() => this.repo.createProject(project), 'notices.opened');
  }

  /**
   * Stores a new project (made by `create`), switches to it and says so with `noticeKey`
   * (params: name, count, sourceLang, targetLang). A failure changes nothing and becomes a notice.
   */
  async createAndOpen(create: () => Promise<ProjectMeta>, noticeKey: string): Promise<boolean> {
    try {
      const meta = await create();
      await this.refreshProjects();
      await this.openProject(meta.id);
      this.update({
        notice: {
          kind: 'info',
          key: noticeKey,
          params: {
            name: meta.name,
            count: meta.segmentCount,
            sourceLang: meta.sourceLang ?? '',
            targetLang: meta.targetLang,
          },
        },
      });
      return true;
    } catch (error) {
      this.update({ notice: noticeFor(error) });
      return false;
    }
  }

  async renameProject(id: string, name: string): Promise<void> {
    try {
      const meta = await this.repo.renameProject(id, name);
      if (this.current.project?.id === id) this.update({ project: meta });
      await this.refreshProjects();
    } catch (error) {
      this.update({ notice: noticeFor(error) });
    }
  }

  /** Deletes a project (the UI asks first); if it was open, opens the most recent other one. */
  async deleteProject(id: string): Promise<void> {
    const wasOpen = this.current.project?.id === id;
    if (wasOpen) {
      await this.flush();
      this.pending.clear();
    }
    try {
      await this.repo.deleteProject(id);
    } catch (error) {
      this.update({ notice: noticeFor(error) });
    }
    await this.refreshProjects();
    if (wasOpen) await this.openMostRecent();
  }

  /** Opens the most recently updated project, or shows none when there is none left. */
  private async openMostRecent(): Promise<void> {
    const next = this.current.projects[0];
    if (next) await this.openProject(next.id);
    else {
      this.undoStack.clear();
      this.positions = new Map();
      this.update({ project: null, segments: [], ...this.undoFlags() });
    }
  }

  /** Typing: shown at once, saved after a short pause (or on flush). */
  editText(segmentId: string, text: string): void {
    const segment = this.segment(segmentId);
    if (!segment || segment.text === text) return;
    if (!this.pending.has(segmentId)) {
      this.pending.set(segmentId, { text: segment.text, status: segment.status });
    }
    const before = this.pending.get(segmentId) ?? segment;
    const status = statusAfterEdit(before.status, text, segment.mt);
    this.patchSegments([{ segmentId, text, status }]);
    const projectId = this.current.project?.id;
    const stored = this.guard.expected([segmentId]).get(segmentId) ?? before;
    if (projectId) this.journal?.record(projectId, segmentId, text, stored);
    this.update({ save: 'saving' });
    const edited = this.segment(segmentId);
    if (edited) this.qa.liveCheck(edited);
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.flush(), AUTOSAVE_DELAY_MS);
  }

  /** Writes pending typing now (blur, page hide, before any other change). Resolves when stored. */
  flush(): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    if (this.pending.size > 0) {
      const items = [...this.pending].flatMap(([segmentId, before]) => {
        const segment = this.segment(segmentId);
        if (!segment) return [];
        return [{ segmentId, before, after: { text: segment.text, status: segment.status } }];
      });
      this.pending.clear();
      const changed = items.filter(
        (i) => i.before.text !== i.after.text || i.before.status !== i.after.status,
      );
      if (changed.length > 0) {
        this.persist(
          changed.map((i) => ({ segmentId: i.segmentId, ...i.after })),
          'typing',
          { label: 'typing', items: changed },
        );
        const last = changed[changed.length - 1];
        if (last && last.before.text !== last.after.text) {
          void this.qa.offerLearned(last.segmentId, last.before.text, last.after.text);
        }
      }
    }
    if (this.failed.size > 0) {
      const retry = [...this.failed].flatMap((id) => {
        const segment = this.segment(id);
        return segment ? [{ segmentId: id, text: segment.text, status: segment.status }] : [];
      });
      this.failed.clear();
      this.persist(retry, 'typing');
    }
    return this.writes.idle();
  }

  /** Sets a segment's review status (an undoable step, a revision). */
  async setStatus(segmentId: string, status: SegmentStatus): Promise<void> {
    await this.flush();
    const segment = this.segment(segmentId);
    if (!segment || segment.status === status) return;
    this.applyStep('status', [{ segmentId, text: segment.text, status }], 'status');
  }

  /** Replaces the given find hits as ONE undoable step, one revision per changed segment. */
  async replace(hits: readonly FindHit[]): Promise<number> {
    await this.flush();
    const changes: Change[] = [];
    for (const [segmentId, segmentHits] of groupHitsBySegment(hits)) {
      const segment = this.segment(segmentId);
      if (!segment) continue;
      let text: string;
      try {
        text = applyHits(segment.text, segmentHits);
      } catch {
        continue; // the segment changed since the search: its hits no longer apply
      }
      if (text === segment.text) continue;
      changes.push({ segmentId, text, status: statusAfterEdit(segment.status, text, segment.mt) });
    }
    this.applyStep('replace', changes, 'replace');
    await this.writes.idle();
    return changes.length;
  }

  /**
   * Sets new texts (QA fixes, learned fixes) as ONE undoable step with one revision per segment.
   * Segments whose text would not change are skipped.
   */
  async applyTexts(
    edits: readonly { segmentId: string; text: string }[],
    origin: RevisionOrigin,
  ): Promise<number> {
    await this.flush();
    const changes: Change[] = edits.flatMap(({ segmentId, text }) => {
      const segment = this.segment(segmentId);
      return segment && segment.text !== text
        ? [{ segmentId, text, status: statusAfterEdit(segment.status, text, segment.mt) }]
        : [];
    });
    this.applyStep('replace', changes, origin);
    for (const c of changes) {
      const segment = this.segment(c.segmentId);
      if (segment) this.qa.liveCheck(segment);
    }
    await this.writes.idle();
    return changes.length;
  }

  /** Makes an earlier revision's text current again, as a new revision. */
  async restore(revision: Revision): Promise<void> {
    await this.flush();
    const segment = this.segment(revision.segmentId);
    if (!segment || segment.text === revision.text) return;
    const status = statusAfterEdit(segment.status, revision.text, segment.mt);
    this.applyStep('restore', [{ segmentId: segment.id, text: revision.text, status }], 'restore');
    await this.writes.idle();
  }

  async undo(): Promise<void> {
    await this.flush();
    const entry = this.undoStack.undo();
    if (!entry) return;
    if (entry.structure) {
      const { before, after, beforeMode } = entry.structure;
      this.restructure(before, changesBetween(after, before, 'undo'), beforeMode);
    } else {
      this.persist(
        entry.items.map((i) => ({ segmentId: i.segmentId, ...i.before })),
        'undo',
      );
    }
    this.update(this.undoFlags());
    await this.writes.idle();
  }

  async redo(): Promise<void> {
    await this.flush();
    const entry = this.undoStack.redo();
    if (!entry) return;
    if (entry.structure) {
      const { before, after, afterMode } = entry.structure;
      this.restructure(after, changesBetween(before, after, 'redo'), afterMode);
    } else {
      this.persist(
        entry.items.map((i) => ({ segmentId: i.segmentId, ...i.after })),
        'redo',
      );
    }
    this.update(this.undoFlags());
    await this.writes.idle();
  }

  /**
   * Repairs the alignment (merge, split, shift, insert) or switches mode: computes the new segment
   * list with `build` (pure, from src/core), stores it as one restructure, records one undo step.
   */
  async realign(
    build: (segments: readonly Segment[], newId: () => string, now: number) => Realigned,
    mode?: SegmentMode,
  ): Promise<void> {
    await this.flush();
    const project = this.current.project;
    if (!project) return;
    const before = this.current.segments;
    const beforeMode = project.mode ?? 'paragraph';
    const { segments, changes } = build(before, newSegmentId, this.now());
    const afterMode = mode ?? beforeMode;
    if (
      segments === before ||
      (changes.length === 0 && sameRows(before, segments) && afterMode === beforeMode)
    )
      return;
    this.restructure(segments, changes, afterMode);
    this.undoStack.push({
      label: 'structure',
      items: [],
      structure: { before, after: this.current.segments, beforeMode, afterMode },
    });
    this.update(this.undoFlags());
    await this.writes.idle();
  }

  /**
   * Switches between paragraph rows and sentence rows (aligned inside each paragraph). All corrections
   * are kept; one undoable step.
   */
  async setMode(mode: SegmentMode): Promise<void> {
    const project = this.current.project;
    if (!project || (project.mode ?? 'paragraph') === mode) return;
    const languages = {
      targetLang: project.targetLang,
      ...(project.sourceLang === undefined ? {} : { sourceLang: project.sourceLang }),
    };
    // Loaded on demand: the sentence aligner is not needed to open the app.
    const { toParagraphMode, toSentenceMode } = await import('../core/align/sentence-mode.ts');
    await this.realign(
      (segments, newId, now) =>
        mode === 'sentence'
          ? toSentenceMode(segments, languages, newId, now)
          : toParagraphMode(segments),
      mode,
    );
  }

  /** Shows a new segment list at once and queues its storage (one transaction). */
  private restructure(
    segments: readonly Segment[],
    changes: readonly Change[] | readonly SegmentChange[],
    mode: SegmentMode,
  ): void {
    const project = this.current.project;
    if (!project) return;
    const withOrigin: SegmentChange[] = changes.map((c) => ({
      origin: 'align',
      ...c,
    }));
    const counts = new Map<string, number>();
    for (const c of withOrigin) counts.set(c.segmentId, (counts.get(c.segmentId) ?? 0) + 1);
    const byId = new Map(withOrigin.map((c) => [c.segmentId, c]));
    const when = this.now();
    const shown = segments.map((s) => {
      const c = byId.get(s.id);
      const n = counts.get(s.id);
      return c && n
        ? {
            ...s,
            text: c.text,
            status: c.status,
            revisionCount: s.revisionCount + n,
            updatedAt: when,
          }
        : s;
    });
    const before = this.current.segments;
    this.positions = new Map(shown.map((s, i) => [s.id, i]));
    this.update({
      segments: shown,
      project: { ...project, segmentCount: shown.length, mode },
      save: 'saving',
    });
    this.writes.run(async () => {
      try {
        const expected = this.guard.expectedAll(before);
        await this.repo.restructure(project.id, segments, withOrigin, mode, expected);
        this.guard.restructured();
        this.markSavedIfIdle();
      } catch (error) {
        this.update({ save: 'error', notice: noticeFor(error) });
        // Another tab changed the project meanwhile: show its version (this step is not stored).
        if (error instanceof StaleWriteError) setTimeout(() => void this.openProject(project.id));
      }
    });
  }

  /** Revisions of one segment, oldest first (pending typing saved first so it is listed). */
  async revisions(segmentId: string): Promise<Revision[]> {
    await this.flush();
    const project = this.current.project;
    return project ? this.repo.listRevisions(project.id, segmentId) : [];
  }

  async addComment(segmentId: string, text: string, author: string): Promise<void> {
    const project = this.current.project;
    const segment = this.segment(segmentId);
    const trimmed = text.trim();
    if (!project || !segment || !trimmed) return;
    const comment = { id: crypto.randomUUID(), text: trimmed, author, createdAt: this.now() };
    try {
      await this.repo.addComment(project.id, segmentId, comment);
      this.replaceSegment(segmentId, (s) => ({ ...s, comments: [...s.comments, comment] }));
    } catch (error) {
      this.update({ notice: noticeFor(error) });
    }
  }

  /** Builds a download of the open project: clean edition (txt, Markdown) or lossless backup. */
  async exportAs(kind: ExportKind, options: ExportOptions = {}): Promise<Download | null> {
    await this.flush();
    const project = this.current.project;
    if (!project) return null;
    try {
      if (kind === 'json') {
        // The repository's backup is exact: every stored revision as stored.
        const [backup, { serializeBackup }] = await Promise.all([
          this.repo.exportBackup(project.id),
          import('../core/formats/backup/write.ts'),
        ]);
        return {
          fileName: downloadName(project.name, 'backup', 'verso.json'),
          mime: 'application/json',
          content: serializeBackup(backup),
        };
      }
      const revisions =
        kind === 'report' ? (await this.repo.exportBackup(project.id)).revisions : undefined;
      const file = await this.exporter.export(kind, {
        meta: project,
        segments: this.current.segments,
        now: this.now(),
        findings: this.qa.visible(),
        terms: this.qa.termPairs(),
        ...(revisions ? { revisions } : {}),
        ...(options.author ? { author: options.author } : {}),
        ...(options.report ? { report: options.report } : {}),
      }).promise;
      return { fileName: file.fileName, mime: file.mime, content: file.data };
    } catch (error) {
      this.update({ notice: noticeFor(error) });
      return null;
    }
  }

  /** Post-editing metrics of the open project (computed on demand; the code is loaded then too). */
  async metrics(): Promise<ProjectMetrics | null> {
    await this.flush();
    const project = this.current.project;
    if (!project) return null;
    const [{ projectMetrics }, backup] = await Promise.all([
      import('../core/metrics/project-metrics.ts'),
      this.repo.exportBackup(project.id),
    ]);
    const terms = this.qa
      .context()
      .terms.flatMap((rule) =>
        rule.forbidden
          .filter((f) => !f.regex)
          .map((f) => ({ from: f.pattern, to: rule.preferred })),
      );
    return projectMetrics(this.current.segments, backup.revisions, terms);
  }

  dismissNotice(): void {
    this.update({ notice: null });
  }

  /** Shows a notice raised outside the store (e.g. a file too large to read). */
  report(notice: Notice): void {
    this.update({ notice });
  }

  /**
   * Another tab stored something (issue 6). Its edits show here at once, except in segments with
   * unsaved text here: their next save is refused and they become conflicts (see WriteGuard).
   */
  private onExternal(change: ExternalChange): void {
    const project = this.current.project;
    if (change.kind === 'project') {
      if (project?.id === change.projectId && change.what !== 'meta') {
        void (change.what === 'deleted' ? this.closeDeleted() : this.openProject(project.id));
      } else {
        void this.refreshProjects().then(() => {
          // Renamed (or its settings changed) elsewhere: take the stored row.
          const meta = this.current.projects.find((p) => p.id === this.current.project?.id);
          if (meta && change.projectId === meta.id) this.update({ project: meta });
        });
      }
      return;
    }
    if (project?.id !== change.projectId) return;
    if (change.kind === 'comment') {
      const { segmentId, comment } = change;
      this.replaceSegment(segmentId, (s) =>
        s.comments.some((c) => c.id === comment.id)
          ? s
          : { ...s, comments: [...s.comments, comment] },
      );
      return;
    }
    const shown = this.guard.heard(
      change.segments,
      (id) => this.pending.has(id) || this.failed.has(id),
    );
    if (shown.length === 0) return;
    const segments = [...this.current.segments];
    for (const c of shown) {
      const i = this.positions.get(c.segmentId);
      const s = i === undefined ? undefined : segments[i];
      if (i !== undefined && s) {
        segments[i] = { ...s, text: c.text, status: c.status, revisionCount: s.revisionCount + 1 };
      }
    }
    this.update({ segments });
  }

  /** The open project was deleted in another tab: open the most recent other one. */
  private async closeDeleted(): Promise<void> {
    this.pending.clear();
    this.failed.clear();
    await this.refreshProjects();
    await this.openMostRecent();
    this.update({ notice: noticeOf('notices.deletedElsewhere') });
  }

  /**
   * Another tab changed segments a write here was based on (issue 6). Its text stays current — a stale
   * text never silently wins — and this tab's is not lost either: it is stored as a revision just before
   * the other tab's, so the segment's History has both (Restore brings it back), and the reviewer is
   * told which segments. `mine` holds this tab's texts (kept across retries).
   */
  private keepBoth(
    projectId: string,
    stale: readonly StaleSegment[],
    mine: Map<string, Change> = new Map(),
    attempt = 1,
  ): void {
    this.guard.refused(stale);
    const kept: SegmentChange[] = [];
    for (const theirs of stale) {
      const id = theirs.segmentId;
      const own = mine.get(id) ?? this.segment(id);
      if (!own) continue;
      mine.set(id, { segmentId: id, text: own.text, status: own.status });
      this.pending.delete(id);
      this.failed.delete(id);
      if (own.text !== theirs.text || own.status !== theirs.status) {
        kept.push({ segmentId: id, text: own.text, status: own.status, origin: 'typing' });
        kept.push({ segmentId: id, text: theirs.text, status: theirs.status, origin: 'restore' });
      }
    }
    this.patchSegments(stale);
    this.update({
      segments: this.current.segments.map((s) => {
        const count = stale.find((t) => t.segmentId === s.id)?.revisionCount;
        return count === undefined ? s : { ...s, revisionCount: count };
      }),
      notice: this.conflictNotice(stale),
    });
    if (kept.length === 0) return;
    const ids = [...new Set(kept.map((k) => k.segmentId))];
    this.guard.queued(ids, () => undefined);
    this.writes.run(async () => {
      try {
        await this.repo.saveChanges(projectId, kept, this.guard.expected(ids));
        this.guard.settled(ids, new Map(stale.map((t) => [t.segmentId, t])));
        for (const m of mine.values()) this.journal?.settle(projectId, m.segmentId, m);
        this.afterWrite(kept, this.now());
      } catch (error) {
        this.guard.settled(ids);
        if (error instanceof StaleWriteError && attempt < 3) {
          this.keepBoth(projectId, error.stale, mine, attempt + 1);
          return;
        }
        // Storage refused (a full disk): this tab's text back on screen, written again later.
        this.patchSegments([...mine.values()]);
        for (const id of ids) this.failed.add(id);
        this.update({ save: 'error', notice: noticeFor(error) });
      }
    });
  }

  /** "Segments N, M were changed in another tab…" for the segments `stale` lists. */
  private conflictNotice(stale: readonly StaleSegment[]): Notice {
    const numbers = stale
      .map((s) => (this.positions.get(s.segmentId) ?? -1) + 1)
      .filter((n) => n > 0)
      .sort((a, b) => a - b);
    return {
      kind: 'error',
      key: 'errors.conflict',
      params: { count: numbers.length, segments: numbers.join(', ') },
    };
  }

  /** True while typed text is not yet stored (the page warns before unload). */
  get hasUnsavedChanges(): boolean {
    return this.pending.size > 0 || this.failed.size > 0 || this.current.save !== 'saved';
  }

  private applyStep(label: UndoEntry['label'], changes: readonly Change[], origin: RevisionOrigin) {
    if (changes.length === 0) return;
    const items = changes.flatMap((change) => {
      const segment = this.segment(change.segmentId);
      return segment
        ? [
            {
              segmentId: change.segmentId,
              before: { text: segment.text, status: segment.status },
              after: { text: change.text, status: change.status },
            },
          ]
        : [];
    });
    this.persist(changes, origin, { label, items });
  }

  /** Applies changes in memory now and queues their write (one transaction, one revision each). */
  private persist(all: readonly Change[], origin: RevisionOrigin, entry?: UndoEntry): void {
    const project = this.current.project;
    // An undo step may name segments a later merge removed; those have nothing left to change.
    const changes = all.filter((c) => this.positions.has(c.segmentId));
    if (!project || changes.length === 0) return;
    const ids = changes.map((c) => c.segmentId);
    // What storage holds before this write, for segments this tab has not confirmed yet.
    this.guard.queued(
      ids,
      (id) => entry?.items.find((i) => i.segmentId === id)?.before ?? this.segment(id),
    );
    this.patchSegments(changes);
    if (entry) this.undoStack.push(entry);
    this.update({ save: 'saving', ...this.undoFlags() });
    const when = this.now();
    this.writes.run(async () => {
      try {
        await this.repo.saveChanges(
          project.id,
          changes.map((c) => ({ ...c, origin })),
          this.guard.expected(ids),
        );
        this.guard.settled(ids, new Map(changes.map((c) => [c.segmentId, c])));
        for (const c of changes) this.journal?.settle(project.id, c.segmentId, c);
        this.afterWrite(changes, when);
      } catch (error) {
        this.guard.settled(ids);
        if (error instanceof StaleWriteError) {
          // The other segments of this write were not stored either: written again at once, with
          // their own origin, after both texts of the stale ones are kept.
          const staleIds = new Set(error.stale.map((x) => x.segmentId));
          this.keepBoth(project.id, error.stale);
          this.persist(
            changes.filter((c) => !staleIds.has(c.segmentId)),
            origin,
          );
          return;
        }
        // Nothing typed is dropped: the text stays on screen and is written again on the next flush.
        for (const id of ids) this.failed.add(id);
        this.update({ save: 'error', notice: noticeFor(error) });
      }
    });
  }

  private afterWrite(changes: readonly Change[], when: number): void {
    const counts = new Map<string, number>();
    for (const c of changes) counts.set(c.segmentId, (counts.get(c.segmentId) ?? 0) + 1);
    this.update({
      segments: this.current.segments.map((s) => {
        const n = counts.get(s.id);
        return n ? { ...s, revisionCount: s.revisionCount + n, updatedAt: when } : s;
      }),
    });
    this.markSavedIfIdle();
  }

  /** "All changes saved" once the write that just finished was the last: nothing typed or failed waits. */
  private markSavedIfIdle(): void {
    if (this.pending.size === 0 && this.failed.size === 0 && this.writes.size <= 1) {
      this.update({ save: 'saved' });
    }
  }

  private patchSegments(changes: readonly Change[]): void {
    // A copy and one assignment per change, not a map over every segment: a keystroke in a
    // 20,000-segment document stays cheap (issue 6).
    const segments = [...this.current.segments];
    for (const c of changes) {
      const i = this.positions.get(c.segmentId);
      const s = i === undefined ? undefined : segments[i];
      if (i !== undefined && s) segments[i] = { ...s, text: c.text, status: c.status };
    }
    this.update({ segments });
  }

  private replaceSegment(segmentId: string, fn: (s: Segment) => Segment): void {
    this.update({
      segments: this.current.segments.map((s) => (s.id === segmentId ? fn(s) : s)),
    });
  }

  private async refreshProjects(): Promise<void> {
    this.update({ projects: await this.repo.listProjects() });
  }

  private segment(id: string): Segment | undefined {
    const index = this.positions.get(id);
    return index === undefined ? undefined : this.current.segments[index];
  }

  private undoFlags(): Pick<AppState, 'canUndo' | 'canRedo'> {
    return { canUndo: this.undoStack.canUndo, canRedo: this.undoStack.canRedo };
  }

  private update(patch: Partial<AppState>): void {
    this.current = { ...this.current, ...patch };
    this.dispatchEvent(new Event('change'));
  }
}

/** A fresh segment id: never one the project used before (old ids keep their revisions). */
function newSegmentId(): string {
  return `n${crypto.randomUUID().replaceAll('-', '').slice(0, 12)}`;
}

function sameRows(a: readonly Segment[], b: readonly Segment[]): boolean {
  return a.length === b.length && a.every((s, i) => s === b[i]);
}

/** Revisions that take segments present in `to` from their state in `from` (for structural undo). */
function changesBetween(
  from: readonly Segment[],
  to: readonly Segment[],
  origin: RevisionOrigin,
): SegmentChange[] {
  const was = new Map(from.map((s) => [s.id, s]));
  return to.flatMap((s) => {
    const old = was.get(s.id);
    return old && (old.text !== s.text || old.status !== s.status)
      ? [{ segmentId: s.id, text: s.text, status: s.status, origin }]
      : [];
  });
}

function noticeOf(key: string): Notice {
  return { kind: 'error', key, params: {} };
}

/** Turns any failure into a notice; input problems keep their specific key and parameters. */
export function noticeFor(error: unknown): Notice {
  if (error instanceof VersoInputError) {
    return { kind: 'error', key: error.code, params: error.params };
  }
  const message = error instanceof Error ? error.message : String(error);
  return { kind: 'error', key: 'errors.unexpected', params: { message } };
}
