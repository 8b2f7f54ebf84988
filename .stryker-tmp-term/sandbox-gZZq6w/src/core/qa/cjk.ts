/** `cjk`: Chinese, Japanese or Korean characters left in a target written in another script. */
// @ts-nocheck

import type { Check } from './check.ts';
import { TextFlags } from '../text/words.ts';

const CJK_RUN = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]+/gu;

/**
 * Flags each run of CJK characters (an untranslated name, a website's 备案号) as an error; there is no
 * suggestion, the run needs translating. Only for targets not written in CJK scripts.
 */
export const cjkCheck: Check = {
  id: 'cjk',
  run({ scan: { text, flags }, context }, report) {
    if (!context.latinTarget || (flags & TextFlags.NON_ASCII) === 0) return;
    for (const m of text.matchAll(CJK_RUN)) {
      report({
        rule: 'cjk',
        severity: 'error',
        start: m.index,
        end: m.index + m[0].length,
        key: 'qa.cjk.leftover',
        params: { chars: m[0] },
      });
    }
  },
};
