/**
 * The open project's quality assessment (issue 15): logging, editing and deleting errors, changing
 * the scorecard, flagging segments "needs rework". Each change is shown at once, is ONE undoable step
 * (the whole assessment on either side, see core/project/undo.ts) and is stored through the
 * repository in order. Errors follow their text: every change of a segment's text in memory (typing,
 * a replace, a fix, a restore, an undo) moves their spans by core's anchoring, and a span whose text
 * was deleted is kept, marked detached.
 */
import {
  editLqaError,
  newLqaError,
  type LqaErrorEdit,
  type NewLqaError,
} from '../../core/lqa/error.ts';
import type { ProjectLqa } from '../../core/lqa/project-lqa.ts';
import { errorSegmentIds } from '../../core/lqa/error-filter.ts';
import { clearRework, flagRework, reworkSegmentIds } from '../../core/lqa/rework.ts';
import type { Scorecard } from '../../core/lqa/scorecard.ts';
import type { Repository } from '../../core/project/repository.ts';
import type { Settings } from '../app-state.ts';
import { noticeFor } from '../notices.ts';
import type { Session, TypingSaved } from '../session/session.ts';
import type { WritePipeline } from '../session/write-pipeline.ts';
import { loadProjectCode, projectCodeLoaded } from '../project-code.ts';
import { authorName } from './author-name.ts';

/** What this flow needs of the repository. */
export type LqaPort = Pick<Repository, 'saveLqa'>;

/** The author of errors logged without a name set. */
export const DEFAULT_LQA_AUTHOR = 'Reviewer';

export class LqaFlow {
  /** The last write queued: writes run one after another, each storing the latest assessment. */
  #saving: Promise<void> = Promise.resolve();
  /** A write of the latest assessment is queued and has not started yet. */
  #queued = false;
  /** Text changes waiting for the word diff to move errors (it loads with the first project). */
  #following: Promise<void> | undefined;

  constructor(
    private readonly session: Session,
    private readonly writes: Pick<WritePipeline, 'undo' | 'undoFlags' | 'flush'>,
    private readonly repo: LqaPort,
    private readonly settings: Settings,
    private readonly now: () => number,
    private readonly newId: () => string = () => crypto.randomUUID(),
  ) {
    session.textsChanged.on((texts) => this.#follow(texts));
  }

  /** The open project's assessment. */
  get lqa(): ProjectLqa {
    return this.session.state.lqa;
  }

  /**
   * Logs an error on a span of a segment's correction (or the whole segment without `span`). Returns
   * its id, or `undefined` when there is no such segment.
   */
  async log(fields: NewLqaError): Promise<string | undefined> {
    await this.writes.flush();
    const segment = this.session.segment(fields.segmentId);
    if (!segment) return undefined;
    const author = authorName(this.settings) || DEFAULT_LQA_AUTHOR;
    const error = newLqaError(fields, segment, { id: this.newId(), author, now: this.now() });
    this.#step({ ...this.lqa, errors: [...this.lqa.errors, error] });
    return error.id;
  }

  /** Changes an error's category, severity or comment. */
  async edit(errorId: string, edit: LqaErrorEdit): Promise<void> {
    await this.writes.flush();
    const now = this.now();
    let found = false;
    const errors = this.lqa.errors.map((e) => {
      if (e.id !== errorId) return e;
      found = true;
      return editLqaError(e, edit, now);
    });
    if (found) this.#step({ ...this.lqa, errors });
  }

  /** Deletes an error; it also stops being a reason of a rework flag. */
  async remove(errorId: string): Promise<void> {
    await this.writes.flush();
    const errors = this.lqa.errors.filter((e) => e.id !== errorId);
    if (errors.length === this.lqa.errors.length) return;
    const rework = this.lqa.rework.map((f) =>
      f.errorIds.includes(errorId)
        ? { ...f, errorIds: f.errorIds.filter((id) => id !== errorId) }
        : f,
    );
    this.#step({ ...this.lqa, errors, rework });
  }

  /** Replaces the scorecard (a preset, an imported file, the editor's changes). */
  setScorecard(scorecard: Scorecard): void {
    if (JSON.stringify(scorecard) === JSON.stringify(this.lqa.scorecard)) return;
    this.#step({ ...this.lqa, scorecard });
  }

  /** Flags segment `segmentId` "needs rework", its errors being the reasons. */
  flagRework(segmentId: string, note?: string): void {
    if (!this.session.has(segmentId)) return;
    const by = authorName(this.settings) || DEFAULT_LQA_AUTHOR;
    const rework = flagRework(this.lqa.rework, segmentId, this.lqa.errors, {
      by,
      at: this.now(),
      ...(note === undefined ? {} : { note }),
    });
    this.#step({ ...this.lqa, rework });
  }

  /** Clears segment `segmentId`'s "needs rework" flag. */
  clearRework(segmentId: string): void {
    if (!this.lqa.rework.some((f) => f.segmentId === segmentId)) return;
    this.#step({ ...this.lqa, rework: clearRework(this.lqa.rework, segmentId) });
  }

  /** Shows only the flagged segments, or stops doing so. */
  filterRework(on: boolean): void {
    const { filter } = this.session.state;
    const { rework: _old, ...rest } = filter;
    this.session.update({
      filter: on ? { ...rest, rework: reworkSegmentIds(this.lqa.rework) } : rest,
    });
  }

  /**
   * Shows only the segments with logged errors of severity `severity` (`any`: of any severity), or,
   * with `undefined`, stops doing so.
   */
  filterErrors(severity: string | undefined): void {
    const { filter } = this.session.state;
    const { errors: _old, ...rest } = filter;
    this.session.update({
      filter:
        severity === undefined
          ? rest
          : { ...rest, errors: { severity, ids: errorSegmentIds(this.lqa.errors, severity) } },
    });
  }

  /** Shows and stores `lqa` without an undo step. */
  apply(lqa: ProjectLqa): void {
    this.#show(lqa);
    this.#store();
  }

  /**
   * Undo (`from` the step's after `to` its before) or redo of an assessment step: only the items the
   * step changed move, and only those nobody changed since (core/lqa/replay.ts) — an error another
   * reviewer logged meanwhile stays. Items left as another made them are reported.
   */
  async reverse(from: ProjectLqa, to: ProjectLqa, direction: 'undo' | 'redo'): Promise<void> {
    const projectId = this.session.state.project?.id;
    const { replayLqa } = await loadProjectCode();
    if (this.session.state.project?.id !== projectId) return;
    const { lqa, kept } = replayLqa(this.lqa, from, to);
    if (lqa !== this.lqa) this.apply(lqa);
    if (kept > 0) {
      this.session.update({
        notice: {
          kind: 'error',
          key: direction === 'undo' ? 'errors.lqaUndoKept' : 'errors.lqaRedoKept',
          params: { count: kept },
        },
      });
    }
  }

  /** Resolves once every write queued so far has finished. */
  async idle(): Promise<void> {
    await this.#following;
    await this.#saving;
  }

  /** One undoable step from the current assessment to `after`. */
  #step(after: ProjectLqa): void {
    if (!this.session.state.project) return;
    const before = this.lqa;
    this.writes.undo.push({ label: 'lqa', items: [], lqa: { before, after } });
    this.#show(after);
    this.session.update(this.writes.undoFlags());
    this.#store();
  }

  /**
   * Shows `lqa`, keeping the "needs rework" filter on the flags it now has and the logged-errors
   * filter on the errors it now has.
   */
  #show(lqa: ProjectLqa): void {
    let { filter } = this.session.state;
    if (filter.rework) filter = { ...filter, rework: reworkSegmentIds(lqa.rework) };
    if (filter.errors && lqa.errors !== this.lqa.errors) {
      const { severity } = filter.errors;
      filter = { ...filter, errors: { severity, ids: errorSegmentIds(lqa.errors, severity) } };
    }
    this.session.update(filter === this.session.state.filter ? { lqa } : { lqa, filter });
  }

  /** Queues a write of the latest assessment (writes coalesce: the latest state wins). */
  #store(): void {
    const projectId = this.session.state.project?.id;
    if (!projectId || this.#queued) return;
    this.#queued = true;
    this.#saving = this.#saving.then(async () => {
      this.#queued = false;
      // The project may have changed meanwhile: its own assessment was stored before the switch.
      if (this.session.state.project?.id !== projectId) return;
      try {
        await this.repo.saveLqa(projectId, this.lqa);
      } catch (error) {
        this.session.update({ notice: noticeFor(error) });
      }
    });
  }

  /**
   * Texts changed: the errors on them follow their text (not an undo step of its own). The word diff
   * is loaded with the project; were it not yet, the changes wait for it, in order.
   */
  #follow(texts: readonly TypingSaved[]): void {
    const spanned = new Set(this.lqa.errors.flatMap((e) => (e.span ? [e.segmentId] : [])));
    const moved = texts.filter((t) => spanned.has(t.segmentId));
    if (moved.length === 0) return;
    const diff = projectCodeLoaded();
    if (diff && !this.#following) {
      this.#move(diff.anchorErrors, moved);
      return;
    }
    const projectId = this.session.state.project?.id;
    const run = (this.#following ?? Promise.resolve())
      .then(() => loadProjectCode())
      .then(({ anchorErrors }) => {
        if (this.session.state.project?.id === projectId) this.#move(anchorErrors, moved);
      })
      .catch((error: unknown) => this.session.update({ notice: noticeFor(error) }));
    this.#following = run;
    void run.then(() => {
      if (this.#following === run) this.#following = undefined;
    });
  }

  #move(
    anchorErrors: typeof import('../../core/lqa/anchor.ts').anchorErrors,
    texts: readonly TypingSaved[],
  ): void {
    let { errors } = this.lqa;
    for (const t of texts) errors = anchorErrors(errors, t.segmentId, t.before, t.after);
    if (errors.every((e, i) => e === this.lqa.errors[i])) return;
    this.#show({ ...this.lqa, errors });
    this.#store();
  }
}
