/**
 * The app's state as the UI reads it: one immutable object, replaced (never mutated) on every change,
 * so Lit's identity checks see what changed.
 */
import type { ProjectLqa } from '../core/lqa/project-lqa.ts';
import type { ProjectMeta, Segment } from '../core/model/model.ts';
import type { SegmentFilter } from '../core/review/segment-filter.ts';
import type { Notice } from './notices.ts';
import type { QaView } from './flows/qa-view.ts';
import type { SyncView } from './sync/sync-view.ts';

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
  /** Which segments the grid shows, and in which order (see GridView). */
  readonly filter: SegmentFilter;
  /**
   * The segment the reviewer is on (its row has the focus, or had it last): side panels (history,
   * comments, matches, errors) follow it. Null before any row was focused and after a project change.
   */
  readonly current: string | null;
  /** The open project's quality assessment (issue 15): scorecard, errors, rework flags. */
  readonly lqa: ProjectLqa;
  /** A parsed file that does not say its languages: the UI asks, then calls `answerLanguages`. */
  readonly languagePrompt: {
    readonly fileName: string;
    readonly sourceLang: string;
    readonly targetLang: string;
    /** The sides the file does not say (only those are asked; issue 11 item 10). */
    readonly missing: readonly ('source' | 'target')[];
  } | null;
  /** The open project's sharing (issue 14): connection, access, others in it; null when not shared. */
  readonly sync: SyncView | null;
}

/** A file for the user to download: the UI turns it into a Blob. */
export interface Download {
  readonly fileName: string;
  readonly mime: string;
  readonly content: string | Uint8Array;
}

/** Where small preferences live (localStorage in the app, a Map in tests). */
export interface Settings {
  get(key: string): string | null;
  set(key: string, value: string): void;
  remove(key: string): void;
}
