/**
 * The category the error form starts with (issue 15, deliverable 2: "a QA finding or an edit already
 * classified (terminology, number, omission…) pre-fills the category"). Each QA rule and edit kind
 * names the MQM categories it is evidence of, most specific first; the first the project's scorecard
 * has is chosen (the compact card has `terminology` but not `termbase`). A rule or kind that says
 * nothing about the error type (an untouched segment, a length outlier, "other" edits) pre-fills
 * nothing.
 */
import { locateEdits, type EditKind, type TermPair } from '../metrics/classify.ts';
import type { Finding } from '../qa/types.ts';
import { wordDiff } from '../text/diff.ts';
import type { LqaSpan } from './error.ts';
import { flattenCategories, type Scorecard } from './scorecard.ts';

/** MQM categories a QA check's finding is evidence of (QA rule ids: see src/core/qa/index.ts). */
export const FINDING_CATEGORIES: Readonly<Record<string, readonly string[]>> = {
  term: ['termbase', 'wrong-term', 'terminology'],
  variant: ['inconsistent-terminology', 'terminology'],
  number: ['mistranslation', 'accuracy'],
  cjk: ['untranslated', 'accuracy'],
  fullwidth: ['punctuation', 'linguistic-conventions'],
  spelling: ['spelling', 'linguistic-conventions'],
  name: ['spelling', 'linguistic-conventions'],
  'repeated-word': ['grammar', 'linguistic-conventions'],
  'repeated-phrase': ['awkward-style', 'style'],
  unbalanced: ['punctuation', 'linguistic-conventions'],
  spacing: ['punctuation', 'linguistic-conventions'],
  placeholder: ['markup-tag', 'design-markup'],
};

/** MQM categories an edit kind (src/core/metrics/classify.ts) is evidence of. */
export const EDIT_KIND_CATEGORIES: Readonly<Record<EditKind, readonly string[]>> = {
  terminology: ['termbase', 'wrong-term', 'terminology'],
  number: ['mistranslation', 'accuracy'],
  // The MT left words out and the reviewer added them back: the MT omitted them.
  omission: ['omission', 'accuracy'],
  // The MT added words the reviewer removed.
  addition: ['addition', 'accuracy'],
  punctuation: ['punctuation', 'linguistic-conventions'],
  // MQM files capitalisation under spelling.
  capitalisation: ['spelling', 'linguistic-conventions'],
  'word-order': ['grammar', 'linguistic-conventions'],
  other: [],
};

function firstIn(
  scorecard: Scorecard,
  candidates: readonly string[] | undefined,
): string | undefined {
  if (!candidates || candidates.length === 0) return undefined;
  const ids = new Set(flattenCategories(scorecard).map((p) => p.category.id));
  return candidates.find((id) => ids.has(id));
}

/** The category a finding of QA rule `rule` suggests, if the scorecard has one. */
export function categoryForFinding(scorecard: Scorecard, rule: string): string | undefined {
  return firstIn(scorecard, FINDING_CATEGORIES[rule]);
}

/** The category an edit of kind `kind` suggests, if the scorecard has one. */
export function categoryForEditKind(scorecard: Scorecard, kind: EditKind): string | undefined {
  return firstIn(scorecard, EDIT_KIND_CATEGORIES[kind]);
}

/** Where a pre-filled category came from. */
export type PrefillSource =
  | { readonly kind: 'finding'; readonly rule: string; readonly findingId: string }
  | { readonly kind: 'edit'; readonly edit: EditKind };

/** What the error form is opened on. */
export interface PrefillInput {
  readonly scorecard: Scorecard;
  /** The segment's MT and current text. */
  readonly mt: string;
  readonly text: string;
  /** The selection in the text; absent for the whole segment. */
  readonly span?: LqaSpan;
  /** The segment's QA findings still open (the QA panel's, or the live check's). */
  readonly findings?: readonly Pick<Finding, 'id' | 'rule' | 'start' | 'end'>[];
  /** Term rules and learned fixes, so that a term replacement classifies as terminology. */
  readonly terms?: readonly TermPair[];
}

/**
 * The category to pre-fill for an error on `span` (or the whole segment): a QA finding that overlaps
 * it (or touches it, for a point) comes first — the check's evidence is the most specific — then a
 * classified edit of the MT that overlaps it, the one overlapping most. `undefined` when nothing
 * suggests a category the scorecard has.
 */
export function prefillCategory(
  input: PrefillInput,
): { readonly categoryId: string; readonly source: PrefillSource } | undefined {
  const { scorecard, span } = input;
  const range = span ?? { start: 0, end: input.text.length };
  for (const f of input.findings ?? []) {
    if (!touches(range, f)) continue;
    const categoryId = categoryForFinding(scorecard, f.rule);
    if (categoryId)
      return { categoryId, source: { kind: 'finding', rule: f.rule, findingId: f.id } };
  }
  if (input.mt === input.text) return undefined;
  const edits = locateEdits(
    wordDiff(input.mt, input.text),
    input.terms ? { terms: input.terms } : {},
  );
  let best: { categoryId: string; kind: EditKind; overlap: number } | undefined;
  for (const e of edits) {
    const place = { start: e.finalStart, end: e.finalEnd };
    if (!touches(range, place)) continue;
    const categoryId = categoryForEditKind(scorecard, e.kind);
    if (!categoryId) continue;
    const overlap = Math.min(range.end, place.end) - Math.max(range.start, place.start);
    if (!best || overlap > best.overlap) best = { categoryId, kind: e.kind, overlap };
  }
  return best && { categoryId: best.categoryId, source: { kind: 'edit', edit: best.kind } };
}

/** True when two ranges share text, or a point lies within (or at an edge of) the other. */
function touches(a: LqaSpan, b: LqaSpan): boolean {
  if (a.start === a.end || b.start === b.end) return a.start <= b.end && b.start <= a.end;
  return a.start < b.end && b.start < a.end;
}
