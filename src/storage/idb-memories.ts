/**
 * The translation memories in IndexedDB (issue 16, deliverable 1): `MemoryRepository` over the
 * `tmMemories` and `tmUnits` stores (migration step 2). Every write is one transaction whatever the
 * number of units — a replace-all confirming 2,000 segments, a TMX import — and merges with the
 * records already stored (core/tm/memory-repository.ts).
 */
import type { IDBPDatabase } from 'idb';
import {
  mergedForStorage,
  type MemoryChange,
  type MemoryRepository,
  type StoredMemory,
} from '../core/tm/memory-repository.ts';
import type { MemoryInfo, MemoryUnit, UnitInput } from '../core/tm/model.ts';
import { createUnit } from '../core/tm/units.ts';
import type { MemoryChannel } from './memory-channel.ts';
import type { VersoDBSchema } from './schema.ts';
import { handled, runTransaction } from './transaction.ts';

/** Key range over every unit of memory `id`. */
function memoryUnitRange(id: string): IDBKeyRange {
  return IDBKeyRange.bound([id, ''], [id, '\uffff']);
}

/** `MemoryRepository` over the Verso database; `db` gives the open connection (or throws). */
export class IdbMemories implements MemoryRepository {
  /** `channel` tells the other tabs what was stored and hears what they store (issue 16). */
  constructor(
    private readonly db: () => IDBPDatabase<VersoDBSchema>,
    private readonly channel?: MemoryChannel,
  ) {}

  onExternalChange(listener: (change: MemoryChange) => void): void {
    this.channel?.listen(listener);
  }

  close(): void {
    this.channel?.close();
  }

  async listMemories(): Promise<MemoryInfo[]> {
    return runTransaction(this.db(), ['tmMemories'], 'readonly', (tx) =>
      tx.objectStore('tmMemories').getAll(),
    );
  }

  async loadMemory(id: string): Promise<StoredMemory | undefined> {
    const [info, records] = await runTransaction(
      this.db(),
      ['tmMemories', 'tmUnits'],
      'readonly',
      (tx) =>
        Promise.all([
          tx.objectStore('tmMemories').get(id),
          tx.objectStore('tmUnits').getAll(memoryUnitRange(id)),
        ]),
    );
    return info && { info, units: records.map((r) => r.unit) };
  }

  async addUnits(info: MemoryInfo, inputs: readonly UnitInput[]): Promise<MemoryUnit[]> {
    if (inputs.length === 0) return [];
    // Ids first (pure), then one transaction: read the stored records of those ids, merge, write.
    const pair = { sourceLang: info.sourceLang, targetLang: info.targetLang };
    const ids = [...new Set(inputs.map((input) => createUnit(input, pair).id))];
    const merged = await runTransaction(
      this.db(),
      ['tmMemories', 'tmUnits'],
      'readwrite',
      async (tx) => {
        const units = tx.objectStore('tmUnits');
        const [row, ...found] = await Promise.all([
          tx.objectStore('tmMemories').get(info.id),
          ...ids.map((id) => units.get([info.id, id])),
        ]);
        const stored = new Map<string, MemoryUnit>();
        for (const record of found) if (record) stored.set(record.unit.id, record.unit);
        const written = mergedForStorage(info, inputs, (id) => stored.get(id));
        await Promise.all([
          ...(row ? [] : [handled(tx.objectStore('tmMemories').put(info))]),
          ...written.map((unit) => handled(units.put({ memoryId: info.id, unit }))),
        ]);
        return written;
      },
    );
    this.channel?.postUnits(info.id, merged);
    return merged;
  }
}
