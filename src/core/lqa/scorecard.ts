/**
 * The scorecard of a quality assessment (issue 15, deliverable 1): an error typology (categories as a
 * tree — MQM's dimensions with their subtypes), severities with their penalty multipliers, the reference
 * word count and the pass threshold. Ids are stable and language-neutral: the UI shows a category as
 * `t('lqa.category.<id>')` (a severity as `lqa.severity.<id>`, a preset as `lqa.preset.<id>`); a category
 * a reviewer defined in an imported scorecard has no key and carries its own `name`.
 *
 * MQM: Multidimensional Quality Metrics, the MQM Core typology (themqm.org, "MQM Core" error typology)
 * and its scoring model (see score.ts).
 */
import type { ItsIssueType } from './its-types.ts';

/** One error type: a dimension of the typology, or a subtype of one. */
export interface LqaCategory {
  /** Unique in the whole scorecard (not just among siblings): `[a-z0-9][a-z0-9-]*`. */
  readonly id: string;
  /** Display name for a category without an i18n key (one defined in an imported scorecard). */
  readonly name?: string;
  /**
   * Error type weight of the MQM scoring model (the penalty of an error is the type weight times its
   * severity's multiplier); 1 when absent, as in MQM's default (unweighted) scorecards.
   */
  readonly weight?: number;
  /** ITS 2.0 Localization Quality Issue type of this category; the parent's when absent. */
  readonly its?: ItsIssueType;
  readonly children?: readonly LqaCategory[];
}

/** How bad an error is, and the penalty points it costs (its multiplier). */
export interface LqaSeverity {
  /** `[a-z0-9][a-z0-9-]*`, unique among the severities (`neutral`, `minor`, `major`, `critical`). */
  readonly id: string;
  readonly name?: string;
  /** Penalty points per error (MQM's severity multiplier), 0 or more. */
  readonly weight: number;
}

/** A scorecard: typology, severities, reference word count, pass threshold. */
export interface Scorecard {
  /** Language-neutral id: a preset's (`mqm-core`, `compact`) or the reviewer's own. */
  readonly id: string;
  /** Display name for a scorecard that is no preset. */
  readonly name?: string;
  /** The dimensions, each with its subtypes, in display order. */
  readonly categories: readonly LqaCategory[];
  /** In display order, least severe first. */
  readonly severities: readonly LqaSeverity[];
  /** MQM's Reference Word Count: the penalty total is normed to this many words (1,000). */
  readonly referenceWords: number;
  /** The lowest score that passes (inclusive), on the 100-point scale. */
  readonly passThreshold: number;
}

/** A category with where it sits in the tree: its ancestors, from the dimension down. */
export interface PlacedCategory {
  readonly category: LqaCategory;
  /** The categories above it, dimension first (empty for a dimension). */
  readonly ancestors: readonly LqaCategory[];
}

/** Every category of the scorecard in display order (depth first), with its ancestors. */
export function flattenCategories(scorecard: Pick<Scorecard, 'categories'>): PlacedCategory[] {
  const out: PlacedCategory[] = [];
  const walk = (list: readonly LqaCategory[], ancestors: readonly LqaCategory[]) => {
    for (const category of list) {
      out.push({ category, ancestors });
      if (category.children) walk(category.children, [...ancestors, category]);
    }
  };
  walk(scorecard.categories, []);
  return out;
}

/** Categories by id, with their ancestors (built once per scorecard by callers that look up many). */
export function categoryIndex(
  scorecard: Pick<Scorecard, 'categories'>,
): ReadonlyMap<string, PlacedCategory> {
  return new Map(flattenCategories(scorecard).map((p) => [p.category.id, p]));
}

/** The category `id` and its ancestors, or `undefined` when the scorecard has none of that id. */
export function findCategory(
  scorecard: Pick<Scorecard, 'categories'>,
  id: string,
): PlacedCategory | undefined {
  return flattenCategories(scorecard).find((p) => p.category.id === id);
}

/** The ids of category `id` and all its subtypes (empty when the scorecard has no such category). */
export function subtreeIds(scorecard: Pick<Scorecard, 'categories'>, id: string): string[] {
  const placed = findCategory(scorecard, id);
  if (!placed) return [];
  return [
    id,
    ...flattenCategories({ categories: placed.category.children ?? [] }).map((p) => p.category.id),
  ];
}

/** The ids from the dimension down to the category (`['accuracy', 'mistranslation']`), or `[id]`. */
export function categoryPath(scorecard: Pick<Scorecard, 'categories'>, id: string): string[] {
  const placed = findCategory(scorecard, id);
  return placed ? [...placed.ancestors.map((a) => a.id), id] : [id];
}

/** The severity `id`, or `undefined`. */
export function findSeverity(
  scorecard: Pick<Scorecard, 'severities'>,
  id: string,
): LqaSeverity | undefined {
  return scorecard.severities.find((s) => s.id === id);
}

/** The error type weight of a category: its own, else 1 (MQM's default). */
export function categoryWeight(category: LqaCategory | undefined): number {
  return category?.weight ?? 1;
}
