/**
 * The translation-memory job (issue 16): what state asks of it (`TmService`) and the messages of the
 * TM worker. Unlike the one-shot jobs, the worker keeps its memories (units and indexes) between
 * requests — building the index of 100,000 units takes far longer than a lookup — so requests carry an
 * id and are answered in order, none cancelling another.
 */
import type { ConcordanceQuery, ConcordanceResult } from '../../core/tm/concordance.ts';
import type { LookupOptions, LookupQuery, TmMatch } from '../../core/tm/lookup.ts';
import type { MemoryInfo, MemoryUnit, UnitInput } from '../../core/tm/model.ts';
import type { JobResponse } from '../job.ts';

/** A TMX file read for a memory: its units, not yet stored. */
export interface TmxRead {
  readonly units: readonly UnitInput[];
  /** Units of the file without the memory's languages. */
  readonly skipped: number;
}

/** The memories of the open project, held off the main thread (a worker in the app). */
export interface TmService {
  /** Holds memory `info` with `units` (replacing what was held under its id). */
  open(info: MemoryInfo, units: readonly MemoryUnit[]): Promise<void>;
  /** Puts stored records into a held memory (replacing those of the same ids). */
  put(memoryId: string, units: readonly MemoryUnit[]): Promise<void>;
  /** Ranked matches for a segment (core/tm/lookup.ts). */
  lookup(memoryId: string, query: LookupQuery, options?: LookupOptions): Promise<TmMatch[]>;
  /** Where a phrase occurs (core/tm/concordance.ts). */
  concordance(memoryId: string, query: ConcordanceQuery): Promise<ConcordanceResult>;
  /** Reads a TMX file's units in the held memory's language pair. */
  readTmx(memoryId: string, bytes: Uint8Array, fileName: string, now: number): Promise<TmxRead>;
  /** The held memory as TMX 1.4b. */
  exportTmx(memoryId: string, now: number): Promise<string>;
}

/** What the page asks the TM worker, one request per message. */
export type TmRequest =
  | { readonly kind: 'open'; readonly info: MemoryInfo; readonly units: readonly MemoryUnit[] }
  | { readonly kind: 'put'; readonly memoryId: string; readonly units: readonly MemoryUnit[] }
  | {
      readonly kind: 'lookup';
      readonly memoryId: string;
      readonly query: LookupQuery;
      readonly options?: LookupOptions;
    }
  | { readonly kind: 'concordance'; readonly memoryId: string; readonly query: ConcordanceQuery }
  | {
      readonly kind: 'readTmx';
      readonly memoryId: string;
      readonly bytes: Uint8Array;
      readonly fileName: string;
      readonly now: number;
    }
  | { readonly kind: 'exportTmx'; readonly memoryId: string; readonly now: number };

/** A request with the id its answer carries. */
export type TmEnvelope = TmRequest & { readonly id: number };

/** The worker's answer to request `id`. */
export type TmAnswer = JobResponse<unknown> & { readonly id: number };
