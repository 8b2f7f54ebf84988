/** `spacing`: doubled spaces between words, and spaces at the start or end of a segment. */
// @ts-nocheck

import type { Check } from './check.ts';
import { TextFlags } from '../text/words.ts';

/** Spaces and tabs (not line breaks: a paragraph may keep its line breaks). */
const DOUBLED = /(?<=\S)[ \t\u00a0]{2,}(?=\S)/g;
const EDGE = /[ \t\u00a0]/;
const LEADING = /^[ \t\u00a0]+/;
const TRAILING = /[ \t\u00a0]+$/;

/** Suggests one space for a run, nothing for edge spaces. */
export const spacingCheck: Check = {
  id: 'spacing',
  run({ scan: { text, flags } }, report) {
    // The scanner saw whether any space is doubled, at an end, or other than " ".
    if ((flags & TextFlags.UNNORMALISED_SPACE) === 0) return;
    const leading = EDGE.test(text[0] ?? '') ? LEADING.exec(text) : null;
    if (leading) {
      report({
        rule: 'spacing',
        severity: 'warning',
        start: 0,
        end: leading[0].length,
        suggestion: '',
        key: 'qa.spacing.leading',
      });
    }
    if (text.includes('  ') || text.includes('\t') || text.includes('\u00a0')) {
      for (const m of text.matchAll(DOUBLED)) {
        report({
          rule: 'spacing',
          severity: 'warning',
          start: m.index,
          end: m.index + m[0].length,
          suggestion: ' ',
          key: 'qa.spacing.doubled',
          params: { count: m[0].length },
        });
      }
    }
    const trailing =
      leading?.[0].length === text.length || !EDGE.test(text.at(-1) ?? '')
        ? null
        : TRAILING.exec(text);
    if (trailing) {
      report({
        rule: 'spacing',
        severity: 'warning',
        start: trailing.index,
        end: text.length,
        suggestion: '',
        key: 'qa.spacing.trailing',
      });
    }
  },
};
