/**
 * Filters of logged errors (issue 15): the grid's (which segments hold errors, of one severity or of
 * any) and the Errors panel's (which errors it lists).
 */
import type { LqaError } from './error.ts';
import { subtreeIds, type Scorecard } from './scorecard.ts';

/** Filter value meaning "errors of any severity". */
export const ANY_SEVERITY = 'any';

/** Ids of the segments holding at least one error of severity `severity` (or of any: `any`). */
export function errorSegmentIds(
  errors: readonly Pick<LqaError, 'segmentId' | 'severityId'>[],
  severity: string,
): ReadonlySet<string> {
  return new Set(
    errors
      .filter((e) => severity === ANY_SEVERITY || e.severityId === severity)
      .map((e) => e.segmentId),
  );
}

/**
 * What the Errors panel lists (issue 15, deliverable 2: "errors listed per segment and in a panel with
 * filters"). Each field left out lets every error through.
 */
export interface ErrorListFilter {
  /** A category id: errors of it and of its subtypes (a dimension lists its whole branch). */
  readonly categoryId?: string;
  readonly severityId?: string;
  /** `true`: only errors whose text was deleted; `false`: only errors still on their text. */
  readonly detached?: boolean;
  readonly author?: string;
}

/** The errors `filter` lets through, in their order. */
export function filterErrorList<
  E extends Pick<LqaError, 'categoryId' | 'severityId' | 'author' | 'detached'>,
>(errors: readonly E[], filter: ErrorListFilter, scorecard: Pick<Scorecard, 'categories'>): E[] {
  const categories =
    filter.categoryId === undefined ? undefined : new Set(subtreeIds(scorecard, filter.categoryId));
  return errors.filter(
    (e) =>
      (categories === undefined ||
        categories.has(e.categoryId) ||
        e.categoryId === filter.categoryId) &&
      (filter.severityId === undefined || e.severityId === filter.severityId) &&
      (filter.detached === undefined || (e.detached === true) === filter.detached) &&
      (filter.author === undefined || e.author === filter.author),
  );
}

/** The authors of the errors, each once, in alphabetical order (the panel's author filter). */
export function errorAuthors(errors: readonly Pick<LqaError, 'author'>[]): string[] {
  return [...new Set(errors.map((e) => e.author))].sort((a, b) => a.localeCompare(b));
}
