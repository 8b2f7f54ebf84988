/** `cjk`: Chinese, Japanese or Korean characters left in a target written in another script. */
import type { Check } from './check.ts';

/** Cheap test for any character of the CJK blocks, full-width forms and Chinese punctuation. */
export const MAYBE_CJK = /[\u2014\u2026\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef\ud840-\ud87f]/;
const CJK_RUN = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]+/gu;

/**
 * Flags each run of CJK characters (an untranslated name, a website's 备案号) as an error; there is no
 * suggestion, the run needs translating. Only for targets not written in CJK scripts.
 */
export const cjkCheck: Check = {
  id: 'cjk',
  run({ scan: { text }, context }, report) {
    if (!context.latinTarget || !MAYBE_CJK.test(text)) return;
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
