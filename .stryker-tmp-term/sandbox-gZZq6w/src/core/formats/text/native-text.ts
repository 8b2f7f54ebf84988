/**
 * A segment with its placeholders turned back into the native codes they stand for — `Click ⟨1⟩here⟨/1⟩`
 * → `Click {\b here}` — for exports to the original format and for checking imports against the
 * documents a translation memory was made from.
 */
// @ts-nocheck

import {
  PLACEHOLDER_PATTERN,
  type InlineCode,
  type InlineCodeKind,
} from '../../model/inline-codes.ts';

/**
 * Replaces each placeholder by its code's `original` (empty when the file gave no native code) and
 * passes the text between codes through `escape` (e.g. HTML escaping for an HTML document).
 */
export function nativeText(
  text: string,
  codes: readonly InlineCode[],
  escape: (text: string) => string = (t) => t,
): string {
  let out = '';
  let last = 0;
  for (const match of text.matchAll(PLACEHOLDER_PATTERN)) {
    out += escape(text.slice(last, match.index));
    const kind: InlineCodeKind = match[1] ? 'close' : match[3] ? 'standalone' : 'open';
    const n = Number(match[2]);
    out += codes.find((c) => c.n === n && c.kind === kind)?.original ?? '';
    last = match.index + match[0].length;
  }
  return out + escape(text.slice(last));
}
