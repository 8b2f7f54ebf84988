/**
 * `number`: numbers and years that differ between the correction and its reference — the source when
 * the segment has one (Chinese scale words understood: 1200亿 = 120 billion, 5万 = 50,000; Chinese
 * numerals 五十七 = 57), else the MT. Values are compared, not spellings: "23,000" = "23000",
 * "1.1 billion" = "1,100 million", "seven" = "7".
 *
 * Only numbers written in digits (or Chinese numerals in a source) are reported: number words, ordinals
 * and month names count when they match ("seven" → "7" is fine) but a reworded "First," is not news.
 */
import { numberMatches, type NumberMatch } from '../align/numbers.ts';
import type { Check } from './check.ts';
import { TextFlags } from '../text/words.ts';
import { maskPlaceholders } from '../model/inline-codes.ts';

/** Only numbers in digits or Chinese numerals are reported: without any, there is nothing to say. */
const REPORTABLE = /[\d０-９〇零一二两三四五六七八九十百千万亿]/;

/** A value as readers write it: thousands separated by commas (120,000,000,000). */
export function formatValue(value: string): string {
  const [whole = '', fraction] = value.split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return fraction === undefined ? grouped : `${grouped}.${fraction}`;
}

/**
 * Pairs equal values of the two lists; what is left over on each side, in order: numbers of the text
 * with no partner in the reference (`extra`), and of the reference with none in the text (`missing`).
 */
export function unmatchedNumbers(
  reference: readonly NumberMatch[],
  text: readonly NumberMatch[],
): { extra: NumberMatch[]; missing: NumberMatch[] } {
  const pool = new Map<string, NumberMatch[]>();
  for (const m of reference) {
    const list = pool.get(m.value);
    if (list) list.push(m);
    else pool.set(m.value, [m]);
  }
  const extra: NumberMatch[] = [];
  for (const m of text) {
    const partner = pool.get(m.value)?.shift();
    if (!partner) extra.push(m);
  }
  const missing = [...pool.values()].flat().sort((a, b) => a.start - b.start);
  return { extra, missing };
}

const reportable = (m: NumberMatch) => m.kind === 'digits' || m.kind === 'chinese';
/** "(1)", "1.", "2)" opening a heading: Chinese sources number these （一）, which is no number to match. */
const LIST_NUMBER = /^\s*[(（]?\d{1,2}[)）.、]/;

/**
 * One extra and one missing number: a changed number, flagged on the text's with the reference's as
 * suggestion (from the MT, as written there; from a source, no suggestion but the value). Otherwise
 * extra numbers are flagged where they stand and missing ones with an empty span at 0.
 */
export const numberCheck: Check = {
  id: 'number',
  run({ segment, scan: { text, flags } }, report) {
    const fromSource = segment.source !== undefined && segment.source.trim() !== '';
    // Codes are not text: the digits of ⟨1⟩ are no number (issue 11 item 7).
    const reference = maskPlaceholders(fromSource ? segment.source : segment.mt);
    if (!fromSource && segment.mt === text) return;
    // Digits and Chinese numerals: the scanner saw whether the text has any (a word with digits, or
    // a character above ASCII); only the reference needs the regex.
    const textMay = (flags & (TextFlags.DIGITS | TextFlags.NON_ASCII)) !== 0;
    if (!textMay && !REPORTABLE.test(reference)) return;
    const { extra, missing } = unmatchedNumbers(
      numberMatches(reference),
      numberMatches(maskPlaceholders(text)),
    );
    const marker = fromSource ? (LIST_NUMBER.exec(text)?.[0].length ?? 0) : 0;
    const extras = extra.filter((m) => reportable(m) && m.start >= marker);
    const missings = missing.filter(reportable);
    const [changed] = extras;
    const [expected] = missings;
    if (extras.length === 1 && missings.length === 1 && changed && expected) {
      report({
        rule: 'number',
        severity: 'error',
        start: changed.start,
        end: changed.end,
        ...(fromSource ? {} : { suggestion: reference.slice(expected.start, expected.end) }),
        key: 'qa.number.changed',
        params: {
          expected: fromSource
            ? formatValue(expected.value)
            : reference.slice(expected.start, expected.end),
        },
      });
      return;
    }
    for (const m of extras) {
      report({
        rule: 'number',
        severity: 'error',
        start: m.start,
        end: m.end,
        key: 'qa.number.extra',
        params: { number: text.slice(m.start, m.end) },
      });
    }
    for (const m of missings) {
      const written = reference.slice(m.start, m.end);
      report({
        rule: 'number',
        severity: 'error',
        start: 0,
        end: 0,
        key: 'qa.number.missing',
        params: { number: fromSource ? `${written} (${formatValue(m.value)})` : written },
        discriminator: `${m.value}@${m.start}`,
      });
    }
  },
};
