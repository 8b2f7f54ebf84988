/**
 * Diff tokens (words, CJK characters, runs of space, other marks) and word counts, shared by the word
 * diff (diff.ts), the LQA word counts and the translation memory. Apart from diff.ts so that counting
 * words does not load diff-match-patch (issue 13: the toolbar's LQA score is part of the first load).
 */

const CJK = String.raw`\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}`;

/**
 * Splits text into diff tokens; `tokenize(t).join('') === t`. A token is one CJK character; or a word
 * (letters, digits, combining marks — CJK excepted — with apostrophes between them as in "don't");
 * or a run of whitespace; or any other single code point (punctuation, symbols, a lone surrogate).
 *
 * The same tokens as the regular expression
 * `[CJK]|W+(?:['’]W+)*|\s+|[^]` (W a non-CJK letter, digit or mark; tests compare the two), found
 * by a scan over a per-code-unit class table instead: the diff of every keystroke, report and review
 * copy tokenizes both texts, and the expression took half of a word diff's time.
 */
export function tokenize(text: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < text.length;) {
    const end = tokenEnd(text, i);
    out.push(text.slice(i, end));
    i = end;
  }
  return out;
}

/** What a diff token is: a word (non-CJK letters, digits, marks), one CJK character, white space, or other. */
export type TokenKind = 'word' | 'cjk' | 'space' | 'other';

/**
 * Calls `visit` with the offsets and kind of each token of `text`, the tokens of {@link tokenize},
 * without building their strings: the translation memory tokenizes every unit it indexes. `counted`
 * says whether the token counts as a word ({@link wordCount}: it has a letter or a digit).
 */
export function forEachToken(
  text: string,
  visit: (start: number, end: number, kind: TokenKind, counted: boolean) => void,
): void {
  for (let i = 0; i < text.length;) {
    const c = classOf(text.codePointAt(i)!);
    const end = tokenEnd(text, i);
    const kind = c & SPACE ? 'space' : c & WORD ? 'word' : c & WORDLIKE ? 'cjk' : 'other';
    visit(i, end, kind, tokenWordlike);
    i = end;
  }
}

/**
 * Words of a text as the diff counts them: its tokens with a letter or a digit (a CJK character is
 * one). Without building the tokens: the change report counts every segment's MT and final text.
 */
export function wordCount(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length;) {
    i = tokenEnd(text, i);
    if (tokenWordlike) count += 1;
  }
  return count;
}

/**
 * Class bits: KNOWN (the table entry is filled), WORD (a non-CJK letter, digit or mark), SPACE,
 * WORDLIKE (a letter or a digit, CJK included: what makes a token count as a word).
 */
const KNOWN = 1;
const WORD = 2;
const SPACE = 4;
const WORDLIKE = 8;
const CJK_CHAR = new RegExp(`[${CJK}]`, 'u');
const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const SPACE_CHAR = /\s/u;
/** Classes of the BMP's code units, filled on first sight. */
const classes = new Uint8Array(0x10000);

/** Whether the last token `tokenEnd` found has a letter or a digit. */
let tokenWordlike = false;

/** End of the token that starts at `i` (sets `tokenWordlike`). */
function tokenEnd(text: string, i: number): number {
  const n = text.length;
  const cp = text.codePointAt(i)!;
  const c = classOf(cp);
  let wordlike = c & WORDLIKE;
  i += cp > 0xffff ? 2 : 1;
  if (c & WORD) {
    for (;;) {
      while (i < n) {
        const next = text.codePointAt(i)!;
        const nc = classOf(next);
        if ((nc & WORD) === 0) break;
        wordlike |= nc & WORDLIKE;
        i += next > 0xffff ? 2 : 1;
      }
      const unit = text.charCodeAt(i);
      if ((unit !== 0x27 && unit !== 0x2019) || i + 1 >= n) break;
      if ((classOf(text.codePointAt(i + 1)!) & WORD) === 0) break;
      i += 1;
    }
  } else if (c & SPACE) {
    while (i < n) {
      const next = text.codePointAt(i)!;
      if ((classOf(next) & SPACE) === 0) break;
      i += next > 0xffff ? 2 : 1;
    }
  }
  tokenWordlike = wordlike !== 0;
  return i;
}

function classOf(cp: number): number {
  if (cp > 0xffff) return computeClass(cp);
  let c = classes[cp]!;
  if (c === 0) classes[cp] = c = computeClass(cp);
  return c;
}

function computeClass(cp: number): number {
  const ch = String.fromCodePoint(cp);
  const wordlike = LETTER_OR_DIGIT.test(ch) ? WORDLIKE : 0;
  if (CJK_CHAR.test(ch)) return KNOWN | wordlike;
  if (WORD_CHAR.test(ch)) return KNOWN | WORD | wordlike;
  if (SPACE_CHAR.test(ch)) return KNOWN | SPACE;
  return KNOWN;
}
