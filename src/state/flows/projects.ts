/**
 * Projects: the first visit's seed, opening and switching, creating from a file, renaming, deleting, and
 * the list the project dialog shows.
 */
import { EMPTY_LQA } from '../../core/lqa/project-lqa.ts';
import { EMPTY_QA, type ProjectMeta } from '../../core/model/model.ts';
import type { Repository } from '../../core/project/repository.ts';
import type { MessageKey } from '../../i18n/keys.ts';
import type { Settings } from '../app-state.ts';
import { infoNotice, noticeFor, noticeOf } from '../notices.ts';
import type { Session } from '../session/session.ts';
import type { WritePipeline } from '../session/write-pipeline.ts';
import { loadProjectCode } from '../project-code.ts';

/** The document a first visit opens. */
export interface SeedDocument {
  readonly fileName: string;
  /**
   * Its text, or what loads it: only a first visit needs it, so the app passes a loader and the text
   * stays out of the initial JavaScript (issue 13).
   */
  readonly text: string | (() => Promise<string>);
  /** Term packs switched on for it. */
  readonly packs?: readonly string[];
}

const LAST_PROJECT_KEY = 'verso.lastProject';

/** What this flow needs of the repository. */
export type ProjectsPort = Pick<
  Repository,
  | 'listProjects'
  | 'createProject'
  | 'openProject'
  | 'renameProject'
  | 'deleteProject'
  | 'markOpened'
  | 'lastOpened'
  | 'loadLqa'
>;

export class ProjectsFlow {
  constructor(
    private readonly session: Session,
    private readonly writes: WritePipeline,
    private readonly repo: ProjectsPort,
    private readonly settings: Settings,
  ) {}

  /** Lists projects; on a first visit creates the seed project; opens the last used one. */
  async init(seed: SeedDocument): Promise<void> {
    try {
      // Both read the project rows: asked together, the start waits for one round trip, not two.
      let [projects, last] = await Promise.all([this.repo.listProjects(), this.repo.lastOpened()]);
      if (projects.length === 0) {
        const [{ splitParagraphs }, { projectTitle }, text] = await Promise.all([
          import('../../core/text/paragraphs.ts'),
          import('../../core/project/project-title.ts'),
          typeof seed.text === 'string' ? seed.text : seed.text(),
        ]);
        const paragraphs = splitParagraphs(text);
        await this.repo.createProject({
          name: projectTitle(paragraphs, seed.fileName),
          fileName: seed.fileName,
          targetLang: 'en',
          segments: paragraphs.map((mt) => ({ mt })),
          // The seed is a Belt-and-Road document: its term pack is on from the start (issue 4).
          qa: { ...EMPTY_QA, packs: [...(seed.packs ?? [])] },
        });
        projects = await this.repo.listProjects();
      }
      // The record in IndexedDB first: localStorage is written lazily and a crash can lose it.
      last ??= this.settings.get(LAST_PROJECT_KEY);
      const target = projects.find((p) => p.id === last) ?? projects[0];
      this.session.update({ projects });
      if (target) await this.openSafely(target, projects, last);
      this.session.update({ phase: 'ready' });
    } catch (error) {
      this.session.update({ phase: 'failed', notice: noticeFor(error) });
    }
  }

  /**
   * Safe start (issue 12 item 1): a project that fails to open (a damaged record, legacy data over the
   * limits) never traps the app. The others are tried, most recent first; the reviewer is told which
   * project failed and why. Nothing stored is changed.
   */
  private async openSafely(
    first: ProjectMeta,
    projects: readonly ProjectMeta[],
    stamped: string | null,
  ): Promise<void> {
    const order = [first, ...projects.filter((p) => p.id !== first.id)];
    let failure: { name: string; problem: string } | undefined;
    for (const candidate of order) {
      try {
        // The project IndexedDB names as opened last need not be stamped again before it shows.
        await this.openProject(candidate.id, candidate.id === stamped);
        break;
      } catch (error) {
        failure ??= { name: candidate.name, problem: problemOf(error) };
      }
    }
    if (failure)
      this.session.update({ notice: { ...noticeOf('notices.startFailed'), params: failure } });
  }

  /** Switches to another project from the UI; a failure (deleted in another tab) becomes a notice. */
  async switchProject(id: string): Promise<void> {
    try {
      await this.openProject(id);
    } catch (error) {
      this.session.update({ notice: noticeFor(error) });
      await this.refresh();
    }
  }

  /**
   * Switches to another project, saving what is pending first. `stamped`: IndexedDB already names it
   * as the project opened last (at start), so it is not stamped again before it shows.
   */
  async openProject(id: string, stamped = false): Promise<void> {
    await this.writes.flush();
    // Code an open project needs (word diff, term packs: project-code.ts) loads with the first one.
    const [data, lqa] = await Promise.all([
      this.repo.openProject(id),
      this.repo.loadLqa(id),
      loadProjectCode().catch(() => undefined),
    ]);
    this.writes.reset();
    this.settings.set(LAST_PROJECT_KEY, id);
    // Stamped before it shows: a crash the moment after must reopen this project (issue 11 item 12).
    if (!stamped) await this.markOpened(id);
    this.session.setSegments(data.segments, {
      project: data.meta,
      lqa: lqa ?? EMPTY_LQA,
      ...this.writes.undoFlags(),
    });
    this.session.opened.emit(data);
  }

  /**
   * Stores a new project (made by `create`), switches to it and says so with `noticeKey`
   * (params: name, count, sourceLang, targetLang). A failure changes nothing and becomes a notice.
   */
  async createAndOpen(create: () => Promise<ProjectMeta>, noticeKey: MessageKey): Promise<boolean> {
    try {
      const meta = await create();
      // Opened first: the project list is not on screen, its read need not come before the rows.
      try {
        await this.openProject(meta.id);
      } finally {
        await this.refresh();
      }
      this.session.update({
        notice: infoNotice(noticeKey, {
          name: meta.name,
          count: meta.segmentCount,
          sourceLang: meta.sourceLang ?? '',
          targetLang: meta.targetLang,
        }),
      });
      return true;
    } catch (error) {
      this.session.update({ notice: noticeFor(error) });
      return false;
    }
  }

  async renameProject(id: string, name: string): Promise<void> {
    try {
      const meta = await this.repo.renameProject(id, name);
      if (this.session.state.project?.id === id) this.session.update({ project: meta });
      await this.refresh();
    } catch (error) {
      this.session.update({ notice: noticeFor(error) });
    }
  }

  /** Deletes a project (the UI asks first); if it was open, opens the most recent other one. */
  async deleteProject(id: string): Promise<void> {
    const wasOpen = this.session.state.project?.id === id;
    if (wasOpen) {
      await this.writes.flush();
      this.writes.discard();
    }
    try {
      await this.repo.deleteProject(id);
    } catch (error) {
      this.session.update({ notice: noticeFor(error) });
    }
    await this.refresh();
    if (wasOpen) await this.openMostRecent();
  }

  /** The open project was deleted in another tab: open the most recent other one. */
  async closeDeleted(): Promise<void> {
    this.writes.discard();
    await this.refresh();
    await this.openMostRecent();
    this.session.update({ notice: noticeOf('notices.deletedElsewhere') });
  }

  /** Records the opened project with the data; a failure there must not stop the opening. */
  private async markOpened(id: string): Promise<void> {
    try {
      await this.repo.markOpened(id);
    } catch {
      // The localStorage setting above still names it; only a crash would then forget it.
    }
  }

  /** Reads the project list again. */
  async refresh(): Promise<void> {
    this.session.update({ projects: await this.repo.listProjects() });
  }

  /** Opens the most recently updated project, or shows none when there is none left. */
  private async openMostRecent(): Promise<void> {
    const next = this.session.state.projects[0];
    if (next) await this.openProject(next.id);
    else {
      this.writes.undo.clear();
      this.session.setSegments([], { project: null, lqa: EMPTY_LQA, ...this.writes.undoFlags() });
    }
  }
}

/** What went wrong, in a sentence (the English message of an input error, else the error's text). */
function problemOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
