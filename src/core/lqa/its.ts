/**
 * Errors as ITS 2.0 Localization Quality Issues (W3C ITS 2.0 §8.15; the XLIFF 2.1 ITS module, §5.9),
 * for the XLIFF 2.1 export and import:
 *
 * - type: the category's ITS issue type (presets.ts), inherited from its dimension, else `other`;
 * - severity: ITS wants "a decimal from 0.0 to 100.0, 100 the most severe"; a severity's value is its
 *   penalty multiplier as a share of the scorecard's largest, × 100, to one decimal — MQM's defaults give
 *   neutral 0, minor 4, major 20, critical 100, so another tool reading only the number sees the same
 *   proportions the score uses;
 * - back from a file: the severity whose value is nearest (a tie goes to the more severe), and the
 *   category of the scorecard that best fits the type (its id is the type's name, it names the type
 *   itself, it inherits it, or a close MQM category by {@link FALLBACK}); Verso's own attributes, when
 *   present, give the exact ids instead (formats/xliff2).
 */
import { isItsIssueType, type ItsIssueType } from './its-types.ts';
import { flattenCategories, type LqaCategory, type Scorecard } from './scorecard.ts';

/** The ITS issue type of category `id`: its own, else the nearest ancestor's, else `other`. */
export function itsTypeOf(scorecard: Scorecard, id: string): ItsIssueType {
  const placed = flattenCategories(scorecard).find((p) => p.category.id === id);
  if (!placed) return isItsIssueType(id) ? id : 'other';
  return effectiveType(placed.category, placed.ancestors);
}

function effectiveType(category: LqaCategory, ancestors: readonly LqaCategory[]): ItsIssueType {
  for (const c of [category, ...[...ancestors].reverse()]) if (c.its) return c.its;
  return 'other';
}

/** The ITS severity (0–100) of severity `id`; 0 for an unknown id or a scorecard of zero weights. */
export function itsSeverityOf(scorecard: Scorecard, id: string): number {
  const max = Math.max(0, ...scorecard.severities.map((s) => s.weight));
  const weight = scorecard.severities.find((s) => s.id === id)?.weight ?? 0;
  return max === 0 ? 0 : Math.round((weight / max) * 1000) / 10;
}

/** The severity id nearest to ITS severity `value` (a tie: the more severe). */
export function severityFromIts(scorecard: Scorecard, value: number): string | undefined {
  let best: { id: string; distance: number; its: number } | undefined;
  for (const s of scorecard.severities) {
    const its = itsSeverityOf(scorecard, s.id);
    const distance = Math.abs(its - value);
    if (!best || distance < best.distance || (distance === best.distance && its > best.its))
      best = { id: s.id, distance, its };
  }
  return best?.id;
}

/**
 * MQM categories for ITS types no preset category names: tried in order, the first the scorecard has
 * wins.
 */
const FALLBACK: Readonly<Partial<Record<ItsIssueType, readonly string[]>>> = {
  terminology: ['terminology'],
  mistranslation: ['mistranslation', 'accuracy'],
  omission: ['omission', 'accuracy'],
  untranslated: ['untranslated', 'accuracy'],
  addition: ['addition', 'accuracy'],
  duplication: ['addition', 'accuracy'],
  inconsistency: ['inconsistent-terminology', 'terminology'],
  grammar: ['grammar', 'linguistic-conventions'],
  legal: ['offensive', 'audience-appropriateness'],
  register: ['language-register', 'style'],
  'locale-specific-content': ['culture-specific-reference', 'audience-appropriateness'],
  'locale-violation': ['locale-conventions'],
  style: ['style'],
  characters: ['character-encoding', 'linguistic-conventions'],
  misspelling: ['spelling', 'linguistic-conventions'],
  typographical: ['punctuation', 'linguistic-conventions'],
  formatting: ['layout', 'design-markup'],
  'inconsistent-entities': ['markup-tag', 'design-markup'],
  numbers: ['mistranslation', 'accuracy'],
  markup: ['markup-tag', 'design-markup'],
  'pattern-problem': ['textual-conventions', 'linguistic-conventions'],
  whitespace: ['punctuation', 'linguistic-conventions'],
  internationalization: ['locale-conventions'],
  length: ['truncation', 'design-markup'],
  'non-conformance': ['do-not-translate', 'accuracy'],
  uncategorized: ['unintelligible', 'linguistic-conventions'],
};

/** Where an issue of a type the scorecard has nothing for goes: MQM's most general category. */
const LAST_RESORT: readonly string[] = ['mistranslation', 'accuracy'];

/**
 * The scorecard category that fits ITS type `type` best (see the module comment); accuracy, else the
 * scorecard's first category, when nothing fits (an `other` issue of a foreign tool).
 */
export function categoryFromIts(scorecard: Scorecard, type: string): string | undefined {
  const placed = flattenCategories(scorecard);
  const has = (id: string) => placed.some((p) => p.category.id === id);
  if (has(type)) return type;
  const named = placed.find((p) => p.category.its === type);
  if (named) return named.category.id;
  const inherited = placed.find((p) => effectiveType(p.category, p.ancestors) === type);
  if (inherited) return inherited.category.id;
  const chain = [...((isItsIssueType(type) && FALLBACK[type]) || []), ...LAST_RESORT];
  return chain.find(has) ?? placed[0]?.category.id;
}
