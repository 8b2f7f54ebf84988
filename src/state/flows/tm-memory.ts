/**
 * The translation memory's working part, loaded on first use by the TmFlow façade (tm.ts; issue 13:
 * initial JS ≤ 80 kB). The translation memory in the app (issue 16): every segment that becomes reviewed or approved is
 * stored (one write per stored batch of changes, however many segments it confirms), the memory of
 * the open project — one per language pair, per project or shared by all projects (a setting) — is
 * held by the TM service (a worker) and answers matches for the current segment, concordance
 * searches and TMX imports and exports; a match is inserted as one undoable step.
 *
 * The core code (units, lookups, TMX) is loaded with the first use: a project can be opened without it.
 */
import type { Segment } from '../../core/model/model.ts';
import type { ConcordanceQuery, ConcordanceResult } from '../../core/tm/concordance.ts';
import type { TmMatch } from '../../core/tm/lookup.ts';
import type { MemoryChange } from '../../core/tm/memory-repository.ts';
import type { MemoryInfo, MemoryScope, UnitInput } from '../../core/tm/model.ts';
import type { RecognizedTerm } from '../../core/tm/recognize-terms.ts';
import type { TmService } from '../../jobs/tm/protocol.ts';
import type { Download } from '../app-state.ts';
import { infoNotice, noticeFor } from '../notices.ts';
import {
  IMPORT_BATCH,
  scopeOf,
  type LearnedBatch,
  type TmImportProgress,
  type TmDeps,
} from './tm-shared.ts';

type TmCore = typeof import('./tm-core.ts');

export class TmMemoryFlow {
  #core: Promise<TmCore> | undefined;
  /** Memories held by the service, by id (the promise of their loading). */
  readonly #held = new Map<string, Promise<void>>();
  /** Memories the service holds (opened). */
  readonly #opened = new Set<string>();
  /** Units waiting for the write under way; written together next. */
  #queue: { info: MemoryInfo; units: UnitInput[] }[] = [];
  #writing: Promise<void> = Promise.resolve();
  /** The units of confirmed segments being made (before they are queued). */
  #learning: Promise<void> = Promise.resolve();
  /** The last lookup, by segment and its texts: Ctrl+N inserts from what the panel shows. */
  #last: { key: string; matches: Promise<TmMatch[]> } | undefined;
  /** Counts stores, so a cached lookup made before one is not reused after it. */
  #version = 0;
  /** The import under way, and whether it was asked to stop. */
  #import: { progress: TmImportProgress; cancelled: boolean } | undefined;
  #changeTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    /** What the façade was given (wire.ts). */
    private readonly deps: TmDeps,
    /** Tells the façade's listeners (the panel) that the memory or the import progress changed. */
    private readonly emit: () => void,
  ) {}

  /** The TMX import under way, or null. */
  get importing(): TmImportProgress | null {
    return this.#import?.progress ?? null;
  }

  /** Stops the import under way after the batch being written; what was stored stays. */
  cancelImport(): void {
    if (this.#import) this.#import.cancelled = true;
  }

  /** Whether one memory serves all projects of a pair (default) or each project has its own. */
  get scope(): MemoryScope {
    return scopeOf(this.deps.settings);
  }

  /** The scope changed (TmFlow.setScope): the last lookup is not reused. */
  forgetLast(): void {
    this.#last = undefined;
  }

  /** The memory of the open project (its language pair, the scope setting), or null. */
  async memory(): Promise<MemoryInfo | null> {
    const project = this.deps.session.state.project;
    if (!project) return null;
    const core = await this.#loadCore();
    return core.newMemory({
      sourceLang: project.sourceLang ?? 'und',
      targetLang: project.targetLang,
      scope: this.scope,
      projectId: project.id,
      createdAt: this.deps.now(),
    });
  }

  /** Ranked matches for segment `segmentId` of the open project (none for an unknown segment). */
  matches(segmentId: string): Promise<TmMatch[]> {
    const index = this.deps.session.position(segmentId);
    const segment = this.deps.session.segment(segmentId);
    if (index === undefined || !segment) return Promise.resolve([]);
    const key = [this.#version, this.scope, segmentId, segment.source ?? '', segment.mt].join(
      '\u0000',
    );
    if (this.#last?.key !== key) {
      const matches = this.#lookup(this.deps.session.state.segments, index);
      matches.catch(() => (this.#last = undefined));
      this.#last = { key, matches };
    }
    return this.#last.matches;
  }

  /** Inserts match `n` (1-based) of segment `segmentId` as one undoable step; false when none. */
  async insertMatch(segmentId: string, n: number): Promise<boolean> {
    try {
      const match = (await this.matches(segmentId))[n - 1];
      if (!match) return false;
      await this.deps.texts.applyTexts([{ segmentId, text: match.target }], 'tm');
      return true;
    } catch (error) {
      this.deps.session.update({ notice: noticeFor(error) });
      return false;
    }
  }

  /** Concordance search in the open project's memory. */
  async concordance(query: ConcordanceQuery): Promise<ConcordanceResult> {
    const info = await this.memory();
    if (!info) return { hits: [], more: false };
    const service = await this.#hold(info);
    return service.concordance(info.id, query);
  }

  /** The project's term rules that occur in the segment, with their preferred target. */
  async recognizedTerms(segment: Segment): Promise<RecognizedTerm[]> {
    const core = await this.#loadCore();
    return core.recognizeTerms(
      { ...(segment.source ? { source: segment.source } : {}), mt: segment.mt },
      this.deps.terms.context().terms,
    );
  }

  /** Makes a term rule of a concordance hit (the project's termbase). */
  async addTermRule(choice: import('../../core/tm/term-rule.ts').TermChoice): Promise<void> {
    const core = await this.#loadCore();
    await this.deps.terms.addRule('project', core.termRuleFromConcordance(choice));
  }

  /**
   * Imports a TMX file into the open project's memory: read in the worker, then stored in batches
   * of {@link IMPORT_BATCH} units (one transaction each, progress after each, cancellable between
   * them); resolves to the units stored.
   */
  async importTmx(bytes: Uint8Array, fileName: string): Promise<number> {
    if (this.#import) return 0;
    const job = { progress: { file: fileName, done: 0, total: 0 }, cancelled: false };
    this.#import = job;
    this.emit();
    try {
      const info = await this.memory();
      if (!info) return 0;
      const service = await this.#hold(info);
      const read = await service.readTmx(info.id, bytes, fileName, this.deps.now());
      const total = read.units.length;
      let done = 0;
      while (done < total && !job.cancelled) {
        const batch = read.units.slice(done, done + IMPORT_BATCH);
        await this.#store(info, [...batch]);
        done += batch.length;
        job.progress = { file: fileName, done, total };
        this.emit();
      }
      const params = { count: done, total, skipped: read.skipped, file: fileName };
      this.deps.session.update({
        notice: infoNotice(done < total ? 'tm.importCancelled' : 'tm.imported', params),
      });
      return done;
    } catch (error) {
      this.deps.session.update({ notice: noticeFor(error) });
      return 0;
    } finally {
      this.#import = undefined;
      this.emit();
    }
  }

  /** The open project's memory as a TMX 1.4b download. */
  async exportTmx(): Promise<Download | null> {
    const info = await this.memory();
    if (!info) return null;
    const service = await this.#hold(info);
    await this.idle();
    const content = await service.exportTmx(info.id, this.deps.now());
    const name = info.name.replace(/[^\p{L}\p{N}._-]+/gu, '-').replace(/^-+|-+$/g, '');
    return { fileName: `memory-${name || 'verso'}.tmx`, mime: 'application/x-tmx+xml', content };
  }

  /** Resolves once every confirmed segment seen so far is stored (tests, exports). */
  async idle(): Promise<void> {
    await this.#learning;
    await this.#writing;
  }

  async #lookup(segments: readonly Segment[], index: number): Promise<TmMatch[]> {
    const info = await this.memory();
    if (!info) return [];
    const core = await this.#loadCore();
    const query = core.lookupQueryFor(segments, index);
    const service = await this.#hold(info);
    await this.idle();
    return service.lookup(info.id, query);
  }

  /** Queues for storage the units of segments confirmed in a stored batch (captured by TmFlow). */
  learn({ project, segments, confirmed }: LearnedBatch): void {
    const learn = async () => {
      const core = await this.#loadCore();
      const info = await this.memory();
      if (!info) return;
      const now = this.deps.now();
      const units = confirmed.flatMap(
        ({ position, author }) =>
          core.unitFromSegment(segments, position, {
            project,
            now,
            ...(author ? { author } : {}),
          }) ?? [],
      );
      if (units.length > 0) await this.#store(info, units);
    };
    this.#learning = this.#learning
      .then(learn)
      .catch((error: unknown) => this.deps.session.update({ notice: noticeFor(error) }));
  }

  /**
   * Stores units through the repository: batches that arrive while a write runs are written
   * together in the next one (one transaction each); a memory the service holds gets the stored
   * records.
   */
  #store(info: MemoryInfo, units: UnitInput[]): Promise<number> {
    const batch = this.#queue.find((q) => q.info.id === info.id);
    if (batch) batch.units.push(...units);
    else this.#queue.push({ info, units });
    this.#version++;
    return this.#serial(async () => {
      const queued = this.#queue;
      this.#queue = [];
      for (const { info: memory, units: inputs } of queued) {
        const stored = await this.deps.ports.memories.addUnits(memory, inputs);
        if (this.#opened.has(memory.id)) await (await this.#loadService()).put(memory.id, stored);
      }
      this.#version++;
      this.emit();
    }).then(() => units.length);
  }

  /**
   * Another tab stored units: a held memory gets the records sent, or is read again from storage
   * with the next lookup when none were sent (an import batch); the panel is told (once for a burst).
   */
  heard(change: MemoryChange): void {
    const { memoryId, units } = change;
    if (this.#opened.has(memoryId)) {
      if (units) {
        void this.#serial(async () => {
          if (this.#opened.has(memoryId)) await (await this.#loadService()).put(memoryId, units);
        });
      } else {
        this.#opened.delete(memoryId);
        this.#held.delete(memoryId);
      }
    }
    this.#version++;
    this.#last = undefined;
    clearTimeout(this.#changeTimer);
    this.#changeTimer = setTimeout(() => this.emit(), units ? 0 : 300);
  }

  /**
   * Runs `task` after every task queued before it (stores and loads in the order asked: a memory
   * loaded after a store has its units, a store after a load reaches the service). A task never
   * waits for another task.
   */
  #serial(task: () => Promise<void>): Promise<void> {
    const run = this.#writing.then(task);
    this.#writing = run.catch(() => undefined);
    return run;
  }

  /** The service with memory `info` loaded from storage (once per memory and service life). */
  async #hold(info: MemoryInfo): Promise<TmService> {
    const service = await this.#loadService();
    let held = this.#held.get(info.id);
    if (!held) {
      held = this.#serial(async () => {
        const stored = await this.deps.ports.memories.loadMemory(info.id);
        await service.open(stored?.info ?? info, stored?.units ?? []);
        this.#opened.add(info.id);
      });
      held.catch(() => this.#held.delete(info.id));
      this.#held.set(info.id, held);
    }
    await held;
    return service;
  }

  #loadService(): Promise<TmService> {
    const service = this.deps.ports.service;
    return service
      ? Promise.resolve(service)
      : Promise.reject(new Error('No translation-memory service was given to the store.'));
  }

  #loadCore(): Promise<TmCore> {
    return (this.#core ??= import('./tm-core.ts'));
  }
}
