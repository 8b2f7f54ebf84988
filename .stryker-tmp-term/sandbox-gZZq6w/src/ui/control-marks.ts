// @ts-nocheck
import { css, html, type TemplateResult } from 'lit';

/** Bidi embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069). */
const BIDI_CONTROL = /[\u202A-\u202E\u2066-\u2069]/g;

/**
 * Text with its bidirectional controls shown as marks such as `[U+202E]` instead of acting on the
 * display (issue 6; the "Trojan Source" reordering, CVE-2021-42574): a reviewer sees what the text
 * says, in its logical order. The same marks as the HTML exports (core/export/html-text.ts). The text
 * stays Lit text bindings: nothing in it becomes markup. The editor (a textarea) keeps the characters.
 */
export function withControlMarks(text: string): (string | TemplateResult)[] {
  if (!BIDI_CONTROL.test(text)) return [text];
  BIDI_CONTROL.lastIndex = 0;
  const parts: (string | TemplateResult)[] = [];
  let last = 0;
  for (const match of text.matchAll(BIDI_CONTROL)) {
    const at = match.index ?? 0;
    if (at > last) parts.push(text.slice(last, at));
    const code = `U+${match[0].charCodeAt(0).toString(16).toUpperCase()}`;
    parts.push(html`<span class="ctl" title=${code}>[${code}]</span>`);
    last = at + 1;
  }
  if (last < text.length) parts.push(text.slice(last));
  return parts;
}

/** Style of the marks, for the elements that show them. */
export const controlMarkStyles = css`
  .ctl {
    font-family: var(--verso-font-mono);
    font-size: 0.75em;
    color: var(--verso-danger);
    unicode-bidi: isolate;
  }
`;
