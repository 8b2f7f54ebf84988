/**
 * `unbalanced`: brackets and quotation marks that are opened and not closed, or closed and not opened:
 * ( ) [ ] { }, curly “ ” ‘ ’ and straight " (which closes the last one open). Straight ' is left
 * alone (it is mostly an apostrophe), and so is ’ inside or at the end of a word unless a ‘ is open.
 */
import type { Check } from './check.ts';
import { isProtected, TextFlags, type Span } from '../text/words.ts';

const CLOSER_OF: Readonly<Record<string, string>> = {
  '(': ')',
  '[': ']',
  '{': '}',
  '“': '”',
  '‘': '’',
};
const OPENER_OF: Readonly<Record<string, string>> = {
  ')': '(',
  ']': '[',
  '}': '{',
  '”': '“',
  '’': '‘',
};
const MAYBE = /[()[\]{}“”‘’"]/;
const MARKS = /[()[\]{}“”‘’"]/g;
/** "1)", "a)", "iv)" at the start of a segment: a list marker, not a closing bracket. */
const LIST_MARKER = /^\s*(?:\d{1,3}|[a-z]|[ivxlc]{1,6})\)/i;
const LETTER = /[\p{L}\p{N}]/u;

interface Mark {
  readonly char: string;
  readonly at: number;
}

/** The unbalanced marks of `text`, in order; protected spans (placeholders, URLs) are skipped. */
export function unbalancedMarks(text: string, protectedSpans: readonly Span[] = []): Mark[] {
  if (!MAYBE.test(text)) return [];
  const open: Mark[] = [];
  const stray: Mark[] = [];
  const marker = LIST_MARKER.exec(text);
  const markerAt = marker ? marker[0].length - 1 : -1;
  for (const m of text.matchAll(MARKS)) {
    const char = m[0];
    const at = m.index;
    if (at === markerAt || isProtected(protectedSpans, at, at + 1)) continue;
    const before = LETTER.test(text[at - 1] ?? '');
    if (char === '’' && before && LETTER.test(text[at + 1] ?? '')) continue; // Liaoning’s
    if (char === '"') {
      if (open.at(-1)?.char === '"') open.pop();
      else open.push({ char, at });
    } else if (char === '’' && !open.some((m) => m.char === '‘')) {
      // An apostrophe (Liaoning’s, countries’) unless a single quote is open.
      if (!before) stray.push({ char, at });
    } else if (CLOSER_OF[char] !== undefined) {
      if (char === '‘' && before) continue; // a misused apostrophe
      open.push({ char, at });
    } else {
      const opener = OPENER_OF[char];
      const depth = open.findLastIndex((m) => m.char === opener);
      if (depth < 0) {
        stray.push({ char, at });
        continue;
      }
      // Whatever opened after the matching opener was never closed.
      for (const bracket of open.splice(depth).slice(1)) stray.push(bracket);
    }
  }
  return [...stray, ...open].sort((a, b) => a.at - b.at);
}

/** Flags each unbalanced mark (no suggestion: where the partner belongs is for the reviewer to say). */
export const unbalancedCheck: Check = {
  id: 'unbalanced',
  run({ scan, segment }, report) {
    // Curly quotes are non-ASCII, the rest ASCII brackets: the scanner saw whether there are any.
    if ((scan.flags & (TextFlags.BRACKETS | TextFlags.NON_ASCII)) === 0) return;
    const marks = unbalancedMarks(scan.text, scan.protectedSpans);
    if (marks.length === 0) return;
    // A sentence row of a quotation that spans sentences is unbalanced in the MT too: not news.
    if (segment.sentenceOf && unbalancedMarks(segment.mt).length === marks.length) return;
    for (const mark of marks) {
      const opening = CLOSER_OF[mark.char] !== undefined || mark.char === '"';
      report({
        rule: 'unbalanced',
        severity: 'warning',
        start: mark.at,
        end: mark.at + 1,
        key: opening ? 'qa.unbalanced.unclosed' : 'qa.unbalanced.unopened',
        params: { mark: mark.char },
      });
    }
  },
};
