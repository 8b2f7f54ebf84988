/**
 * The names of categories, severities and presets in the exports (the change report's LQA section, the
 * Word review copy's comments, the error table). Core has no i18next: the app passes the names of the
 * UI language (i18n keys `lqa.category.<id>`, `lqa.severity.<id>`, `lqa.preset.<id>`), the CLI and
 * tests use {@link LQA_NAMES_EN}, which a test keeps equal to en.json's. A category with a `name` of
 * its own (renamed in the scorecard editor, or one of an imported scorecard) shows it; one the names
 * do not know and without a name shows its id.
 */
import type { LqaError } from './error.ts';
import { SCORECARD_PRESETS } from './presets.ts';
import { flattenCategories, type Scorecard } from './scorecard.ts';

/** Display names by id. */
export interface LqaNames {
  readonly categories: Readonly<Record<string, string>>;
  readonly severities: Readonly<Record<string, string>>;
  readonly presets: Readonly<Record<string, string>>;
}

/** English names of the shipped categories, severities and presets. */
export const LQA_NAMES_EN: LqaNames = {
  categories: {
    terminology: 'Terminology',
    termbase: 'Inconsistent with termbase',
    'inconsistent-terminology': 'Inconsistent use of terminology',
    'wrong-term': 'Wrong term',
    accuracy: 'Accuracy',
    mistranslation: 'Mistranslation',
    'over-translation': 'Over-translation',
    'under-translation': 'Under-translation',
    addition: 'Addition',
    omission: 'Omission',
    'do-not-translate': 'Do not translate',
    untranslated: 'Untranslated',
    'linguistic-conventions': 'Linguistic conventions',
    grammar: 'Grammar',
    punctuation: 'Punctuation',
    spelling: 'Spelling',
    unintelligible: 'Unintelligible',
    'character-encoding': 'Character encoding',
    'textual-conventions': 'Textual conventions',
    style: 'Style',
    'organizational-style': 'Organizational style',
    'third-party-style': 'Third-party style',
    'inconsistent-with-reference': 'Inconsistent with external reference',
    'language-register': 'Language register',
    'awkward-style': 'Awkward style',
    'unidiomatic-style': 'Unidiomatic style',
    'inconsistent-style': 'Inconsistent style',
    'locale-conventions': 'Locale conventions',
    'number-format': 'Number format',
    'currency-format': 'Currency format',
    'measurement-format': 'Measurement format',
    'time-format': 'Time format',
    'date-format': 'Date format',
    'address-format': 'Address format',
    'telephone-format': 'Telephone format',
    'shortcut-key': 'Shortcut key',
    'audience-appropriateness': 'Audience appropriateness',
    'culture-specific-reference': 'Culture-specific reference',
    offensive: 'Offensive',
    'design-markup': 'Design and markup',
    layout: 'Layout',
    'markup-tag': 'Markup tag',
    truncation: 'Truncation or text expansion',
    'missing-text': 'Missing text',
    link: 'Link or cross-reference',
  },
  severities: { neutral: 'Neutral', minor: 'Minor', major: 'Major', critical: 'Critical' },
  presets: { 'mqm-core': 'MQM Core', compact: 'Compact' },
};

/** The ids of every category of the shipped scorecards (each has an `lqa.category.<id>` key). */
export const SHIPPED_CATEGORY_IDS: readonly string[] = [
  ...new Set(SCORECARD_PRESETS.flatMap((s) => flattenCategories(s).map((p) => p.category.id))),
];

/** The ids of the shipped severities (each has an `lqa.severity.<id>` key). */
export const SHIPPED_SEVERITY_IDS: readonly string[] = [
  ...new Set(SCORECARD_PRESETS.flatMap((s) => s.severities.map((v) => v.id))),
];

/** The ids of the shipped scorecards (each has an `lqa.preset.<id>` key). */
export const SHIPPED_PRESET_IDS: readonly string[] = SCORECARD_PRESETS.map((s) => s.id);

/**
 * The name of category `id`: the scorecard's own (a reviewer renamed it, or defined it in an imported
 * card), else the names' (a shipped category, in the UI language), else the id.
 */
export function categoryName(scorecard: Scorecard, id: string, names = LQA_NAMES_EN): string {
  return (
    flattenCategories(scorecard).find((p) => p.category.id === id)?.category.name ??
    names.categories[id] ??
    id
  );
}

/** The category with its dimension: "Accuracy/Mistranslation" (a dimension alone: "Accuracy"). */
export function categoryPathName(scorecard: Scorecard, id: string, names = LQA_NAMES_EN): string {
  const placed = flattenCategories(scorecard).find((p) => p.category.id === id);
  const ids = placed ? [...placed.ancestors.map((a) => a.id), id] : [id];
  return ids.map((c) => categoryName(scorecard, c, names)).join('/');
}

/** The name of severity `id`. */
export function severityName(scorecard: Scorecard, id: string, names = LQA_NAMES_EN): string {
  return names.severities[id] ?? scorecard.severities.find((s) => s.id === id)?.name ?? id;
}

/** The name of a scorecard: its preset's, else its own, else its id. */
export function scorecardName(scorecard: Scorecard, names = LQA_NAMES_EN): string {
  return names.presets[scorecard.id] ?? scorecard.name ?? scorecard.id;
}

/**
 * The label an export puts before an error's comment: "Major · Accuracy/Mistranslation" (the Word
 * review copy writes "[Major · Accuracy/Mistranslation] comment").
 */
export function errorLabel(
  error: Pick<LqaError, 'categoryId' | 'severityId'>,
  scorecard: Scorecard,
  names = LQA_NAMES_EN,
): string {
  return `${severityName(scorecard, error.severityId, names)} · ${categoryPathName(scorecard, error.categoryId, names)}`;
}
