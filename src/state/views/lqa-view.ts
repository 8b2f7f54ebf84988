/**
 * What the LQA elements show (issue 15), computed from the state with core's functions (elements call
 * the state layer, not core): the live score, the pre-filled category, the category list, names.
 */
import { errorText, sortErrors, type LqaSpan } from '../../core/lqa/error.ts';
import {
  categoryName,
  categoryPathName,
  severityName,
  SHIPPED_CATEGORY_IDS,
  SHIPPED_PRESET_IDS,
  SHIPPED_SEVERITY_IDS,
  type LqaNames,
} from '../../core/lqa/names.ts';
import { prefillCategory } from '../../core/lqa/prefill.ts';
import { flattenCategories, type Scorecard } from '../../core/lqa/scorecard.ts';
import { lqaScore, type LqaScore } from '../../core/lqa/score.ts';
import type { Store } from '../store.ts';
import type { AppState } from '../app-state.ts';

export { categoryName, categoryPathName, errorText, severityName, sortErrors };
export type { LqaScore };

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

/** The scorecard's categories in display order, with their depth in the tree. */
export function categoryOptions(scorecard: Scorecard): { id: string; depth: number }[] {
  return flattenCategories(scorecard).map((p) => ({
    id: p.category.id,
    depth: p.ancestors.length,
  }));
}

/**
 * The category the `Log error` form starts with on `span` of segment `segmentId`: a QA finding's or
 * a classified edit's, else the scorecard's first.
 */
export function prefilledCategory(store: Store, segmentId: string, span?: LqaSpan): string {
  const { segments, lqa, qa } = store.state;
  const segment = segments.find((s) => s.id === segmentId);
  const first = flattenCategories(lqa.scorecard)[0]?.category.id ?? '';
  if (!segment) return first;
  const prefill = prefillCategory({
    scorecard: lqa.scorecard,
    mt: segment.mt,
    text: segment.text,
    ...(span ? { span } : {}),
    findings: qa.findings.filter((f) => f.segmentId === segmentId),
    terms: store.qa.termPairs(),
  });
  return prefill?.categoryId ?? first;
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
