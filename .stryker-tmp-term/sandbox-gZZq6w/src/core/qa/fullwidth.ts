/**
 * `fullwidth`: Chinese (full-width) punctuation in an English target, with the ASCII replacement.
 *
 * Style chosen for the dash (documented in the README): the Chinese dash 破折号 "——" (two em dashes)
 * becomes one em dash "—", and the spaces around it stay as they are. Verso does not add spaces, so a
 * closed Chicago-style dash ("A——B" → "A—B") and the seed's list marker ("—— Policy" → "— Policy") both
 * come out right. The Chinese ellipsis "……" becomes one "…".
 */
// @ts-nocheck

import type { Check } from './check.ts';
import { TextFlags } from '../text/words.ts';

/** Replacements that are not the plain full-width → ASCII shift (U+FF01–FF5E → U+0021–007E). */
const SPECIAL: Readonly<Record<string, string>> = {
  '——': '—',
  '……': '…',
  '\u3000': ' ',
  '、': ',',
  '。': '.',
  '「': '"',
  '」': '"',
  '『': '"',
  '』': '"',
  '《': '"',
  '》': '"',
  '〈': '"',
  '〉': '"',
  '【': '[',
  '】': ']',
  '〔': '(',
  '〕': ')',
  '〖': '[',
  '〗': ']',
};
const PATTERN = /——|……|[\u3000-\u3002\u3008-\u3011\u3014-\u3017\uff01-\uff5e]/g;
/** Punctuation that English follows with a space, and the kind that a space precedes. */
const SPACE_AFTER = new Set([',', '.', ':', ';', '!', '?', ')', ']']);
const SPACE_BEFORE = new Set(['(', '[']);
const WORD_CHAR = /[\p{L}\p{N}]/u;

/** The ASCII (or English) form of a full-width or Chinese punctuation mark. */
export function asciiPunctuation(mark: string): string {
  const special = SPECIAL[mark];
  if (special !== undefined) return special;
  const code = mark.charCodeAt(0);
  return code >= 0xff01 && code <= 0xff5e ? String.fromCharCode(code - 0xfee0) : mark;
}

/**
 * Flags each mark; the suggestion is its ASCII form, with the space English wants where a letter or
 * digit touches it ("A，B" → "A, B", "A（B" → "A (B").
 */
export const fullwidthCheck: Check = {
  id: 'fullwidth',
  run({ scan: { text, flags }, context }, report) {
    if (!context.latinTarget || (flags & TextFlags.NON_ASCII) === 0) return;
    for (const m of text.matchAll(PATTERN)) {
      const start = m.index;
      const end = start + m[0].length;
      const ascii = asciiPunctuation(m[0]);
      let suggestion = ascii;
      if (SPACE_AFTER.has(ascii) && WORD_CHAR.test(text[end] ?? '')) suggestion += ' ';
      if (SPACE_BEFORE.has(ascii) && WORD_CHAR.test(text[start - 1] ?? ''))
        suggestion = ` ${suggestion}`;
      report({
        rule: 'fullwidth',
        severity: 'warning',
        start,
        end,
        suggestion,
        key: 'qa.fullwidth.punctuation',
        params: { mark: m[0], replacement: suggestion },
      });
    }
  },
};
