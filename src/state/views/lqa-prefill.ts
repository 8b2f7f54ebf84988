/**
 * The `Log error` form's starting category (issue 15), apart from the other LQA views: it runs the
 * edit classifier, which the grid, the filter bar and the toolbar's score do not need at start.
 */
import type { LqaSpan } from '../../core/lqa/error.ts';
import { prefillCategory } from '../../core/lqa/prefill.ts';
import { flattenCategories } from '../../core/lqa/scorecard.ts';
import type { Store } from '../store.ts';

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
