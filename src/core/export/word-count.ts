/**
 * Word counts of the change report: the words of a text as the word diff tokenizes it (diff.ts `tokenize`,
 * a CJK character counting as one), without building the token list. The report counts the MT and the
 * final text of every segment, and tokenizing them all took longer than the rest of its summary.
 *
 * The scan follows diff.ts's token pattern exactly (tests/unit/export/word-count.test.ts compares both
 * on random text): a CJK character is a token; a word is a run of letters, digits and combining marks
 * (not CJK), apostrophes between them included ("don't"); white space and every other code point are
 * tokens of their own and never words. A token counts when it has a letter or a digit.
 */

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
const LETTER_OR_NUMBER = /[\p{L}\p{N}]/u;
const MARK = /\p{M}/u;

/** Class bits of a code point; a cached class has {@link KNOWN} set, so 0 means "not computed yet". */
const CJK_CHAR = 1;
const WORD_CHAR = 2;
const WORDLIKE = 4;
const KNOWN = 8;
/** Classes of the BMP's code points, computed on first sight. */
const bmpClasses = new Uint8Array(0x10000);

const APOSTROPHE = 0x27;
const RIGHT_SINGLE_QUOTE = 0x2019;

/** Words of a text as the diff tokenizes it: a CJK character is one. */
export function wordCount(text: string): number {
  const n = text.length;
  let count = 0;
  let i = 0;
  while (i < n) {
    const cp = text.codePointAt(i)!;
    const c = classOf(cp);
    i += cp > 0xffff ? 2 : 1;
    if (c & CJK_CHAR) {
      if (c & WORDLIKE) count += 1;
      continue;
    }
    if ((c & WORD_CHAR) === 0) continue;
    let wordlike = c & WORDLIKE;
    for (;;) {
      while (i < n) {
        const next = text.codePointAt(i)!;
        const nc = classOf(next);
        if ((nc & WORD_CHAR) === 0) break;
        wordlike |= nc & WORDLIKE;
        i += next > 0xffff ? 2 : 1;
      }
      // An apostrophe joins two runs of word characters into one word.
      const unit = text.charCodeAt(i);
      if ((unit !== APOSTROPHE && unit !== RIGHT_SINGLE_QUOTE) || i + 1 >= n) break;
      if ((classOf(text.codePointAt(i + 1)!) & WORD_CHAR) === 0) break;
      i += 1;
    }
    if (wordlike) count += 1;
  }
  return count;
}

function classOf(cp: number): number {
  if (cp > 0xffff) return computeClass(cp);
  let c = bmpClasses[cp]!;
  if (c === 0) {
    c = computeClass(cp);
    bmpClasses[cp] = c;
  }
  return c;
}

/** `WORD_CHAR` excludes CJK characters, as the diff's word pattern does. */
function computeClass(cp: number): number {
  const ch = String.fromCodePoint(cp);
  const wordlike = LETTER_OR_NUMBER.test(ch) ? WORDLIKE : 0;
  if (CJK.test(ch)) return KNOWN | CJK_CHAR | wordlike;
  if (wordlike !== 0 || MARK.test(ch)) return KNOWN | WORD_CHAR | wordlike;
  return KNOWN;
}
