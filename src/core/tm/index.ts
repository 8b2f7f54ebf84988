/**
 * Translation memory and concordance (issue 16): what the app's worker, panels and dialogs and the
 * CLI use. See memory.ts (the memory and its indexes), lookup.ts and score.ts (matches),
 * concordance.ts, recognize-terms.ts, from-segments.ts (what the app stores and looks up),
 * tmx-read.ts / tmx-write.ts (TMX 1.4b) and memory-file.ts (the CLI's memory folder).
 */
export type {
  KeyField,
  MemoryInfo,
  MemoryScope,
  MemoryUnit,
  UnitContext,
  UnitInput,
} from './model.ts';
export { keyOf } from './model.ts';
export { createUnit, memoryId, mergeUnits, newMemory, sameLanguage, unitId } from './units.ts';
export { TranslationMemory, type AddResult } from './memory.ts';
export {
  DEFAULT_LIMIT,
  DEFAULT_THRESHOLD,
  lookup,
  type LookupOptions,
  type LookupQuery,
  type MatchKind,
  type TmMatch,
} from './lookup.ts';
export {
  MATCH_PENALTIES,
  scoreMatch,
  type MatchDifference,
  type MatchPenalties,
  type MatchScore,
  type Substitution,
} from './score.ts';
export {
  CONCORDANCE_FIELDS,
  DEFAULT_CONCORDANCE_LIMIT,
  concordance,
  type ConcordanceField,
  type ConcordanceHit,
  type ConcordanceQuery,
  type ConcordanceResult,
  type TextSpan,
} from './concordance.ts';
export {
  recognizeTerms,
  termRecognizer,
  type RecognitionInput,
  type RecognizedForm,
  type RecognizedTerm,
  type TermRecognizer,
} from './recognize-terms.ts';
export { termRuleFromConcordance, type TermChoice } from './term-rule.ts';
export {
  MEMORY_STATUSES,
  lookupQueryFor,
  unitFromSegment,
  unitsFromSegments,
  type SegmentUnitOptions,
} from './from-segments.ts';
export {
  importTmxMemory,
  parseTmxDate,
  readTmxMemory,
  type TmxMemoryImport,
  type TmxMemoryOptions,
} from './tmx-read.ts';
export { memoryToTmx } from './tmx-write.ts';
export {
  MANIFEST_FILE,
  MEMORY_FORMAT,
  MEMORY_FORMAT_VERSION,
  UNITS_FILE,
  manifestJson,
  parseManifest,
  parseUnitsJsonl,
  unitsJsonl,
  type MemoryManifest,
} from './memory-file.ts';
