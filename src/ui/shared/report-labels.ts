import type { TFunction } from 'i18next';
import { EDIT_KINDS } from '../../core/metrics/classify.ts';
import { REPORT_LABELS_EN, type ReportLabels } from '../../core/export/report/labels.ts';
import { SEGMENT_STATUSES } from '../../core/model/model.ts';
import { isMessageKey, messageKey } from '../../i18n/keys.ts';

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
      .map(([key]) => [key, t(messageKey(`report.${key}`, 'report.title'))]),
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
    // The QA table names severities and checks as the QA panel does (issue 11 item 10).
    severities: {
      error: t('qa.severity.error'),
      warning: t('qa.severity.warning'),
      info: t('qa.severity.info'),
    },
    rules: Object.fromEntries(
      Object.entries(REPORT_LABELS_EN.rules).map(([rule, english]) => {
        const key = `qa.rule.${rule}`;
        return [rule, isMessageKey(key) ? t(key) : english];
      }),
    ),
  };
}
