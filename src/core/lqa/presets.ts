/**
 * The scorecards Verso ships (issue 15, deliverable 1): MQM Core — the seven dimensions of the MQM Core
 * error typology (themqm.org, "MQM Core": terminology, accuracy, linguistic conventions, style, locale
 * conventions, audience appropriateness, design and markup) with their subtypes — and a compact card
 * of the errors a post-editing review meets most (about a dozen types, as MQM advises for everyday
 * use). Both use MQM's default severities (neutral 0, minor 1, major 5, critical 25 penalty points), a
 * reference word count of 1,000 and a pass threshold of 90 (at most 10 penalty points per 1,000 words:
 * two major errors).
 *
 * Each category names its ITS 2.0 Localization Quality Issue type (for XLIFF 2.1 exchange, see
 * its.ts), following the W3C's LQI ↔ MQM mapping (w3.org/International/its/wiki/LQItoMQM) where it
 * gives one; a subtype without its own takes its dimension's.
 */
import type { LqaCategory, LqaSeverity, Scorecard } from './scorecard.ts';

/** MQM's default severities and their penalty multipliers. */
export const DEFAULT_SEVERITIES: readonly LqaSeverity[] = [
  { id: 'neutral', weight: 0 },
  { id: 'minor', weight: 1 },
  { id: 'major', weight: 5 },
  { id: 'critical', weight: 25 },
];

/** MQM's usual reference word count. */
export const DEFAULT_REFERENCE_WORDS = 1000;

/** The pass threshold of the shipped scorecards. */
export const DEFAULT_PASS_THRESHOLD = 90;

const leaf = (id: string, its?: LqaCategory['its']): LqaCategory =>
  its === undefined ? { id } : { id, its };

/** The MQM Core typology: seven dimensions and their subtypes. */
const MQM_CORE_CATEGORIES: readonly LqaCategory[] = [
  {
    id: 'terminology',
    its: 'terminology',
    children: [
      leaf('termbase'),
      leaf('inconsistent-terminology', 'inconsistency'),
      leaf('wrong-term'),
    ],
  },
  {
    id: 'accuracy',
    its: 'mistranslation',
    children: [
      leaf('mistranslation'),
      leaf('over-translation'),
      leaf('under-translation'),
      leaf('addition', 'addition'),
      leaf('omission', 'omission'),
      leaf('do-not-translate', 'non-conformance'),
      leaf('untranslated', 'untranslated'),
    ],
  },
  {
    id: 'linguistic-conventions',
    its: 'grammar',
    children: [
      leaf('grammar'),
      leaf('punctuation', 'typographical'),
      leaf('spelling', 'misspelling'),
      leaf('unintelligible', 'uncategorized'),
      leaf('character-encoding', 'characters'),
      leaf('textual-conventions', 'typographical'),
    ],
  },
  {
    id: 'style',
    its: 'style',
    children: [
      leaf('organizational-style'),
      leaf('third-party-style'),
      leaf('inconsistent-with-reference', 'inconsistency'),
      leaf('language-register', 'register'),
      leaf('awkward-style'),
      leaf('unidiomatic-style'),
      leaf('inconsistent-style', 'inconsistency'),
    ],
  },
  {
    id: 'locale-conventions',
    its: 'locale-violation',
    children: [
      leaf('number-format'),
      leaf('currency-format'),
      leaf('measurement-format'),
      leaf('time-format'),
      leaf('date-format'),
      leaf('address-format'),
      leaf('telephone-format'),
      leaf('shortcut-key'),
    ],
  },
  {
    id: 'audience-appropriateness',
    its: 'locale-specific-content',
    children: [leaf('culture-specific-reference'), leaf('offensive', 'legal')],
  },
  {
    id: 'design-markup',
    its: 'formatting',
    children: [
      leaf('layout'),
      leaf('markup-tag', 'markup'),
      leaf('truncation', 'length'),
      leaf('missing-text', 'omission'),
      leaf('link', 'markup'),
    ],
  },
];

/** The compact card: the dimensions a post-editing review uses most, with their common subtypes. */
const COMPACT_CATEGORIES: readonly LqaCategory[] = [
  { id: 'terminology', its: 'terminology' },
  {
    id: 'accuracy',
    its: 'mistranslation',
    children: [
      leaf('mistranslation'),
      leaf('omission', 'omission'),
      leaf('addition', 'addition'),
      leaf('untranslated', 'untranslated'),
    ],
  },
  {
    id: 'linguistic-conventions',
    its: 'grammar',
    children: [
      leaf('grammar'),
      leaf('spelling', 'misspelling'),
      leaf('punctuation', 'typographical'),
    ],
  },
  { id: 'style', its: 'style' },
  { id: 'locale-conventions', its: 'locale-violation' },
];

/** The MQM Core scorecard (the default of a new project). */
export const MQM_CORE_SCORECARD: Scorecard = {
  id: 'mqm-core',
  categories: MQM_CORE_CATEGORIES,
  severities: DEFAULT_SEVERITIES,
  referenceWords: DEFAULT_REFERENCE_WORDS,
  passThreshold: DEFAULT_PASS_THRESHOLD,
};

/** The compact scorecard. */
export const COMPACT_SCORECARD: Scorecard = {
  id: 'compact',
  categories: COMPACT_CATEGORIES,
  severities: DEFAULT_SEVERITIES,
  referenceWords: DEFAULT_REFERENCE_WORDS,
  passThreshold: DEFAULT_PASS_THRESHOLD,
};

/** The shipped scorecards, in the order the UI offers them; i18n key `lqa.preset.<id>`. */
export const SCORECARD_PRESETS: readonly Scorecard[] = [MQM_CORE_SCORECARD, COMPACT_SCORECARD];

/** The default scorecard of a project that has none. */
export const DEFAULT_SCORECARD = MQM_CORE_SCORECARD;

/** The shipped scorecard `id`, or `undefined`. */
export function scorecardPreset(id: string): Scorecard | undefined {
  return SCORECARD_PRESETS.find((s) => s.id === id);
}
