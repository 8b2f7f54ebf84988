/**
 * The names of LQA categories, severities and presets in the UI language (issue 15), as core's
 * `categoryName`/`severityName` and the exports take them (core has no i18next).
 */
import type { TFunction } from 'i18next';
import { isMessageKey } from '../../i18n/keys.ts';
import { lqaNamesBy } from '../../state/views/lqa-view.ts';
import type { LqaNames } from '../../core/lqa/names.ts';

/** Names of every shipped category, severity and preset through `t`. */
export function lqaNames(t: TFunction): LqaNames {
  return lqaNamesBy((key) => (isMessageKey(key) ? t(key) : undefined));
}
