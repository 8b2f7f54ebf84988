/**
 * `placeholder`: inline codes (⟨1⟩ … ⟨/1⟩, ⟨2/⟩; see inline-codes.ts) missing from the correction,
 * added to it, broken by an edit, or a paired code closed before it opens. Compared with the MT, which
 * carries the file's codes; an error, since export cannot rebuild the markup without them.
 */
// @ts-nocheck

import { CODE_CLOSE, CODE_OPEN, PLACEHOLDER_PATTERN } from '../model/inline-codes.ts';
import type { Check, Report } from './check.ts';
import { TextFlags } from '../text/words.ts';

interface Placed {
  readonly code: string;
  readonly start: number;
}

function placed(text: string): Placed[] {
  return [...text.matchAll(PLACEHOLDER_PATTERN)].map((m) => ({ code: m[0], start: m.index }));
}

/** Flags extra codes (suggestion: delete), missing ones (empty span at 0), broken and misordered ones. */
export const placeholderCheck: Check = {
  id: 'placeholder',
  run({ segment, scan: { text, flags, protectedSpans } }, report) {
    const mt = segment.mt;
    const bracket = (s: string) => s.includes(CODE_OPEN) || s.includes(CODE_CLOSE);
    // A placeholder is a protected span, a stray bracket a non-ASCII character: the scanner saw both.
    const textMay = protectedSpans.length > 0 || (flags & TextFlags.NON_ASCII) !== 0;
    if ((!textMay || !bracket(text)) && (mt === text || !bracket(mt))) return;
    const inText = placed(text);
    const expected = new Map<string, number>();
    for (const { code } of placed(mt)) expected.set(code, (expected.get(code) ?? 0) + 1);
    // Extra: beyond the MT's count of that code (the later copies are the extra ones).
    const seen = new Map<string, number>();
    for (const p of inText) {
      const count = (seen.get(p.code) ?? 0) + 1;
      seen.set(p.code, count);
      if (count <= (expected.get(p.code) ?? 0)) continue;
      report({
        rule: 'placeholder',
        severity: 'error',
        start: p.start,
        end: p.start + p.code.length,
        suggestion: '',
        key: 'qa.placeholder.extra',
        params: { code: p.code },
      });
    }
    for (const [code, count] of expected) {
      for (let k = seen.get(code) ?? 0; k < count; k++) {
        report({
          rule: 'placeholder',
          severity: 'error',
          start: 0,
          end: 0,
          key: 'qa.placeholder.missing',
          params: { code },
          discriminator: `${code}#${k}`,
        });
      }
    }
    reportBroken(text, report);
    reportOrder(inText, report);
  },
};

/** Brackets left from a placeholder an edit cut into (`⟨1` after deleting the closing bracket). */
function reportBroken(text: string, report: Report): void {
  const whole = new Set<number>();
  for (const m of text.matchAll(PLACEHOLDER_PATTERN))
    for (let i = m.index; i < m.index + m[0].length; i++) whole.add(i);
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if ((ch !== CODE_OPEN && ch !== CODE_CLOSE) || whole.has(i)) continue;
    report({
      rule: 'placeholder',
      severity: 'error',
      start: i,
      end: i + 1,
      key: 'qa.placeholder.broken',
    });
  }
}

/** A closing ⟨/n⟩ before its opening ⟨n⟩: the pair's markup would come out inside out. */
function reportOrder(inText: readonly Placed[], report: Report): void {
  const opened = new Set<string>();
  for (const p of inText) {
    const m = /^\u27E8(\/?)(\d+)\u27E9$/.exec(p.code);
    if (!m) continue;
    if (m[1] === '') opened.add(m[2]!);
    else if (
      !opened.has(m[2]!) &&
      inText.some((q) => q.code === `${CODE_OPEN}${m[2]}${CODE_CLOSE}`)
    ) {
      report({
        rule: 'placeholder',
        severity: 'error',
        start: p.start,
        end: p.start + p.code.length,
        key: 'qa.placeholder.order',
        params: { code: p.code },
      });
    }
  }
}
