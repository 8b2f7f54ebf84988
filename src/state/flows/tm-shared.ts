/**
 * What the translation memory's façade (tm.ts) and its working part (tm-memory.ts) share: settings,
 * batch size and the ports they are given.
 */
import type { ProjectMeta, Segment } from '../../core/model/model.ts';
import type { MemoryRepository } from '../../core/tm/memory-repository.ts';
import type { MemoryScope } from '../../core/tm/model.ts';
import type { TermRule } from '../../core/terms/model.ts';
import type { TmService } from '../../jobs/tm/protocol.ts';
import type { Settings } from '../app-state.ts';
import type { Session } from '../session/session.ts';

/** Where the memory scope is kept: `shared` (default) or `project`. */
export const TM_SCOPE_KEY = 'verso.tmScope';

/**
 * Units stored per transaction by a TMX import: each batch is one short transaction (GUIDE part 1:
 * ≈ 2.6 s for 20,000 puts in one), between which progress is shown and the import can be cancelled.
 */
export const IMPORT_BATCH = 5_000;

/** The memory scope setting: one memory per pair for all projects (default) or per project. */
export function scopeOf(settings: Settings): MemoryScope {
  return settings.get(TM_SCOPE_KEY) === 'project' ? 'project' : 'shared';
}

/** A TMX import under way: its file, the units stored so far and in all. */
export interface TmImportProgress {
  readonly file: string;
  readonly done: number;
  readonly total: number;
}

/** Applies one text as ONE undoable step (EditsFlow.applyTexts). */
export interface TmTextApplier {
  applyTexts(edits: readonly { segmentId: string; text: string }[], origin: 'tm'): Promise<number>;
}

/** What the flow needs of QA: the term rules in force, and adding one. */
export interface TmTerms {
  context(): { readonly terms: readonly TermRule[] };
  addRule(scope: 'project' | 'shared', rule: TermRule): Promise<void>;
}

/** What the flow is given (wire.ts). */
export interface TmPorts {
  readonly memories: MemoryRepository;
  /**
   * The TM service (the worker in the app, the in-process twin in tests). Without it units are
   * still stored, but nothing is looked up.
   */
  readonly service?: TmService;
}

/** Segments a stored batch made reviewed or approved, as they were when it was stored. */
export interface LearnedBatch {
  readonly project: ProjectMeta;
  readonly segments: readonly Segment[];
  /**
   * The confirmed segments' positions, each with who confirmed it: a shared project's memory fills on
   * every reviewer's device from the shared segments, each unit under its confirmer's name.
   */
  readonly confirmed: readonly { readonly position: number; readonly author: string | undefined }[];
}

/** Everything the flow is built with (wire.ts), handed as one to its working part. */
export interface TmDeps {
  readonly session: Session;
  readonly ports: TmPorts;
  readonly texts: TmTextApplier;
  readonly terms: TmTerms;
  readonly settings: Settings;
  readonly now: () => number;
}
