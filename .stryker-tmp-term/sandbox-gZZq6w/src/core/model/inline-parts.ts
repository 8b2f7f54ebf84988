/**
 * A segment's text taken apart at its placeholders (inline-codes.ts), for the exports that write the
 * codes back in their own markup. A placeholder whose code the segment does not have stays text.
 */
// @ts-nocheck

import { PLACEHOLDER_PATTERN, type InlineCode, type InlineCodeKind } from './inline-codes.ts';

/** Plain text, or one code with whether its other half is in the same text (open before close). */
export type InlinePart =
  | { readonly kind: 'text'; readonly text: string }
  | {
      readonly kind: 'code';
      readonly code: InlineCode;
      /** Open and close halves: true when the other half is in this text, in order. */
      readonly paired: boolean;
      /** How many times this placeholder came before in this text (0 for the first). */
      readonly repeat: number;
      /** For a paired half: the index of the other half in the parts. */
      readonly partner?: number;
    };

type CodePart = Extract<InlinePart, { kind: 'code' }>;

/** The parts of `text`; adjacent text is never split. */
export function inlineParts(text: string, codes: readonly InlineCode[] = []): InlinePart[] {
  if (codes.length === 0) return text === '' ? [] : [{ kind: 'text', text }];
  const parts: InlinePart[] = [];
  const pending = new Map<number, number>();
  const seen = new Map<string, number>();
  let last = 0;
  let buffered = '';
  for (const match of text.matchAll(PLACEHOLDER_PATTERN)) {
    const kind: InlineCodeKind = match[1] ? 'close' : match[3] ? 'standalone' : 'open';
    const n = Number(match[2]);
    const code = codes.find((c) => c.n === n && c.kind === kind);
    buffered += text.slice(last, match.index);
    last = match.index + match[0].length;
    if (!code) {
      buffered += match[0];
      continue;
    }
    if (buffered !== '') parts.push({ kind: 'text', text: buffered });
    buffered = '';
    const key = `${kind}:${n}`;
    const repeat = seen.get(key) ?? 0;
    seen.set(key, repeat + 1);
    const index = parts.length;
    parts.push({ kind: 'code', code, paired: false, repeat });
    if (kind === 'open' && !pending.has(n)) pending.set(n, index);
    if (kind === 'close') {
      const open = pending.get(n);
      if (open !== undefined) {
        pending.delete(n);
        parts[open] = { ...(parts[open] as CodePart), paired: true, partner: index };
        parts[index] = { kind: 'code', code, paired: true, repeat, partner: open };
      }
    }
  }
  buffered += text.slice(last);
  if (buffered !== '') parts.push({ kind: 'text', text: buffered });
  return parts;
}
