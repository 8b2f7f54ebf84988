// @ts-nocheck
import type { TFunction } from 'i18next';
import { EDIT_KINDS } from '../core/metrics/classify.ts';
import { REPORT_LABELS_EN, type ReportLabels } from '../core/export/report/labels.ts';
import { SEGMENT_STATUSES } from '../core/model/model.ts';

/**
 * The change report's labels in the UI language: `report.<name>` for its own words, the edit kinds and
 * statuses from the keys the app already shows them with. `{{…}}` markers are left for the report to
 * fill (interpolation is skipped here).
 */
export function reportLabels(t: TFunction): ReportLabels {
  const words = Object.fromEntries(
    Object.entries(REPORT_LABELS_EN)
      .filter(([, value]) => typeof value === 'string')
      // Without values i18next leaves the {{…}} markers in place for the report to fill.
      .map(([key]) => [key, t(`report.${key}` as 'report.title')]),
  );
  return {
    ...REPORT_LABELS_EN,
    ...words,
    kinds: Object.fromEntries(
      EDIT_KINDS.map((k) => [k, t(`metrics.kind.${k}`)]),
    ) as ReportLabels['kinds'],
    statuses: Object.fromEntries(
      SEGMENT_STATUSES.map((s) => [s, t(`status.${s}`)]),
    ) as ReportLabels['statuses'],
  };
}
