/**
 * Numbers as alignment anchors: they survive translation better than anything else ("2013年12月29日" ↔
 * "29 December 2013", "3.5亿" ↔ "350 million", "五千" ↔ "5,000"). Each number is normalised to its value,
 * written as a plain decimal string, so the two sides can be compared as strings.
 */
// @ts-nocheck


const FULL_WIDTH = /[０-９．％]/g;
/** A number in digits, with thousands separators and decimals, and an optional scale word after it. */
const DIGITS =
  /(?<![A-Za-z\d.,])(\d+(?:,\d{3})+|\d+)(\.\d+)?(?:\s?(万亿|百万|千万|万|亿|千|trillion|billion|million|thousand)(?![A-Za-z]))?/gi;
/**
 * A run of Chinese numerals; single characters (一, 十) are too often part of ordinary words, and a run
 * right after digits is the scale of those digits (3百万).
 */
const CHINESE_RUN = /(?<!\d)[〇零一二三四五六七八九十百千万亿两]{2,}/g;
/**
 * English month names next to a day or year ("29 December 2013", "April 14"), which Chinese writes with
 * digits (12月, 4月). Alone they are not taken: "May" is also a name.
 */
const MONTH =
  /(?<=\d(?:st|nd|rd|th)?\s)(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\b|\b(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?(?=\s\d)/g;
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
/**
 * English number words from two (one is as often a pronoun or "a") to twenty and the tens, and the
 * ordinals first … tenth but "second" (also a unit of time): translators into Chinese write them in
 * digits or numerals (第一, 七公里), and the other way round.
 */
const NUMBER_WORD =
  /\b(two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|first|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\b/gi;
const NUMBER_WORDS: Readonly<Record<string, number>> = {
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  first: 1,
  third: 3,
  fourth: 4,
  fifth: 5,
  sixth: 6,
  seventh: 7,
  eighth: 8,
  ninth: 9,
  tenth: 10,
};
/**
 * A single Chinese numeral before a measure word or unit (七公里 "7 km", 两个 "two", 第四章 "Chapter 4"),
 * or after 第 (an ordinal: 第七 "seventh", "episode 7"). Elsewhere single numerals are parts of words
 * (三明治, 十分), and 一 before a measure word is mostly the article "a".
 */
const CHINESE_COUNT =
  /(?<![〇零一二三四五六七八九十百千万亿两\d])(?:(?<=第)([一二两三四五六七八九十])|([二两三四五六七八九十])(?=[个位名次场年月日天岁倍种项条款章节卷版期届号本部家人座张只件首集季周世纪公米千克吨元美英里]))(?![〇零一二三四五六七八九十百千万亿两])/g;

/** Runs that are words, not numbers: 万一 "in case", 千万 "by all means", 一一 "one by one". */
const NOT_NUMBERS = new Set(['万一', '千万', '一一']);

const SCALES: Readonly<Record<string, number>> = {
  万亿: 1e12,
  百万: 1e6,
  千万: 1e7,
  万: 1e4,
  亿: 1e8,
  千: 1e3,
  trillion: 1e12,
  billion: 1e9,
  million: 1e6,
  thousand: 1e3,
};
const DIGIT_VALUES: Readonly<Record<string, number>> = {
  〇: 0,
  零: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const UNIT_VALUES: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1000 };

/**
 * The numbers in `text`, normalised: Arabic and full-width digits (thousands commas dropped, scale
 * words 万/亿/million… applied), runs of two or more Chinese numerals (positional like 二十一, or digit
 * by digit like the year 二〇一三), single numerals before a measure word or after 第 (七公里, 第四章),
 * English number words and ordinals (two … ninety, first … tenth) and month names next to a date.
 * Percentages, years and ordinals ("19th", "第19") keep just their value.
 *
 * On the 1,000 MLQE-PE dev sentence pairs, 90% of the numbers found on one side are found on the
 * other (82% before number words, month names and 第/measure-word numerals were added).
 */
export function numbersIn(text: string): string[] {
  return numberMatches(text).map((m) => m.value);
}

/** Where a number was written in the text, and how (QA reports digits, not words, as changed). */
export interface NumberMatch {
  /** Offsets of the number as written (digits with their scale word: "1.1 billion", "1200亿"). */
  readonly start: number;
  readonly end: number;
  /** The value, as {@link numbersIn} gives it. */
  readonly value: string;
  readonly kind: 'digits' | 'month' | 'word' | 'chinese';
}

/**
 * The numbers of {@link numbersIn} with their place in `text` and their kind, in the same order
 * (digits, month names, number words, Chinese numerals).
 */
export function numberMatches(text: string): NumberMatch[] {
  const found: NumberMatch[] = [];
  const add = (m: RegExpMatchArray, value: string, kind: NumberMatch['kind']) =>
    found.push({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length, value, kind });
  // Full-width digits map one code unit to one, so offsets in `normalised` are offsets in `text`.
  const normalised = text.replace(FULL_WIDTH, (ch) =>
    String.fromCharCode(ch.charCodeAt(0) - 0xfee0),
  );
  for (const m of normalised.matchAll(DIGITS)) {
    const [, whole = '', fraction = '', scale] = m;
    const value = Number(whole.replaceAll(',', '') + fraction);
    const scaled = scale === undefined ? value : value * (SCALES[scale.toLowerCase()] ?? 1);
    add(m, canonical(scaled), 'digits');
  }
  for (const m of normalised.matchAll(MONTH)) {
    add(m, String(MONTHS.indexOf(m[0].slice(0, 3).toLowerCase()) + 1), 'month');
  }
  for (const m of normalised.matchAll(NUMBER_WORD)) {
    add(m, String(NUMBER_WORDS[m[0].toLowerCase()] ?? ''), 'word');
  }
  for (const m of normalised.matchAll(CHINESE_COUNT)) {
    add(m, String(chineseNumeralValue(m[0]) ?? ''), 'chinese');
  }
  for (const m of normalised.matchAll(CHINESE_RUN)) {
    if (NOT_NUMBERS.has(m[0])) continue;
    const value = chineseNumeralValue(m[0]);
    if (value !== undefined) add(m, canonical(value), 'chinese');
  }
  return found;
}

/**
 * The value of a run of Chinese numerals, or `undefined` when the run does not read as one number.
 * Without 十/百/千/万/亿 the run is read digit by digit (二〇一三 = 2013, as years are written).
 */
export function chineseNumeralValue(run: string): number | undefined {
  if (!/[十百千万亿]/.test(run)) {
    let digits = '';
    for (const ch of run) digits += String(DIGIT_VALUES[ch] ?? '');
    return digits.length === run.length ? Number(digits) : undefined;
  }
  let total = 0; // value of the completed 亿 sections
  let wan = 0; // value of the completed 万 section below them
  let section = 0; // value below the current 万
  let digit: number | undefined;
  for (const ch of run) {
    const d = DIGIT_VALUES[ch];
    if (d !== undefined) {
      digit = d;
    } else if (ch === '万') {
      wan += (section + (digit ?? 0) || 1) * 1e4;
      section = 0;
      digit = undefined;
    } else if (ch === '亿') {
      total = (total + wan + section + (digit ?? 0) || 1) * 1e8;
      wan = section = 0;
      digit = undefined;
    } else {
      // 十五 = 15: a unit without a digit before it counts once.
      section += (digit ?? 1) * (UNIT_VALUES[ch] ?? 1);
      digit = undefined;
    }
  }
  return total + wan + section + (digit ?? 0);
}

/** A value as the string both sides agree on: at most 6 decimals, no exponent for large integers. */
function canonical(value: number): string {
  const rounded = Math.round(value * 1e6) / 1e6;
  return Number.isInteger(rounded) ? BigInt(rounded).toString() : String(rounded);
}
