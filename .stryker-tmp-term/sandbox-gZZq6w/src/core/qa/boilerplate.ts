/**
 * `boilerplate`: segments that look like website or letterhead furniture rather than text to review —
 * addresses, telephone and fax numbers, postcodes, e-mail addresses, copyright lines, China's ICP
 * licence numbers (备案号), like the seed's first three paragraphs. `info`: the reviewer may want to set
 * them to "excluded" so they stay out of the edition.
 */
// @ts-nocheck

import type { Check } from './check.ts';
import { TextFlags } from '../text/words.ts';

/** Longer segments are prose that may mention a phone number; only short ones are furniture. */
const MAX_WORDS = 40;

/** Kinds, in the order tried; each finding names its kind (`qa.boilerplate.<kind>`). */
const PATTERNS: readonly (readonly [kind: string, pattern: RegExp, anyLength: boolean])[] = [
  [
    'icp',
    /ICP\s*[备證证]|\bICP\s*(?:licen[cs]e|filing|No\.?)|备案号|[京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼]ICP/i,
    true,
  ],
  ['copyright', /©|\(c\)\s*\d{4}|\bcopyright\b|\ball rights reserved\b|版权所有/i, true],
  [
    'phone',
    /\b(?:tel|telephone|phone|fax|mobile|hotline)\b\.?\s*[:：]?\s*\+?\(?\d[\d\s()-]{5,}\d|电话|传真/i,
    false,
  ],
  [
    'postcode',
    /\b(?:zip|postal|post)\s*code\s*[:：]?\s*[A-Z\d][A-Z\d -]{2,8}|邮编|邮政编码/i,
    false,
  ],
  [
    'address',
    /^\s*(?:address|addr|add)\s*[:：]|\b\d+[A-Za-z]?\s+(?:[A-Z][\w-]*\s+){1,4}(?:Street|St\.|Road|Rd\.|Avenue|Ave\.|Lane|Boulevard|Blvd\.)(?=[\s,.]|$)|地址[:：]/,
    false,
  ],
  ['email', /\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b/, false],
];

/** One finding per segment: the earliest match, so the span points at what gave it away. */
export const boilerplateCheck: Check = {
  id: 'boilerplate',
  run({ scan: { text, words, flags } }, report) {
    const short = words.length <= MAX_WORDS;
    // A long segment can only match the ICP and copyright kinds, which need one of the hint words
    // (ICP, copyright, reserved, c) or a non-ASCII character (©, 备案, 版权): the scanner saw if it has.
    if (!short && (flags & (TextFlags.NON_ASCII | TextFlags.HINT_WORD)) === 0) return;
    let best: { kind: string; start: number; end: number } | undefined;
    for (const [kind, pattern, anyLength] of PATTERNS) {
      if (!short && !anyLength) continue;
      const m = pattern.exec(text);
      if (m && (!best || m.index < best.start))
        best = { kind, start: m.index, end: m.index + m[0].length };
    }
    if (!best) return;
    report({
      rule: 'boilerplate',
      severity: 'info',
      start: best.start,
      end: best.end,
      key: `qa.boilerplate.${best.kind}`,
    });
  },
};
