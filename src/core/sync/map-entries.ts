/**
 * What the item-by-item maps of a shared project's Y.Doc (`qa`, `lqa`) have in common: the changes
 * that turn one set of entries into another. Pure: no Yjs here, only the entries.
 */

/** Keys to set (new or changed) and to delete. */
export interface EntryChanges {
  readonly set: readonly (readonly [string, unknown])[];
  readonly remove: readonly string[];
}

/** What turns the entries `before` into `after`. */
export function entryChanges(
  before: ReadonlyMap<string, unknown>,
  after: ReadonlyMap<string, unknown>,
): EntryChanges {
  const set = [...after].filter(([key, value]) => !sameValue(before.get(key), value));
  const remove = [...before.keys()].filter((key) => !after.has(key));
  return { set, remove };
}

/** Equal as JSON, whatever the order of their keys (an entry read back may be rebuilt field by field). */
export function sameValue(a: unknown, b: unknown): boolean {
  return a === b || canonical(a) === canonical(b);
}

function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    typeof v === 'object' && v !== null && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0)))
      : v,
  );
}
