/**
 * Where the app keeps its translation memories (issue 16, deliverable 1): the port the state layer
 * stores units through, and an in-memory implementation (tests; a browser without IndexedDB). The
 * IndexedDB implementation is src/storage/idb-memories.ts.
 *
 * Storing merges: a unit whose id (languages, key, target: units.ts) is already stored is merged
 * into the stored record (newer metadata, uses added up), so the same correction confirmed twice, or
 * imported from two TMX files, stays one record.
 */
import type { MemoryInfo, MemoryUnit, UnitInput } from './model.ts';
import { createUnit, mergeUnits } from './units.ts';

/** A stored memory: its description and every unit. */
export interface StoredMemory {
  readonly info: MemoryInfo;
  readonly units: readonly MemoryUnit[];
}

/** What the app needs of the storage of its memories. */
export interface MemoryRepository {
  /** Every memory's description. */
  listMemories(): Promise<MemoryInfo[]>;
  /** The memory `id` with its units, or undefined when nothing was stored in it yet. */
  loadMemory(id: string): Promise<StoredMemory | undefined>;
  /**
   * Stores `units` in memory `info` (created on the first call), merged with the stored records of
   * the same ids, in one transaction; resolves to the records as stored, in input order with
   * duplicates of each other merged.
   */
  addUnits(info: MemoryInfo, units: readonly UnitInput[]): Promise<MemoryUnit[]>;
  /**
   * Calls `listener` when another tab of this browser stored units (issue 16: a memory update reaches
   * the other open tabs). Implementations without other tabs leave it out.
   */
  onExternalChange?(listener: (change: MemoryChange) => void): void;
}

/**
 * What another tab stored in memory `memoryId`: the records themselves when they were few (a
 * confirmation), none when many (an import batch): then the memory is read again from storage.
 */
export interface MemoryChange {
  readonly memoryId: string;
  readonly units?: readonly MemoryUnit[];
}

/**
 * `inputs` as units of memory `info` merged with `stored` (the records of the same ids already
 * there), duplicates of each other merged too: what an implementation writes.
 */
export function mergedForStorage(
  info: MemoryInfo,
  inputs: readonly UnitInput[],
  stored: (id: string) => MemoryUnit | undefined,
): MemoryUnit[] {
  const pair = { sourceLang: info.sourceLang, targetLang: info.targetLang };
  const out = new Map<string, MemoryUnit>();
  for (const input of inputs) {
    const unit = createUnit(input, pair);
    const before = out.get(unit.id) ?? stored(unit.id);
    out.set(unit.id, before ? mergeUnits(before, unit) : unit);
  }
  return [...out.values()];
}

/** {@link MemoryRepository} in memory. */
export class InMemoryMemoryRepository implements MemoryRepository {
  readonly #memories = new Map<string, { info: MemoryInfo; units: Map<string, MemoryUnit> }>();
  /** Number of `addUnits` calls that wrote something (tests count transactions with it). */
  writes = 0;

  listMemories(): Promise<MemoryInfo[]> {
    return Promise.resolve([...this.#memories.values()].map((m) => m.info));
  }

  loadMemory(id: string): Promise<StoredMemory | undefined> {
    const memory = this.#memories.get(id);
    return Promise.resolve(memory && { info: memory.info, units: [...memory.units.values()] });
  }

  addUnits(info: MemoryInfo, inputs: readonly UnitInput[]): Promise<MemoryUnit[]> {
    const memory = this.#memories.get(info.id) ?? { info, units: new Map<string, MemoryUnit>() };
    const merged = mergedForStorage(info, inputs, (id) => memory.units.get(id));
    if (merged.length === 0) return Promise.resolve([]);
    for (const unit of merged) memory.units.set(unit.id, unit);
    this.#memories.set(info.id, memory);
    this.writes++;
    return Promise.resolve(merged);
  }
}
