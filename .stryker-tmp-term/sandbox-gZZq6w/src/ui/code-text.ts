// @ts-nocheck
import { html, type TemplateResult } from 'lit';
import { PLACEHOLDER_PATTERN } from '../core/model/inline-codes.ts';
import { withControlMarks } from './control-marks.ts';

/**
 * Text with its inline-code placeholders (⟨1⟩ ⟨/1⟩ ⟨2/⟩) set off as small code chips (class `code`,
 * styled by the host), and bidi controls as visible marks (see control-marks.ts). Everything is a Lit
 * text binding: nothing in the text becomes markup.
 */
export function withCodes(text: string): (string | TemplateResult)[] {
  const parts: (string | TemplateResult)[] = [];
  let last = 0;
  for (const match of text.matchAll(PLACEHOLDER_PATTERN)) {
    const at = match.index ?? 0;
    if (at > last) parts.push(...withControlMarks(text.slice(last, at)));
    parts.push(html`<span class="code">${match[0]}</span>`);
    last = at + match[0].length;
  }
  if (last < text.length) parts.push(...withControlMarks(text.slice(last)));
  return parts;
}
