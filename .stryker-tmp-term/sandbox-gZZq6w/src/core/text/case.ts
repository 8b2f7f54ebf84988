/** Case of a suggested replacement, following the text it replaces. */
// @ts-nocheck


const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;

/**
 * `replacement` cased like `matched`: all capitals when the match is in capitals ("ONE BELT ONE ROAD"
 * → "BELT AND ROAD"); as written when it has capitals of its own (a name such as "Belt and Road" keeps
 * them mid-sentence); in title case when the match is ("Comprehensive Experimental Zone" →
 * "Comprehensive Pilot Zone"); else with a capital first letter when the match starts with one
 * (sentence-initial "Fourty" → "Forty").
 */
export function followCase(replacement: string, matched: string): string {
  const letters = matched.replace(/[^\p{L}]/gu, '');
  if (letters.length > 1 && !LOWER.test(letters) && UPPER.test(letters))
    return replacement.toUpperCase();
  if (UPPER.test(replacement)) return replacement;
  if (isTitleCase(matched)) return titleCase(replacement);
  const first = letters[0];
  if (first !== undefined && UPPER.test(first)) return capitalize(replacement);
  return replacement;
}

/** Words English titles leave in lower case. */
const MINOR_WORDS = new Set([
  'a',
  'an',
  'the',
  'and',
  'or',
  'of',
  'for',
  'in',
  'on',
  'at',
  'to',
  'by',
  'with',
]);

/**
 * Three words or more, each capitalised but for minor words ("Comprehensive Experimental Zone"). Two
 * are not enough: "Facilities Unicom" opening a sentence is a sentence start and a (mistaken) name.
 */
function isTitleCase(text: string): boolean {
  const words = text.split(/\s+/).filter((w) => /\p{L}/u.test(w));
  return (
    words.length > 2 &&
    words.every((w) => MINOR_WORDS.has(w.toLowerCase()) || UPPER.test(w[0] ?? '')) &&
    !words.every((w) => MINOR_WORDS.has(w.toLowerCase()))
  );
}

/** Each word capitalised but minor words after the first. */
function titleCase(text: string): string {
  return text
    .split(/(\s+)/)
    .map((w, i) => (i > 0 && MINOR_WORDS.has(w.toLowerCase()) ? w : capitalize(w)))
    .join('');
}

/** `text` with its first letter in capitals. */
export function capitalize(text: string): string {
  const at = text.search(/\p{L}/u);
  if (at < 0) return text;
  const letter = String.fromCodePoint(text.codePointAt(at)!);
  return text.slice(0, at) + letter.toUpperCase() + text.slice(at + letter.length);
}
