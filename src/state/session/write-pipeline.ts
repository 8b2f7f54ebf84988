/**
 * The write pipeline (issue 6, issue 10's "session"): every change is shown at once and then stored
 * through the repository in order — typing debounced, everything else immediately, each change a
 * revision — guarded against overwriting another tab's text, journaled until stored, and undoable.
 */
import { StaleWriteError, type StaleSegment } from '../../core/project/conflict.ts';
import type {
  ProjectMeta,
  ProjectQa,
  RevisionOrigin,
  Segment,
  SegmentChange,
  SegmentMode,
} from '../../core/model/model.ts';
import { statusAfterEdit } from '../../core/model/model.ts';
import type { Repository } from '../../core/project/repository.ts';
import { UndoStack, type SegmentSnapshot, type UndoEntry } from '../../core/project/undo.ts';
import type { AppState } from '../app-state.ts';
import { noticeFor, type Notice } from '../notices.ts';
import type { EditJournalPort } from './edit-journal.ts';
import type { Change, Session } from './session.ts';
import { WriteGuard } from './write-guard.ts';
import { WriteQueue } from './write-queue.ts';

/** Autosave delay after the last keystroke (issue 2 asks for ≤ 300 ms). */
export const AUTOSAVE_DELAY_MS = 250;

/** What the pipeline needs of the repository. */
export type WritePort = Pick<Repository, 'saveChanges' | 'restructure' | 'saveProjectQa'>;

export class WritePipeline {
  /** Document-wide undo and redo of this session's steps. */
  readonly undo = new UndoStack();
  readonly #writes = new WriteQueue();
  /** Segments typed into but not yet handed to the repository, with their last persisted state. */
  readonly #pending = new Map<string, SegmentSnapshot>();
  /** Segments whose last write failed: their current state is written again on the next flush. */
  readonly #failed = new Set<string>();
  /** What is stored, so no write silently replaces another tab's (issue 6). */
  readonly #guard = new WriteGuard();
  #timer: ReturnType<typeof setTimeout> | undefined;
  /** This reviewer's name (Settings, "Your name"; issue 14): the author of the revisions stored here. */
  author = '';

  constructor(
    private readonly session: Session,
    private readonly repo: WritePort,
    private readonly now: () => number,
    private readonly journal?: EditJournalPort,
  ) {}

  /** True while typed text is not yet stored (the page warns before unload). */
  get hasUnsavedChanges(): boolean {
    return this.#pending.size > 0 || this.#failed.size > 0 || this.session.state.save !== 'saved';
  }

  /** Undo/redo availability as the toolbar shows it. */
  undoFlags(): Pick<AppState, 'canUndo' | 'canRedo'> {
    return { canUndo: this.undo.canUndo, canRedo: this.undo.canRedo };
  }

  /** A project was opened: nothing of the previous one is undoable or retried. */
  reset(): void {
    this.undo.clear();
    this.#failed.clear();
    this.#guard.reset();
  }

  /** The open project is gone (deleted): its unsaved typing has nowhere to go. */
  discard(): void {
    this.#pending.clear();
    this.#failed.clear();
  }

  /** Resolves once every write queued so far has finished. */
  idle(): Promise<void> {
    return this.#writes.idle();
  }

  /** Typing: shown at once, saved after a short pause (or on flush). */
  type(segmentId: string, text: string): void {
    const segment = this.session.segment(segmentId);
    if (!segment || segment.text === text) return;
    if (!this.#pending.has(segmentId)) {
      this.#pending.set(segmentId, { text: segment.text, status: segment.status });
    }
    const before = this.#pending.get(segmentId) ?? segment;
    // Typing back to the stored text gives back its status (a reviewed segment stays reviewed).
    const status = statusAfterEdit(before.status, text, segment.mt, before.text);
    this.session.patchSegments([{ segmentId, text, status }]);
    const projectId = this.session.state.project?.id;
    const stored = this.#guard.expected([segmentId]).get(segmentId) ?? before;
    if (projectId) this.journal?.record(projectId, segmentId, text, stored);
    this.session.update({ save: 'saving' });
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => void this.flush(), AUTOSAVE_DELAY_MS);
  }

  /** Writes pending typing now (blur, page hide, before any other change). Resolves when stored. */
  flush(): Promise<void> {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    if (this.#pending.size > 0) {
      const items = [...this.#pending].flatMap(([segmentId, before]) => {
        const segment = this.session.segment(segmentId);
        if (!segment) return [];
        return [{ segmentId, before, after: { text: segment.text, status: segment.status } }];
      });
      this.#pending.clear();
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
          this.session.typingSaved.emit({
            segmentId: last.segmentId,
            before: last.before.text,
            after: last.after.text,
          });
        }
      }
    }
    if (this.#failed.size > 0) {
      const retry = [...this.#failed].flatMap((id) => {
        const segment = this.session.segment(id);
        return segment ? [{ segmentId: id, text: segment.text, status: segment.status }] : [];
      });
      this.#failed.clear();
      this.persist(retry, 'typing');
    }
    return this.#writes.idle();
  }

  /** Applies changes as ONE undoable step (`label`), one revision per segment. */
  step(label: UndoEntry['label'], changes: readonly Change[], origin: RevisionOrigin): void {
    if (changes.length === 0) return;
    const items = changes.flatMap((change) => {
      const segment = this.session.segment(change.segmentId);
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
  persist(all: readonly Change[], origin: RevisionOrigin, entry?: UndoEntry): void {
    const project = this.session.state.project;
    // An undo step may name segments a later merge removed; those have nothing left to change.
    const changes = all.filter((c) => this.session.has(c.segmentId));
    if (!project || changes.length === 0) return;
    const ids = changes.map((c) => c.segmentId);
    // What storage holds before this write, for segments this tab has not confirmed yet.
    this.#guard.queued(
      ids,
      (id) => entry?.items.find((i) => i.segmentId === id)?.before ?? this.session.segment(id),
    );
    this.session.patchSegments(changes);
    if (entry) this.undo.push(entry);
    this.session.update({ save: 'saving', ...this.undoFlags() });
    const when = this.now();
    this.#writes.run(async () => {
      try {
        await this.repo.saveChanges(
          project.id,
          changes.map((c) => ({ ...c, origin, ...authorOf(c, this.author) })),
          this.#guard.expected(ids),
        );
        this.#guard.settled(ids, new Map(changes.map((c) => [c.segmentId, c])));
        for (const c of changes) this.journal?.settle(project.id, c.segmentId, c);
        this.#afterWrite(changes, when);
        this.session.changesStored.emit({ projectId: project.id, changes });
      } catch (error) {
        this.#guard.settled(ids);
        if (error instanceof StaleWriteError) {
          // The other segments of this write were not stored either: written again at once, with
          // their own origin, after both texts of the stale ones are kept.
          const staleIds = new Set(error.stale.map((x) => x.segmentId));
          this.#keepBoth(project.id, error.stale);
          this.persist(
            changes.filter((c) => !staleIds.has(c.segmentId)),
            origin,
          );
          return;
        }
        // Nothing typed is dropped: the text stays on screen and is written again on the next flush.
        for (const id of ids) this.#failed.add(id);
        this.session.update({ save: 'error', notice: noticeFor(error) });
      }
    });
  }

  /**
   * Undo (`to` = 'before') or redo (`to` = 'after') of a text step, through the same stale-write guard
   * as typing (issue 12 item 6): only segments still stored as the step left them are taken back; a
   * segment another tab rewrote since keeps that tab's text, and the reviewer is told which segments.
   * Returns how many segments were refused.
   */
  reverse(items: UndoEntry['items'], to: 'before' | 'after', origin: RevisionOrigin): number {
    const from = to === 'before' ? 'after' : 'before';
    const taken: Change[] = [];
    const refused: string[] = [];
    for (const item of items) {
      if (!this.session.has(item.segmentId)) continue;
      if (this.#guard.holds(item.segmentId, item[from], this.session.segment(item.segmentId))) {
        taken.push({ segmentId: item.segmentId, ...item[to] });
      } else {
        refused.push(item.segmentId);
      }
    }
    this.persist(taken, origin);
    if (refused.length > 0) {
      const segments = this.#numbers(refused);
      this.session.update({
        notice: {
          kind: 'error',
          key: to === 'before' ? 'errors.undoStale' : 'errors.redoStale',
          params: { count: segments.length, segments: segments.join(', ') },
        },
      });
    }
    return refused.length;
  }

  /**
   * Shows a new segment list at once and queues its storage (one transaction): merge, split, shift,
   * a mode switch, or the undo of one. `onStale` runs when another tab changed the project meanwhile
   * (this step is then not stored, and the project should be shown as stored).
   */
  writeStructure(
    segments: readonly Segment[],
    changes: readonly Change[] | readonly SegmentChange[],
    mode: SegmentMode,
    onStale: (projectId: string) => void,
  ): void {
    const project = this.session.state.project;
    if (!project) return;
    const withOrigin: SegmentChange[] = changes.map((c) => ({ origin: 'align', ...c }));
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
    const before = this.session.state.segments;
    this.session.setSegments(shown, {
      project: { ...project, segmentCount: shown.length, mode },
      save: 'saving',
    });
    this.#writes.run(async () => {
      try {
        const expected = this.#guard.expectedAll(before);
        await this.repo.restructure(project.id, segments, withOrigin, mode, expected);
        this.#guard.restructured();
        this.markSavedIfIdle();
      } catch (error) {
        this.session.update({ save: 'error', notice: noticeFor(error) });
        if (error instanceof StaleWriteError) setTimeout(() => onStale(project.id));
      }
    });
  }

  /**
   * Stores the project's QA settings: shown at once, stored in order with the edits, so "All changes
   * saved" covers them too; settings that fail to save are taken back on screen.
   */
  async saveQa(project: ProjectMeta, qa: ProjectQa): Promise<void> {
    this.session.update({ project: { ...project, qa }, save: 'saving' });
    this.#writes.run(async () => {
      try {
        await this.repo.saveProjectQa(project.id, qa);
        this.markSavedIfIdle();
      } catch (error) {
        const now = this.session.state.project;
        const shown = now?.id === project.id ? { ...now, qa: project.qa } : now;
        this.session.update({ project: shown ?? null, save: 'error', notice: noticeFor(error) });
      }
    });
    await this.#writes.idle();
  }

  /**
   * Another tab stored `segments`. Returns those to show here: the ones without unsaved text here;
   * dirty ones keep their text and their next write is refused (see WriteGuard).
   */
  heard(segments: readonly StaleSegment[]): StaleSegment[] {
    return this.#guard.heard(segments, (id) => this.#pending.has(id) || this.#failed.has(id));
  }

  /** "All changes saved" once the write that just finished was the last: nothing typed or failed waits. */
  markSavedIfIdle(): void {
    if (this.#pending.size === 0 && this.#failed.size === 0 && this.#writes.size <= 1) {
      this.session.update({ save: 'saved' });
    }
  }

  #afterWrite(changes: readonly Change[], when: number): void {
    const counts = new Map<string, number>();
    for (const c of changes) counts.set(c.segmentId, (counts.get(c.segmentId) ?? 0) + 1);
    this.session.patchEach(
      [...counts].map(([segmentId, n]) => ({ segmentId, n })),
      (s, { n }) => ({
        ...s,
        revisionCount: s.revisionCount + n,
        updatedAt: when,
      }),
    );
    this.markSavedIfIdle();
  }

  /**
   * Another tab changed segments a write here was based on (issue 6). Its text stays current — a stale
   * text never silently wins — and this tab's is not lost either: it is stored as a revision just before
   * the other tab's, so the segment's History has both (Restore brings it back), and the reviewer is
   * told which segments. `mine` holds this tab's texts (kept across retries).
   */
  #keepBoth(
    projectId: string,
    stale: readonly StaleSegment[],
    mine: Map<string, Change> = new Map(),
    attempt = 1,
  ): void {
    this.#guard.refused(stale);
    const kept: SegmentChange[] = [];
    for (const theirs of stale) {
      const id = theirs.segmentId;
      const own = mine.get(id) ?? this.session.segment(id);
      if (!own) continue;
      mine.set(id, { segmentId: id, text: own.text, status: own.status });
      this.#pending.delete(id);
      this.#failed.delete(id);
      if (own.text !== theirs.text || own.status !== theirs.status) {
        kept.push({ segmentId: id, text: own.text, status: own.status, origin: 'typing' });
        kept.push({ segmentId: id, text: theirs.text, status: theirs.status, origin: 'restore' });
      }
    }
    this.session.patchEach(stale, (s, t) => ({
      ...s,
      text: t.text,
      status: t.status,
      revisionCount: t.revisionCount ?? s.revisionCount,
    }));
    this.session.update({ notice: this.#conflictNotice(stale) });
    if (kept.length === 0) return;
    const ids = [...new Set(kept.map((k) => k.segmentId))];
    this.#guard.queued(ids, () => undefined);
    this.#writes.run(async () => {
      try {
        await this.repo.saveChanges(projectId, kept, this.#guard.expected(ids));
        this.#guard.settled(ids, new Map(stale.map((t) => [t.segmentId, t])));
        for (const m of mine.values()) this.journal?.settle(projectId, m.segmentId, m);
        this.#afterWrite(kept, this.now());
      } catch (error) {
        this.#guard.settled(ids);
        if (error instanceof StaleWriteError && attempt < 3) {
          this.#keepBoth(projectId, error.stale, mine, attempt + 1);
          return;
        }
        // Storage refused (a full disk): this tab's text back on screen, written again later.
        this.session.patchSegments([...mine.values()]);
        for (const id of ids) this.#failed.add(id);
        this.session.update({ save: 'error', notice: noticeFor(error) });
      }
    });
  }

  /** "Segments N, M were changed in another tab…" for the segments `stale` lists. */
  #conflictNotice(stale: readonly StaleSegment[]): Notice {
    const numbers = this.#numbers(stale.map((s) => s.segmentId));
    return {
      kind: 'error',
      key: 'errors.conflict',
      params: { count: numbers.length, segments: numbers.join(', ') },
    };
  }

  /** The 1-based positions of `ids` in the document, ascending (for "Segments 3, 6 …"). */
  #numbers(ids: readonly string[]): number[] {
    return ids
      .map((id) => (this.session.position(id) ?? -1) + 1)
      .filter((n) => n > 0)
      .sort((a, b) => a - b);
  }
}

/** The author to store with a change: its own (another reviewer's), else this reviewer's, if named. */
function authorOf(change: Change, mine: string): { author?: string } {
  const author = change.author ?? mine;
  return author ? { author } : {};
}
