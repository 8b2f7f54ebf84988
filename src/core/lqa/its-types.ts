/**
 * The issue types of the W3C Internationalization Tag Set 2.0, Localization Quality Issue data
 * category (ITS 2.0 §8.15, "locQualityIssueType" values; the same list as the `issueType` type of the
 * XLIFF 2.1 ITS module schema, its.xsd). An exchanged issue must use one of these.
 */
export const ITS_ISSUE_TYPES = [
  'terminology',
  'mistranslation',
  'omission',
  'untranslated',
  'addition',
  'duplication',
  'inconsistency',
  'grammar',
  'legal',
  'register',
  'locale-specific-content',
  'locale-violation',
  'style',
  'characters',
  'misspelling',
  'typographical',
  'formatting',
  'inconsistent-entities',
  'numbers',
  'markup',
  'pattern-problem',
  'whitespace',
  'internationalization',
  'length',
  'non-conformance',
  'uncategorized',
  'other',
] as const;

/** An ITS 2.0 Localization Quality Issue type. */
export type ItsIssueType = (typeof ITS_ISSUE_TYPES)[number];

/** True when `value` is an ITS 2.0 Localization Quality Issue type. */
export function isItsIssueType(value: string): value is ItsIssueType {
  return (ITS_ISSUE_TYPES as readonly string[]).includes(value);
}
