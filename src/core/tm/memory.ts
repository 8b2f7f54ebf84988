/**
 * A translation memory in memory (issue 16): its units by id and the indexes lookups and concordance
 * searches use. The app keeps one per open memory in a worker, rebuilt from the units IndexedDB
 * stores (the index itself is not stored: rebuilding it is cheaper than reading it back — see
 * `npm run bench`); the CLI builds one from a memory folder.
 *
 * Adding is deduplicating: a unit with the same languages, key and target as a stored one is merged
 * into it (units.ts); `add` says which records to write.
 */
import { VersoInputError } from '../model/errors.ts';
import {
  concordance,
  type ConcordanceField,
  type ConcordanceQuery,
  type ConcordanceResult,
} from './concordance.ts';
import { FieldIndex, Vocabulary } from './field-index.ts';
import { lookup, type LookupOptions, type LookupQuery, type TmMatch } from './lookup.ts';
import type { MemoryInfo, MemoryUnit, UnitInput } from './model.ts';
import { createUnit, mergeUnits, sameLanguage } from './units.ts';

/** What {@link TranslationMemory.add} changed: the records to store. */
export interface AddResult {
  /** Units that were not in the memory. */
  readonly added: readonly MemoryUnit[];
  /** Stored units merged with a duplicate (their new state). */
  readonly updated: readonly MemoryUnit[];
}

/** A memory's units and indexes. */
export class TranslationMemory {
  private vocabularyInUse = new Vocabulary();
  private slots: (MemoryUnit | undefined)[] = [];
  private readonly slotById = new Map<string, number>();
  private fields = TranslationMemory.emptyFields(this.vocabularyInUse);
  private dead = 0;

  constructor(readonly info: MemoryInfo) {}

  /** A memory holding `units` (e.g. read back from storage), indexed. */
  static fromUnits(info: MemoryInfo, units: Iterable<UnitInput | MemoryUnit>): TranslationMemory {
    const memory = new TranslationMemory(info);
    memory.add(units);
    return memory;
  }

  /** Number of units. */
  get size(): number {
    return this.slotById.size;
  }

  /** The unit with this id. */
  get(id: string): MemoryUnit | undefined {
    const slot = this.slotById.get(id);
    return slot === undefined ? undefined : this.slots[slot];
  }

  /** Every unit, in the order they were added (a merged unit keeps its place). */
  *units(): IterableIterator<MemoryUnit> {
    for (const unit of this.slots) if (unit) yield unit;
  }

  /**
   * Adds units, merging duplicates (of each other too). Units of another language pair than the
   * memory's are refused: a unit must have the memory's target language, and its source language
   * when it has a source (sameLanguage in units.ts); units stored take the memory's tags.
   *
   * @throws VersoInputError `errors.tmLanguagePair` {unit, pair, memory} before anything is added
   */
  add(inputs: Iterable<UnitInput | MemoryUnit>): AddResult {
    const incoming: MemoryUnit[] = [];
    const { sourceLang, targetLang } = this.info;
    for (const input of inputs) {
      this.checkLanguages(input);
      // One spelling of the pair in a memory (zh and zh-CN agree), so ids do not depend on it.
      incoming.push(createUnit(input, { sourceLang, targetLang }));
    }
    const added = new Map<string, MemoryUnit>();
    const updated = new Map<string, MemoryUnit>();
    for (const unit of incoming) {
      const slot = this.slotById.get(unit.id);
      const stored = slot === undefined ? undefined : this.slots[slot];
      if (slot === undefined || !stored) {
        this.append(unit);
        added.set(unit.id, unit);
        continue;
      }
      const merged = mergeUnits(stored, unit);
      if (merged.mt === stored.mt) this.slots[slot] = merged;
      else {
        // The MT is indexed: the merged unit takes a new slot.
        this.killSlot(slot);
        this.append(merged);
      }
      if (added.has(unit.id)) added.set(unit.id, merged);
      else updated.set(unit.id, merged);
    }
    this.compactIfSparse();
    for (const field of Object.values(this.fields)) field.mergeIfLarge();
    return { added: [...added.values()], updated: [...updated.values()] };
  }

  /** Removes units by id; returns those that were there. */
  remove(ids: Iterable<string>): MemoryUnit[] {
    const removed: MemoryUnit[] = [];
    for (const id of ids) {
      const slot = this.slotById.get(id);
      if (slot === undefined) continue;
      removed.push(this.slots[slot]!);
      this.killSlot(slot);
      this.slotById.delete(id);
    }
    this.compactIfSparse();
    return removed;
  }

  /** Ranked matches for a segment (lookup.ts). */
  lookup(query: LookupQuery, options?: LookupOptions): TmMatch[] {
    return lookup(this.view(), query, options);
  }

  /** Where a word or phrase occurs (concordance.ts). */
  concordance(query: ConcordanceQuery): ConcordanceResult {
    return concordance(this.view(), query);
  }

  private view() {
    const { fields, slots } = this;
    return {
      vocabulary: this.vocabularyInUse,
      field: (name: ConcordanceField) => fields[name],
      unitAt: (slot: number) => slots[slot],
      slotCount: slots.length,
    };
  }

  private append(unit: MemoryUnit): void {
    const slot = this.slots.length;
    this.slots.push(unit);
    this.slotById.set(unit.id, slot);
    this.fields.source.add(slot, unit.source);
    this.fields.mt.add(slot, unit.mt);
    this.fields.target.add(slot, unit.target);
  }

  private killSlot(slot: number): void {
    this.slots[slot] = undefined;
    this.fields.source.kill(slot);
    this.fields.mt.kill(slot);
    this.fields.target.kill(slot);
    this.dead++;
  }

  /** Rebuilds the indexes when more than half the slots are dead. */
  private compactIfSparse(): void {
    if (this.dead * 2 <= this.slots.length || this.dead < 64) return;
    const live = [...this.units()];
    this.vocabularyInUse = new Vocabulary();
    this.fields = TranslationMemory.emptyFields(this.vocabularyInUse);
    this.slots = [];
    this.slotById.clear();
    this.dead = 0;
    for (const unit of live) this.append(unit);
  }

  private checkLanguages(unit: UnitInput | MemoryUnit): void {
    const { sourceLang, targetLang } = this.info;
    const sourceOk = unit.source === undefined || sameLanguage(unit.sourceLang, sourceLang);
    if (sourceOk && sameLanguage(unit.targetLang, targetLang)) return;
    const pair = `${unit.sourceLang} → ${unit.targetLang}`;
    const memory = `${sourceLang} → ${targetLang}`;
    throw new VersoInputError(
      'errors.tmLanguagePair',
      { pair, memory, name: this.info.name },
      `A ${pair} unit cannot go into the translation memory "${this.info.name}" (${memory}).`,
    );
  }

  private static emptyFields(vocabulary: Vocabulary): Record<ConcordanceField, FieldIndex> {
    return {
      source: new FieldIndex(vocabulary, true),
      mt: new FieldIndex(vocabulary, true),
      target: new FieldIndex(vocabulary, false),
    };
  }
}
