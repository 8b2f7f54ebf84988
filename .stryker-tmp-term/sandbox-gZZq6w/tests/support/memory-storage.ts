// @ts-nocheck
import type { JournalStorage } from '../../src/state/edit-journal.ts';

/** A Map behaving like localStorage, for journal and recovery tests. */
export function memoryStorage(): JournalStorage & { readonly map: Map<string, string> } {
  const map = new Map<string, string>();
  return {
    map,
    getItem: (k) => map.get(k) ?? null,
    setItem: (k, v) => void map.set(k, v),
    removeItem: (k) => void map.delete(k),
    get length() {
      return map.size;
    },
    key: (i) => [...map.keys()][i] ?? null,
  };
}
