/**
 * Which paragraphs of a plain-text document are headings (the Word and HTML editions keep them as
 * headings). Plain text has no markup, so this is a heuristic, tuned on the seed corpus (policy
 * documents translated from Chinese) and kept conservative — a false heading is worse than a missed one:
 *
 * 1. A heading is one line of at most 160 characters.
 * 2. An enumerated paragraph is a heading when it is a single short sentence (at most 25 words, or 50
 *    characters of CJK text; a final full stop is allowed: "First, open a new chapter….") — level 1:
 *    `一、`, `第一章`, `Chapter 2`, `Part II`, `IV.`, `First,` / `Secondly,` …; level 2: `（一）`,
 *    `(1)`, `第一节`; level 3: `1.1`, `①`. A bare `1.` / `1、` counts (level 2) only without final
 *    punctuation, since numbered lists of sentences are common.
 * 3. Any other paragraph is a heading when it is short (at most 12 words, or 25 CJK characters), has no
 *    final punctuation (`. ! ? ; : , …` and their CJK forms), no colon inside (`Tel: …` is a field, not
 *    a heading), and starts with a capital letter, a digit or a CJK character: level 1 if it is the
 *    document's first paragraph (its title), else level 2.
 */
// @ts-nocheck


/** Heading levels the editions use. */
export type HeadingLevel = 1 | 2 | 3;

const NUMERAL = '[一二三四五六七八九十百零〇]+';
const ORDINALS =
  'first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|finally|lastly';

const ENUMERATED: readonly (readonly [RegExp, HeadingLevel])[] = [
  [new RegExp(`^${NUMERAL}[、．.]`), 1],
  [new RegExp(`^第(?:${NUMERAL}|\\d+)[章部篇编]`), 1],
  [/^(?:chapter|part|section)\s+(?:\d+|[ivxlc]+)\b/i, 1],
  [/^[IVXLC]+\.\s/, 1],
  [new RegExp(`^(?:${ORDINALS})(?:ly)?\\s*[,，]\\s`, 'i'), 1],
  [new RegExp(`^[（(]${NUMERAL}[）)]`), 2],
  [/^[（(]\d{1,2}[）)]/, 2],
  [new RegExp(`^第(?:${NUMERAL}|\\d+)[节条]`), 2],
  [/^\d{1,2}\.\d{1,2}(?:\.\d{1,2})*\.?\s/, 3],
  [/^[\u2460-\u2473]/, 3],
];
const NUMBERED_ITEM = /^\d{1,2}[.、．]\s*\S/;

const FINAL_PUNCTUATION = /[.!?;:,…。！？；：，、]["'”’)）」』]*$/u;
/** A sentence ending before the text does: `. ` followed by more text (not the dot of `1.2` or `4.2`). */
const SENTENCE_END_INSIDE = /[.!?]["'”’)）」』]*\s+\S|[。！？]["'”’)）」』]*\S/u;
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu;
const STARTS_WELL =
  /^[\p{Lu}\p{Lt}\p{N}\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}"“「《(（]/u;

/**
 * The heading level of a paragraph, or `undefined` for body text (see the module comment).
 *
 * @param first whether it is the first paragraph of the document
 */
export function headingLevel(paragraph: string, first = false): HeadingLevel | undefined {
  const text = paragraph.trim();
  if (text === '' || text.includes('\n') || Array.from(text).length > 160) return undefined;
  const cjk = (text.match(CJK) ?? []).length;
  const words = text.split(/\s+/u).length;
  for (const [pattern, level] of ENUMERATED) {
    const prefix = pattern.exec(text)?.[0];
    if (prefix === undefined) continue;
    const short = cjk > text.length / 3 ? cjk <= 50 : words <= 25;
    return short && !SENTENCE_END_INSIDE.test(text.slice(prefix.length)) ? level : undefined;
  }
  if (FINAL_PUNCTUATION.test(text)) return undefined;
  if (NUMBERED_ITEM.test(text)) return words <= 12 ? 2 : undefined;
  const short = cjk > text.length / 3 ? cjk <= 25 : words <= 12;
  if (!short || /[:：]/.test(text) || !STARTS_WELL.test(text) || !/\p{L}/u.test(text)) {
    return undefined;
  }
  return first ? 1 : 2;
}
