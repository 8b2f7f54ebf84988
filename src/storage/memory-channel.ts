/**
 * Tells the other tabs of this browser what was stored in a translation memory (issue 16): a
 * BroadcastChannel per database, like change-channel.ts for projects. A confirmation sends its few
 * records; an import batch sends only the memory id (the other tabs read the memory again when they
 * next look something up). Messages are checked for shape before anyone acts on them.
 */
import type { MemoryChange } from '../core/tm/memory-repository.ts';
import type { MemoryUnit } from '../core/tm/model.ts';
import { TabChannel } from './change-channel.ts';

/** Records sent with a change at most; past this the other tabs reload the memory. */
export const MAX_UNITS_SENT = 500;

/** True when `data` has the shape of a `MemoryChange`. */
export function isMemoryChange(data: unknown): data is MemoryChange {
  if (typeof data !== 'object' || data === null) return false;
  const change = data as Record<string, unknown>;
  if (typeof change['memoryId'] !== 'string') return false;
  const units = change['units'];
  return (
    units === undefined ||
    (Array.isArray(units) &&
      units.every(
        (u: unknown) =>
          typeof u === 'object' &&
          u !== null &&
          typeof (u as Record<string, unknown>)['id'] === 'string' &&
          typeof (u as Record<string, unknown>)['target'] === 'string',
      ))
  );
}

/** The memory channel of one database. */
export class MemoryChannel extends TabChannel<MemoryChange> {
  constructor(dbName: string) {
    super(`verso-tm:${dbName}`, isMemoryChange);
  }

  /** Tells the other tabs that `units` were stored in memory `memoryId`. */
  postUnits(memoryId: string, units: readonly MemoryUnit[]): void {
    this.post(units.length <= MAX_UNITS_SENT ? { memoryId, units } : { memoryId });
  }
}
