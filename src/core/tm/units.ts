/**
 * Units' identity and deduplication (issue 16, deliverable 1). A unit's id is a hash of what makes it
 * the same translation — languages, key (source, or MT without a source) and target — so storing the
 * same correction twice, from the app or from two TMX imports, finds the same record: the newer
 * metadata wins and the uses add up.
 */
import type { MemoryInfo, MemoryScope, MemoryUnit, UnitInput } from './model.ts';
import { keyOf } from './model.ts';

/**
 * A 64-bit hash of `text` as 16 hex digits: two 32-bit FNV-1a variants (different offset bases, the
 * second also folding the position). 32 bits would not do: among 100,000 units a collision is then
 * more likely than not; at 64 bits it is about one in 3·10⁹.
 */
export function hash64(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ text.length;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    a = Math.imul(a ^ code, 0x01000193);
    b = Math.imul(b ^ code ^ (i << 16), 0x5bd1e995);
    b ^= b >>> 15;
  }
  return (a >>> 0).toString(16).padStart(8, '0') + (b >>> 0).toString(16).padStart(8, '0');
}

/** The id of a unit with these languages, key and target (see the module comment). */
export function unitId(unit: Omit<UnitInput, 'createdAt' | 'changedAt'>): string {
  const key = keyOf(unit);
  const parts = [
    unit.sourceLang.toLowerCase(),
    unit.targetLang.toLowerCase(),
    key.field,
    key.text,
    unit.target,
  ];
  return `tu-${hash64(parts.join('\u0000'))}`;
}

/**
 * A stored unit from what to store: its id, and a use count of at least 1; with `pair`, in those
 * languages (a memory's spelling of them).
 */
export function createUnit(
  input: UnitInput | MemoryUnit,
  pair?: { readonly sourceLang: string; readonly targetLang: string },
): MemoryUnit {
  const uses = Math.max(1, Math.floor(input.uses ?? 1));
  const unit = { id: '', ...input, ...pair, uses };
  unit.id = unitId(unit);
  return unit;
}

/**
 * Two records of the same unit as one: the metadata (MT, project, author, context, notes…) of the
 * one changed last, the earliest creation, the uses of both.
 */
export function mergeUnits(stored: MemoryUnit, incoming: MemoryUnit): MemoryUnit {
  const newer = incoming.changedAt >= stored.changedAt ? incoming : stored;
  return {
    ...newer,
    id: stored.id,
    createdAt: Math.min(stored.createdAt, incoming.createdAt),
    uses: stored.uses + incoming.uses,
  };
}

/**
 * The id of the memory of a language pair: one shared by every project, or one per project (the
 * setting of issue 16, deliverable 1). Language tags are case-insensitive.
 */
export function memoryId(
  scope: MemoryScope,
  sourceLang: string,
  targetLang: string,
  projectId?: string,
): string {
  const pair = `${sourceLang.toLowerCase()}>${targetLang.toLowerCase()}`;
  return scope === 'shared' ? `tm:shared:${pair}` : `tm:project:${projectId ?? ''}:${pair}`;
}

/** A new memory's description. */
export function newMemory(
  options: Pick<MemoryInfo, 'sourceLang' | 'targetLang' | 'scope' | 'createdAt'> & {
    readonly name?: string;
    readonly projectId?: string;
  },
): MemoryInfo {
  const { sourceLang, targetLang, scope, createdAt, projectId } = options;
  return {
    id: memoryId(scope, sourceLang, targetLang, projectId),
    name: options.name ?? `${sourceLang} → ${targetLang}`,
    sourceLang,
    targetLang,
    scope,
    ...(projectId === undefined ? {} : { projectId }),
    createdAt,
  };
}

/**
 * True when two language tags name the same language for a memory: equal ignoring case, or one is
 * the other's primary language (`zh` and `zh-CN`; a TMX file often says less than the project).
 * `und` (unknown) agrees with anything.
 */
export function sameLanguage(a: string, b: string): boolean {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  if (x === y || x === 'und' || y === 'und') return true;
  return x.startsWith(`${y}-`) || y.startsWith(`${x}-`);
}
