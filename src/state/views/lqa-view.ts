/**
 * What the LQA elements show (issue 15), computed from the state with core's functions (elements call
 * the state layer, not core): the live score, the pre-filled category, the category list, names.
 */
import { errorText, sortErrors } from '../../core/lqa/error.ts';
import {
  ANY_SEVERITY,
  errorAuthors,
  filterErrorList,
  type ErrorListFilter,
} from '../../core/lqa/error-filter.ts';
import {
  categoryName,
  categoryPathName,
  scorecardName,
  severityName,
  SHIPPED_CATEGORY_IDS,
  SHIPPED_PRESET_IDS,
  SHIPPED_SEVERITY_IDS,
  type LqaNames,
} from '../../core/lqa/names.ts';
import { flattenCategories, type Scorecard } from '../../core/lqa/scorecard.ts';
import { lqaScore, primeWordCounts, type LqaScore } from '../../core/lqa/score.ts';
import type { AppState } from '../app-state.ts';

export {
  categoryName,
  categoryPathName,
  errorAuthors,
  errorText,
  filterErrorList,
  scorecardName,
  severityName,
  sortErrors,
  ANY_SEVERITY,
};
export type { ErrorListFilter, LqaScore };

/** The live score of the open project (core's MQM score). */
export function scoreOfState(state: Pick<AppState, 'segments' | 'lqa' | 'project'>): LqaScore {
  const { segments, lqa, project } = state;
  return lqaScore({
    segments,
    errors: lqa.errors,
    scorecard: lqa.scorecard,
    targetLang: project?.targetLang ?? 'en',
  });
}

/** Segments counted between two yields by {@link countWordsSoon}. */
const COUNT_SLICE = 2000;

/**
 * Counts the words of the open project for its score in slices, yielding between them, so that the
 * next {@link scoreOfState} finds them counted: a project just opened is 1M words to count (≈ 100 ms
 * in one task, which delayed its first rows). Stops early when another project is opened.
 */
export async function countWordsSoon(
  current: () => Pick<AppState, 'segments' | 'project'>,
): Promise<void> {
  const { segments, project } = current();
  const targetLang = project?.targetLang ?? 'en';
  for (let from = 0; from < segments.length; from += COUNT_SLICE) {
    await new Promise((resolve) => setTimeout(resolve));
    if (current().project?.id !== project?.id) return;
    primeWordCounts(segments.slice(from, from + COUNT_SLICE), targetLang);
  }
}

/** The scorecard's categories in display order, with their depth in the tree. */
export function categoryOptions(scorecard: Scorecard): { id: string; depth: number }[] {
  return flattenCategories(scorecard).map((p) => ({
    id: p.category.id,
    depth: p.ancestors.length,
  }));
}

/** Names of the shipped categories, severities and presets through `translate` (the UI's `t`). */
export function lqaNamesBy(translate: (key: string) => string | undefined): LqaNames {
  const of = (ids: readonly string[], prefix: string) =>
    Object.fromEntries(
      ids.flatMap((id) => {
        const name = translate(`${prefix}.${id}`);
        return name ? [[id, name]] : [];
      }),
    );
  return {
    categories: of(SHIPPED_CATEGORY_IDS, 'lqa.category'),
    severities: of(SHIPPED_SEVERITY_IDS, 'lqa.severity'),
    presets: of(SHIPPED_PRESET_IDS, 'lqa.preset'),
  };
}
