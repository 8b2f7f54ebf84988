/**
 * `untouched`: a segment still exactly as the MT left it and not yet confirmed (status new or edited
 * back to the MT): not an error, but the review queue puts it before confirmed ones.
 */
// @ts-nocheck

import type { Check } from './check.ts';

/** Flags the whole segment, as `info`; nothing to click: reviewing it is the fix. */
export const untouchedCheck: Check = {
  id: 'untouched',
  run({ segment }, report) {
    if (segment.text !== segment.mt || segment.mt === '') return;
    if (segment.status !== 'new' && segment.status !== 'edited') return;
    report({
      rule: 'untouched',
      severity: 'info',
      start: 0,
      end: segment.text.length,
      key: 'qa.untouched.unreviewed',
    });
  },
};
