/**
 * The translation memory in the app (issue 16), as the store fronts it: a façade that keeps the
 * flow's API while its working part (tm-memory.ts: storing confirmed segments, lookups, concordance,
 * TMX) loads on first use — the first confirmed segment, the matches panel, a TMX import (issue 13:
 * initial JS ≤ 80 kB). What a stored batch confirmed is captured when it is stored, as before.
 */
import type { Segment } from '../../core/model/model.ts';
import type { ConcordanceQuery, ConcordanceResult } from '../../core/tm/concordance.ts';
import type { TmMatch } from '../../core/tm/lookup.ts';
import type { MemoryChange } from '../../core/tm/memory-repository.ts';
import type { MemoryInfo, MemoryScope } from '../../core/tm/model.ts';
import type { RecognizedTerm } from '../../core/tm/recognize-terms.ts';
import type { TermChoice } from '../../core/tm/term-rule.ts';
import type { Download, Settings } from '../app-state.ts';
import { noticeFor } from '../notices.ts';
import type { ChangesStored, Session } from '../session/session.ts';
import { authorName } from './author-name.ts';
import type { TmMemoryFlow } from './tm-memory.ts';
import {
  scopeOf,
  TM_SCOPE_KEY,
  type LearnedBatch,
  type TmImportProgress,
  type TmDeps,
  type TmPorts,
  type TmTerms,
  type TmTextApplier,
} from './tm-shared.ts';

export { IMPORT_BATCH, TM_SCOPE_KEY, scopeOf } from './tm-shared.ts';
export type {
  LearnedBatch,
  TmImportProgress,
  TmPorts,
  TmTerms,
  TmTextApplier,
} from './tm-shared.ts';

export class TmFlow {
  #flow: TmMemoryFlow | undefined;
  #loading: Promise<TmMemoryFlow> | undefined;
  /** Told when the memory changed (here or in another tab) or an import moved on: the panel. */
  readonly #listeners = new Set<() => void>();
  #changeTimer: ReturnType<typeof setTimeout> | undefined;

  readonly #deps: TmDeps;

  constructor(
    session: Session,
    ports: TmPorts,
    texts: TmTextApplier,
    terms: TmTerms,
    settings: Settings,
    now: () => number,
  ) {
    this.#deps = { session, ports, texts, terms, settings, now };
    session.changesStored.on((stored) => this.#learn(stored));
    ports.memories.onExternalChange?.((change) => this.#heard(change));
  }

  private get session(): Session {
    return this.#deps.session;
  }

  private get settings(): Settings {
    return this.#deps.settings;
  }

  /** Calls `listener` whenever the memory or the import progress changed; returns its removal. */
  onChange(listener: () => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /** The TMX import under way, or null. */
  get importing(): TmImportProgress | null {
    return this.#flow?.importing ?? null;
  }

  /** Stops the import under way after the batch being written; what was stored stays. */
  cancelImport(): void {
    this.#flow?.cancelImport();
  }

  /** Whether one memory serves all projects of a pair (default) or each project has its own. */
  get scope(): MemoryScope {
    return scopeOf(this.settings);
  }

  setScope(scope: MemoryScope): void {
    this.settings.set(TM_SCOPE_KEY, scope);
    this.#flow?.forgetLast();
  }

  /** The memory of the open project (its language pair, the scope setting), or null. */
  async memory(): Promise<MemoryInfo | null> {
    return (await this.#load()).memory();
  }

  /** Ranked matches for segment `segmentId` of the open project (none for an unknown segment). */
  async matches(segmentId: string): Promise<TmMatch[]> {
    return (await this.#load()).matches(segmentId);
  }

  /** Inserts match `n` (1-based) of segment `segmentId` as one undoable step; false when none. */
  insertMatch(segmentId: string, n: number): Promise<boolean> {
    return this.#told(false, (flow) => flow.insertMatch(segmentId, n));
  }

  /** Concordance search in the open project's memory. */
  async concordance(query: ConcordanceQuery): Promise<ConcordanceResult> {
    return (await this.#load()).concordance(query);
  }

  /** The project's term rules that occur in the segment, with their preferred target. */
  async recognizedTerms(segment: Segment): Promise<RecognizedTerm[]> {
    return (await this.#load()).recognizedTerms(segment);
  }

  /** Makes a term rule of a concordance hit (the project's termbase). */
  async addTermRule(choice: TermChoice): Promise<void> {
    await (await this.#load()).addTermRule(choice);
  }

  /**
   * Imports a TMX file into the open project's memory (read in the worker, stored in batches of
   * {@link IMPORT_BATCH} units, cancellable between them); resolves to the units stored.
   */
  importTmx(bytes: Uint8Array, fileName: string): Promise<number> {
    return this.#told(0, (flow) => flow.importTmx(bytes, fileName));
  }

  /** The open project's memory as a TMX 1.4b download. */
  async exportTmx(): Promise<Download | null> {
    return (await this.#load()).exportTmx();
  }

  /** Resolves once every confirmed segment seen so far is stored (tests, exports). */
  async idle(): Promise<void> {
    if (!this.#loading) return;
    await (await this.#loading).idle();
  }

  /**
   * The segments a stored batch confirmed (reviewed or approved), taken as they are now, then
   * stored as units by the working part (loaded for it the first time).
   */
  #learn({ projectId, changes }: ChangesStored): void {
    const project = this.session.state.project;
    if (!project || project.id !== projectId) return;
    const confirmed = changes.filter((c) => c.status === 'reviewed' || c.status === 'approved');
    if (confirmed.length === 0) return;
    const batch: LearnedBatch = {
      project,
      segments: this.session.state.segments,
      confirmed: confirmed.flatMap((c) => {
        const position = this.session.position(c.segmentId);
        const author = c.author ?? (authorName(this.settings) || undefined);
        return position === undefined ? [] : [{ position, author }];
      }),
    };
    if (this.#flow) this.#flow.learn(batch);
    else
      this.#load().then(
        (flow) => flow.learn(batch),
        (error: unknown) => this.session.update({ notice: noticeFor(error) }),
      );
  }

  /** Another tab stored units: the working part updates what it holds; else the panel is told. */
  #heard(change: MemoryChange): void {
    if (this.#flow) {
      this.#flow.heard(change);
      return;
    }
    clearTimeout(this.#changeTimer);
    this.#changeTimer = setTimeout(() => this.#emit(), change.units ? 0 : 300);
  }

  #emit(): void {
    for (const listener of this.#listeners) listener();
  }

  /** Runs `task` on the working part; a failure (its load too) is a notice and gives `fallback`. */
  async #told<T>(fallback: T, task: (flow: TmMemoryFlow) => Promise<T>): Promise<T> {
    try {
      return await task(await this.#load());
    } catch (error) {
      this.session.update({ notice: noticeFor(error) });
      return fallback;
    }
  }

  #load(): Promise<TmMemoryFlow> {
    this.#loading ??= import('./tm-memory.ts').then(
      ({ TmMemoryFlow }) => (this.#flow = new TmMemoryFlow(this.#deps, () => this.#emit())),
      (error: unknown) => {
        this.#loading = undefined;
        throw error;
      },
    );
    return this.#loading;
  }
}
