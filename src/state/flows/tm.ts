/**
 * The translation memory in the app (issue 16): every segment that becomes reviewed or approved is
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
import type { MemoryRepository } from '../../core/tm/memory-repository.ts';
import type { MemoryInfo, MemoryScope, UnitInput } from '../../core/tm/model.ts';
import type { RecognizedTerm } from '../../core/tm/recognize-terms.ts';
import type { TermRule } from '../../core/terms/model.ts';
import type { TmService } from '../../jobs/tm/protocol.ts';
import type { Download, Settings } from '../app-state.ts';
import { infoNotice, noticeFor } from '../notices.ts';
import type { ChangesStored, Session } from '../session/session.ts';

/** Where the memory scope is kept: `shared` (default) or `project`. */
export const TM_SCOPE_KEY = 'verso.tmScope';
/** Where the reviewer's name is kept (the author of stored units). */
export const AUTHOR_KEY = 'verso.userName';

type TmCore = typeof import('./tm-core.ts');

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

export class TmFlow {
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

  constructor(
    private readonly session: Session,
    private readonly ports: TmPorts,
    private readonly texts: TmTextApplier,
    private readonly terms: TmTerms,
    private readonly settings: Settings,
    private readonly now: () => number,
  ) {
    session.changesStored.on((stored) => this.#learn(stored));
  }

  /** Whether one memory serves all projects of a pair (default) or each project has its own. */
  get scope(): MemoryScope {
    return this.settings.get(TM_SCOPE_KEY) === 'project' ? 'project' : 'shared';
  }

  setScope(scope: MemoryScope): void {
    this.settings.set(TM_SCOPE_KEY, scope);
    this.#last = undefined;
  }

  /** The memory of the open project (its language pair, the scope setting), or null. */
  async memory(): Promise<MemoryInfo | null> {
    const project = this.session.state.project;
    if (!project) return null;
    const core = await this.#loadCore();
    return core.newMemory({
      sourceLang: project.sourceLang ?? 'und',
      targetLang: project.targetLang,
      scope: this.scope,
      projectId: project.id,
      createdAt: this.now(),
    });
  }

  /** Ranked matches for segment `segmentId` of the open project (none for an unknown segment). */
  matches(segmentId: string): Promise<TmMatch[]> {
    const index = this.session.position(segmentId);
    const segment = this.session.segment(segmentId);
    if (index === undefined || !segment) return Promise.resolve([]);
    const key = [this.#version, this.scope, segmentId, segment.source ?? '', segment.mt].join(
      '\u0000',
    );
    if (this.#last?.key !== key) {
      const matches = this.#lookup(this.session.state.segments, index);
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
      await this.texts.applyTexts([{ segmentId, text: match.target }], 'tm');
      return true;
    } catch (error) {
      this.session.update({ notice: noticeFor(error) });
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
      this.terms.context().terms,
    );
  }

  /** Makes a term rule of a concordance hit (the project's termbase). */
  async addTermRule(choice: import('../../core/tm/term-rule.ts').TermChoice): Promise<void> {
    const core = await this.#loadCore();
    await this.terms.addRule('project', core.termRuleFromConcordance(choice));
  }

  /** Imports a TMX file into the open project's memory; resolves to the units stored. */
  async importTmx(bytes: Uint8Array, fileName: string): Promise<number> {
    try {
      const info = await this.memory();
      if (!info) return 0;
      const service = await this.#hold(info);
      const read = await service.readTmx(info.id, bytes, fileName, this.now());
      const stored = await this.#store(info, [...read.units]);
      this.session.update({
        notice: infoNotice('tm.imported', { count: stored, skipped: read.skipped, file: fileName }),
      });
      return stored;
    } catch (error) {
      this.session.update({ notice: noticeFor(error) });
      return 0;
    }
  }

  /** The open project's memory as a TMX 1.4b download. */
  async exportTmx(): Promise<Download | null> {
    const info = await this.memory();
    if (!info) return null;
    const service = await this.#hold(info);
    await this.idle();
    const content = await service.exportTmx(info.id, this.now());
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

  /** The units of stored changes that made segments reviewed or approved, queued for storage. */
  #learn({ projectId, changes }: ChangesStored): void {
    const project = this.session.state.project;
    if (!project || project.id !== projectId) return;
    const confirmed = changes.filter((c) => c.status === 'reviewed' || c.status === 'approved');
    if (confirmed.length === 0) return;
    const segments = this.session.state.segments;
    const positions = confirmed.flatMap((c) => this.session.position(c.segmentId) ?? []);
    const author = this.settings.get(AUTHOR_KEY)?.trim() || undefined;
    const learn = async () => {
      const core = await this.#loadCore();
      const info = await this.memory();
      if (!info) return;
      const options = { project, now: this.now(), ...(author ? { author } : {}) };
      const units = positions.flatMap((i) => core.unitFromSegment(segments, i, options) ?? []);
      if (units.length > 0) await this.#store(info, units);
    };
    this.#learning = this.#learning
      .then(learn)
      .catch((error: unknown) => this.session.update({ notice: noticeFor(error) }));
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
        const stored = await this.ports.memories.addUnits(memory, inputs);
        if (this.#opened.has(memory.id)) await (await this.#loadService()).put(memory.id, stored);
      }
      this.#version++;
    }).then(() => units.length);
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
        const stored = await this.ports.memories.loadMemory(info.id);
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
    const service = this.ports.service;
    return service
      ? Promise.resolve(service)
      : Promise.reject(new Error('No translation-memory service was given to the store.'));
  }

  #loadCore(): Promise<TmCore> {
    return (this.#core ??= import('./tm-core.ts'));
  }
}
