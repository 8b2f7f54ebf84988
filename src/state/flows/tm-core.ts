/**
 * The translation-memory code the main thread needs (issue 16), in one module loaded on first use:
 * the units of confirmed segments, the lookup of the current one, term recognition and term rules
 * from concordance hits. The memory and its indexes live in the TM worker.
 */
export { lookupQueryFor, unitFromSegment } from '../../core/tm/from-segments.ts';
export { recognizeTerms } from '../../core/tm/recognize-terms.ts';
export { termRuleFromConcordance } from '../../core/tm/term-rule.ts';
export { newMemory } from '../../core/tm/units.ts';
