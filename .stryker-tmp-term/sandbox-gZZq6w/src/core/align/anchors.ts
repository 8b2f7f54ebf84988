/**
 * Anchors: things in a paragraph that survive translation and so tell which paragraphs belong together
 * when lengths alone cannot (issue 3: numbers, years, Latin names, quotation marks, list markers). Each
 * anchor is a short string with a kind prefix; two paragraphs agree on an anchor when both have it.
 */
// @ts-nocheck

import { chineseNumeralValue, numbersIn } from './numbers.ts';
import type { LengthUnit } from './script.ts';

/** Anchor kinds: number, Latin word, quotation, list marker. */
export type AnchorKind = 'n' | 'w' | 'q' | 'l';

/**
 * Latin words of two or more letters. In CJK text every one survived translation (a name, an acronym);
 * in alphabetic text only capitalised ones and ones with digits can be names, so only those count.
 */
const LATIN_WORD =
  /(?<![\p{Script=Latin}\p{M}\d])[A-Za-z][A-Za-z0-9]*[A-Za-z0-9](?![\p{Script=Latin}\p{M}])/gu;
const NAME_LIKE = /[A-Z0-9]/;
/** Opening quotation marks; straight double quotes are counted in pairs. */
const OPENING_QUOTES = /[“「『]/g;
const STRAIGHT_QUOTES = /"/g;
/**
 * A list marker at the start of a paragraph: (1) （一） (ii) 1. I. 1) 一、 a) and bullets or dashes. The
 * groups capture the number or letter; bullets have none. Roman numerals come before letters, since
 * Chinese 一、 二、 are usually translated I. II.
 */
const LIST_MARKER =
  /^\s*(?:[(（]\s*([0-9]{1,3}|[一二三四五六七八九十]{1,3}|[ivx]{1,4}|[IVX]{1,4}|[a-zA-Z])\s*[)）]|([0-9]{1,3}|[IVX]{1,4}|[a-zA-Z])[.．)）](?=\s)|([0-9]{1,3}|[一二三四五六七八九十]{1,3})、|[•·●▪◦‣*]|-(?=\s)|——|–|—)/u;
const ROMAN: Readonly<Record<string, number>> = { i: 1, v: 5, x: 10 };

/** The anchors of `text`, measured as `unit` text (see the file comment). */
export function anchorsOf(text: string, unit: LengthUnit): string[] {
  const marker = LIST_MARKER.exec(text);
  // The marker's number is the marker's anchor, not a number of the text ("1. Introduction" ↔ "一、引言").
  const body = marker === null ? text : text.slice(marker[0].length);
  const anchors = numbersIn(body).map((n) => `n:${n}`);
  for (const [word] of body.matchAll(LATIN_WORD)) {
    if (unit === 'cjk' || NAME_LIKE.test(word)) anchors.push(`w:${word.toLowerCase()}`);
  }
  const quotes =
    (body.match(OPENING_QUOTES)?.length ?? 0) +
    Math.ceil((body.match(STRAIGHT_QUOTES)?.length ?? 0) / 2);
  for (let i = 0; i < quotes; i++) anchors.push('q');
  if (marker !== null) anchors.push(`l:${markerLabel(marker)}`);
  return anchors;
}

/**
 * The list marker opening `text`, normalised so that both sides agree: the number's value ("1" for 1.,
 * (1), 一、, （一）), the lower-cased letter, or "•" for any bullet or dash; `undefined` when none.
 */
export function listMarkerOf(text: string): string | undefined {
  const marker = LIST_MARKER.exec(text);
  return marker === null ? undefined : markerLabel(marker);
}

function markerLabel(marker: RegExpExecArray): string {
  const label = marker[1] ?? marker[2] ?? marker[3];
  if (label === undefined) return '•';
  if (/^[0-9]+$/.test(label)) return String(Number(label));
  if (/^(?:[ivx]+|[IVX]+)$/.test(label)) return String(romanValue(label));
  if (/^[a-zA-Z]$/.test(label)) return label.toLowerCase();
  return String(chineseNumeralValue(label) ?? label);
}

/** I … XXXIX (list numbers never go higher): a smaller numeral before a larger one subtracts. */
function romanValue(numeral: string): number {
  const digits = [...numeral.toLowerCase()].map((ch) => ROMAN[ch] ?? 0);
  return digits.reduce((sum, d, k) => sum + (d < (digits[k + 1] ?? 0) ? -d : d), 0);
}

/** Sentence-final punctuation: a paragraph ending in one of these reads as prose, not as a heading. */
const FINAL_PUNCTUATION = /[.。!！?？;；…,，、]$/;
const TRAILING_CLOSERS = /[\s"'”’」』）)》】\]]+$/;

/**
 * Whether a paragraph looks like a heading, page number or running header: short (at most 10 words, or
 * 20 CJK units) and without sentence-final punctuation. Such lines are what MT pipelines drop or add,
 * and they pair with each other rather than with prose.
 */
export function isHeadingLike(text: string, length: number, unit: LengthUnit): boolean {
  if (length > (unit === 'cjk' ? 20 : 10)) return false;
  return !FINAL_PUNCTUATION.test(text.replace(TRAILING_CLOSERS, ''));
}
