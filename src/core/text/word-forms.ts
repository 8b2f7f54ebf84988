/**
 * Whether two words are forms of one word (issue 11 item 5): the same word inflected ("zone" /
 * "zones", "pilot" / "piloted"), spelt the British or the American way ("organisation" /
 * "organization", "centre" / "center"), or written with and without a hyphen or apostrophe
 * ("e-commerce" / "ecommerce"). Two different words ("trade" / "comprehensive", "way" / "road") are
 * not, however alike they look: a suggestion that turns one into the other rewrites the meaning.
 */

/** Suffixes taken off to reach a common stem, longest first, each with what may replace it. */
const SUFFIXES: readonly (readonly [string, readonly string[]])[] = [
  ['ies', ['y']],
  ['ing', ['', 'e']],
  ['ied', ['y']],
  ['es', ['', 'e']],
  ['ed', ['', 'e']],
  ["'s", ['']],
  ['’s', ['']],
  ['s', ['']],
  ['d', ['']],
];

/** British spellings and their American forms, as word endings or inside a word. */
const SPELLINGS: readonly (readonly [RegExp, string])[] = [
  [/isation/g, 'ization'],
  [/is(e|ed|es|ing)$/, 'iz$1'],
  [/our(s|ed|ing)?$/, 'or$1'],
  [/tre(s)?$/, 'ter$1'],
  [/ll(ed|ing|er)$/, 'l$1'],
  [/ogue(s)?$/, 'og$1'],
];

/** True when `a` and `b` (any case) are two forms of the same word; false when they are equal. */
export function isFormVariant(a: string, b: string): boolean {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  if (x === y) return false;
  const stemsOfX = stems(x);
  for (const stem of stems(y)) if (stemsOfX.has(stem)) return true;
  return false;
}

/** The word, its American spelling, without joiners, and the stems of each. */
function stems(word: string): Set<string> {
  const bases = new Set([word, word.replace(/[-‐‑'’]/g, '')]);
  for (const base of [...bases]) {
    let american = base;
    for (const [pattern, replacement] of SPELLINGS)
      american = american.replace(pattern, replacement);
    bases.add(american);
  }
  const out = new Set<string>();
  for (const base of bases) {
    out.add(base);
    for (const [suffix, replacements] of SUFFIXES) {
      if (base.length - suffix.length < 3 || !base.endsWith(suffix)) continue;
      for (const r of replacements) out.add(base.slice(0, -suffix.length) + r);
    }
  }
  return out;
}
