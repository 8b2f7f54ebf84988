/** Helpers of the translation-memory tests: a memory and its units. */
import { TranslationMemory } from '../../src/core/tm/memory.ts';
import type { MemoryInfo, UnitInput } from '../../src/core/tm/model.ts';
import { newMemory } from '../../src/core/tm/units.ts';

/** An en → zh-CN memory shared by all projects. */
export const EN_ZH: MemoryInfo = newMemory({
  sourceLang: 'en',
  targetLang: 'zh-CN',
  scope: 'shared',
  createdAt: 0,
});

/** A unit to store: an en → zh-CN source and target, stored at `at`. */
export function unit(source: string, target: string, extra: Partial<UnitInput> = {}): UnitInput {
  return {
    sourceLang: 'en',
    targetLang: 'zh-CN',
    source,
    target,
    createdAt: extra.changedAt ?? 1000,
    changedAt: 1000,
    ...extra,
  };
}

/** A memory of `units`. */
export function memoryOf(units: readonly UnitInput[], info: MemoryInfo = EN_ZH): TranslationMemory {
  return TranslationMemory.fromUnits(info, units);
}
