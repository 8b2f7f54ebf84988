/**
 * Which length unit a text is measured in. Gale & Church (1993) measure both sides in characters, which
 * works for two alphabetic languages; between Chinese and English the natural units differ: a Chinese
 * character carries about as much as an English syllable, an English word about as much as 1.8 Chinese
 * characters (see length-model.ts for the figures). So each side is measured in its own unit and the
 * length model relates the two.
 */

/** `cjk`: one unit per Han, kana or hangul character; `words`: one unit per space-delimited word. */
export type LengthUnit = 'cjk' | 'words';

/** A character of a script written without spaces between words (Han, kana, hangul). */
export const CJK_CHAR = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

/** BCP 47 primary subtags of languages written in the CJK scripts (Chinese macrolanguage members too). */
const CJK_LANGUAGES = new Set(['zh', 'ja', 'ko', 'yue', 'wuu', 'cmn', 'hak', 'nan', 'gan', 'lzh']);

/**
 * Weight of one Latin word or number inside CJK text, in CJK units. Untranslated names ("DNA", "Ritsma")
 * and numbers stand for one English word each. 1.5 minimises the variance of the zh↔en length model on
 * the MLQE-PE dev sentences (s² 0.834 at 0, 0.577 at 1, 0.543 at 1.5, 0.561 at 2, 0.723 at 3).
 */
const FOREIGN_WORD_IN_CJK = 1.5;

/**
 * The unit for a language tag, or `undefined` when there is no tag (then {@link detectUnit} decides).
 * Any tag that is not a CJK language counts in words.
 */
export function unitOfLanguage(lang: string | undefined): LengthUnit | undefined {
  if (lang === undefined || lang.trim() === '') return undefined;
  const primary = lang.trim().toLowerCase().split(/[-_]/)[0] ?? '';
  return CJK_LANGUAGES.has(primary) ? 'cjk' : 'words';
}

/**
 * Guesses the unit of a list of texts from its script: `cjk` when CJK characters outnumber the other
 * words. Samples the texts up to about 20,000 characters, which decides any real document.
 */
export function detectUnit(texts: readonly string[]): LengthUnit {
  let cjk = 0;
  let words = 0;
  let seen = 0;
  for (const text of texts) {
    const counts = countUnits(text);
    cjk += counts.cjk;
    words += counts.words;
    seen += text.length;
    if (seen > 20_000) break;
  }
  return cjk > words ? 'cjk' : 'words';
}

/** The unit of one side of an alignment: from its language tag when given, else from its script. */
export function unitFor(texts: readonly string[], lang: string | undefined): LengthUnit {
  return unitOfLanguage(lang) ?? detectUnit(texts);
}

/**
 * Length of `text` in `unit`. CJK: one per CJK character plus {@link FOREIGN_WORD_IN_CJK} per Latin word
 * or number; words: one per word or number, and one per CJK character (a stray Chinese name).
 * Punctuation counts for nothing in either.
 */
export function lengthIn(text: string, unit: LengthUnit): number {
  const { cjk, words } = countUnits(text);
  return unit === 'cjk' ? cjk + FOREIGN_WORD_IN_CJK * words : words + cjk;
}

/** How a code point counts (see {@link classOf}). */
const OTHER = 0;
const WORD = 1;
const CJK = 2;
/** The class of each BMP code unit, found the first time it is met (0xff: not yet). */
const bmpClasses = new Uint8Array(0x10000).fill(0xff);
const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;

/** CJK for {@link CJK_CHAR}, WORD for other letters, digits and marks, OTHER for the rest. */
function classOf(code: number): number {
  if (code < 0x80) {
    const lower = code | 0x20;
    return (lower >= 0x61 && lower <= 0x7a) || (code >= 0x30 && code <= 0x39) ? WORD : OTHER;
  }
  if (code < 0x10000 && bmpClasses[code] !== 0xff) return bmpClasses[code]!;
  const char = String.fromCodePoint(code);
  const found = CJK_CHAR.test(char) ? CJK : WORD_CHAR.test(char) ? WORD : OTHER;
  if (code < 0x10000) bmpClasses[code] = found;
  return found;
}

/**
 * The CJK characters of `text` and its runs of other letters, digits and marks (its words), in one
 * pass over its code points. The two Unicode-property regexes this replaces (`CJK_CHAR` and a run of
 * non-CJK `[\p{L}\p{N}\p{M}]`) took a tenth of a whole-document QA run, which measures every segment and
 * its source twice; the classes are theirs, tested once per distinct character.
 */
function countUnits(text: string): { cjk: number; words: number } {
  let cjk = 0;
  let words = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.codePointAt(i)!;
    if (code > 0xffff) i++;
    const kind = classOf(code);
    if (kind === CJK) cjk++;
    else if (kind === WORD && !inWord) words++;
    inWord = kind === WORD;
  }
  return { cjk, words };
}
