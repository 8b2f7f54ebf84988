/**
 * The translation memory's data (issue 16): memories and their units. Plain data, the same in the
 * app (IndexedDB, a worker), the CLI (a memory folder) and TMX.
 */
import type { InlineCode } from '../model/inline-codes.ts';

/** Whether a memory serves one project or every project of its language pair. */
export type MemoryScope = 'project' | 'shared';

/** A memory: one language pair, kept for one project or shared by all (issue 16, deliverable 1). */
export interface MemoryInfo {
  /** Stable id (see memoryId in ids.ts). */
  readonly id: string;
  readonly name: string;
  /**
   * BCP 47 language of the sources; `und` when only MT-keyed units (projects without a source)
   * have been stored and the source language is unknown.
   */
  readonly sourceLang: string;
  /** BCP 47 language of the MT and the final texts. */
  readonly targetLang: string;
  readonly scope: MemoryScope;
  /** The project a per-project memory belongs to. */
  readonly projectId?: string;
  readonly createdAt: number;
}

/**
 * The neighbours a unit had in its document, by their key text (source, or MT when there was no
 * source): what makes an exact match a context (101 %) match. `''` stands for the start or end of
 * the document; an absent side is unknown and never matches.
 */
export interface UnitContext {
  readonly before?: string;
  readonly after?: string;
}

/**
 * One translation unit. Its key — what lookups compare — is the source when there is one, else the
 * MT: a project without a source stores "this MT sentence was corrected as…".
 */
export interface MemoryUnit {
  /** Stable id: a hash of the languages, the key and the target (see unitId). */
  readonly id: string;
  readonly sourceLang: string;
  readonly targetLang: string;
  /** Source text, inline codes as placeholders. */
  readonly source?: string;
  /** The machine translation the final text was corrected from. */
  readonly mt?: string;
  /** The final (reviewed) text. */
  readonly target: string;
  /** Inline codes behind the placeholders of source, MT and target. */
  readonly codes?: readonly InlineCode[];
  readonly projectId?: string;
  readonly projectName?: string;
  /** Who stored it (TMX `creationid`). */
  readonly author?: string;
  /** Who changed it last (TMX `changeid`), when known. */
  readonly changedBy?: string;
  /** Milliseconds since the epoch (TMX `creationdate`). */
  readonly createdAt: number;
  /** Milliseconds since the epoch (TMX `changedate`); the newest of merged duplicates wins. */
  readonly changedAt: number;
  /** How many times this key and target were stored (TMX `usagecount`); duplicates add up. */
  readonly uses: number;
  readonly context?: UnitContext;
  readonly notes?: readonly string[];
  /** Other TMX `<prop>`s, as [type, value], kept for export. */
  readonly props?: readonly (readonly [string, string])[];
}

/** A unit to store: everything but the id, which is derived, and the use count (default 1). */
export type UnitInput = Omit<MemoryUnit, 'id' | 'uses'> & { readonly uses?: number };

/** Which text of a unit a lookup compares: its source, or its MT. */
export type KeyField = 'source' | 'mt';

/** The key of a unit: its source when it has one, else its MT ('' when it has neither). */
export function keyOf(unit: Pick<MemoryUnit, 'source' | 'mt'>): {
  field: KeyField;
  text: string;
} {
  return unit.source !== undefined
    ? { field: 'source', text: unit.source }
    : { field: 'mt', text: unit.mt ?? '' };
}
