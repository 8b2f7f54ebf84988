/**
 * The open session: the app state, the open project's segments with their positions, and the signals the
 * rooms of the state layer listen to. Every change goes through `update`, which replaces the state object
 * and tells subscribers (the store controller re-renders the UI).
 */
import { EMPTY_LQA } from '../../core/lqa/project-lqa.ts';
import type { ProjectData, Segment, SegmentStatus } from '../../core/model/model.ts';
import { NO_FILTER } from '../../core/review/segment-filter.ts';
import type { AppState } from '../app-state.ts';
import { INITIAL_QA } from '../flows/qa-view.ts';
import { Signal } from '../signal.ts';

/** A new text and status for one segment. */
export interface Change {
  readonly segmentId: string;
  readonly text: string;
  readonly status: SegmentStatus;
  /** Who made it, when not this reviewer (a change from another reviewer of a shared project). */
  readonly author?: string;
}

/** Typing stored: what the segment was before it and what it is now (for learned fixes). */
export interface TypingSaved {
  readonly segmentId: string;
  readonly before: string;
  readonly after: string;
}

/** Changes stored by one write (one transaction): what the translation memory learns from. */
export interface ChangesStored {
  readonly projectId: string;
  readonly changes: readonly Change[];
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
  filter: NO_FILTER,
  current: null,
  lqa: EMPTY_LQA,
  sync: null,
};

/**
 * @fires change - after every state update
 */
export class Session extends EventTarget {
  #state: AppState = INITIAL;
  /** Position of each segment of the open project (segments keep their order between restructures). */
  #positions = new Map<string, number>();

  /** A project was opened (or reopened after another tab restructured it). */
  readonly opened = new Signal<ProjectData>();
  /**
   * Segments' texts changed in memory (typing, a replace, a fix, a restore, an undo, another tab's
   * text): the logged errors' spans follow their text (issue 15).
   */
  readonly textsChanged = new Signal<readonly TypingSaved[]>();
  /** Typing was stored: a correction the learned fixes can learn from. */
  readonly typingSaved = new Signal<TypingSaved>();
  /** Texts and statuses were stored (each write once, after it committed). */
  readonly changesStored = new Signal<ChangesStored>();

  get state(): AppState {
    return this.#state;
  }

  update(patch: Partial<AppState>): void {
    this.#state = { ...this.#state, ...patch };
    this.dispatchEvent(new Event('change'));
  }

  /** The open project's segment `id`, found by position (no scan of the list). */
  segment(id: string): Segment | undefined {
    const index = this.#positions.get(id);
    return index === undefined ? undefined : this.#state.segments[index];
  }

  /** 0-based position of segment `id`, or undefined when the project has no such segment. */
  position(id: string): number | undefined {
    return this.#positions.get(id);
  }

  has(id: string): boolean {
    return this.#positions.has(id);
  }

  /** Shows a new segment list (a project opened, a restructure) with any other changes of state. */
  setSegments(segments: readonly Segment[], patch: Partial<AppState> = {}): void {
    this.#positions = new Map(segments.map((s, i) => [s.id, i]));
    // The current segment survives a restructure that keeps it, not a project change.
    const current = this.#state.current;
    const kept = current !== null && this.#positions.has(current) ? current : null;
    this.update({ current: kept, ...patch, segments });
  }

  /** New texts and statuses for some segments. */
  patchSegments(changes: readonly Change[]): void {
    // A copy and one assignment per change, not a map over every segment: a keystroke in a
    // 20,000-segment document stays cheap (issue 6).
    this.patchEach(changes, (s, c) => ({ ...s, text: c.text, status: c.status }));
  }

  /** Applies `fn` to the segment each item names (by position; unknown ids are skipped). */
  patchEach<T extends { readonly segmentId: string }>(
    items: readonly T[],
    fn: (segment: Segment, item: T) => Segment,
  ): void {
    const segments = [...this.#state.segments];
    const texts: TypingSaved[] = [];
    for (const item of items) {
      const i = this.#positions.get(item.segmentId);
      const s = i === undefined ? undefined : segments[i];
      if (i === undefined || !s) continue;
      const next = fn(s, item);
      if (next.text !== s.text) texts.push({ segmentId: s.id, before: s.text, after: next.text });
      segments[i] = next;
    }
    this.update({ segments });
    if (texts.length > 0) this.textsChanged.emit(texts);
  }

  /** Replaces one segment through `fn`. */
  replaceSegment(segmentId: string, fn: (s: Segment) => Segment): void {
    this.patchEach([{ segmentId }], (s) => fn(s));
  }
}
