/** `repeated-word`: the same word twice in a row ("the the"), a classic slip of MT and of typing. */
// @ts-nocheck

import type { Check } from './check.ts';

/** Words that are grammatical when doubled ("that that", "had had"). */
const DOUBLED_OK = new Set(['that', 'had', 'bye', 'no', 'so']);
const SPACES_ONLY = /^[ \t\u00a0]+$/;

/**
 * Flags two equal words (any case) separated only by spaces; the span covers both, the suggestion is
 * the first alone. Numbers are left alone ("1 1" is more likely data than a slip).
 */
export const repeatedWordCheck: Check = {
  id: 'repeated-word',
  run({ scan }, report) {
    const { words, text } = scan;
    for (let k = 1; k < words.length; k++) {
      const word = words[k]!;
      const previous = words[k - 1]!;
      // Equal ids are equal lower-case words; words with digits have id -1 and are left alone.
      if (word.id !== previous.id || word.id < 0 || DOUBLED_OK.has(word.lower)) continue;
      if (!SPACES_ONLY.test(text.slice(previous.end, word.start))) continue;
      report({
        rule: 'repeated-word',
        severity: 'warning',
        start: previous.start,
        end: word.end,
        suggestion: previous.text,
        key: 'qa.repeatedWord.repeated',
        params: { word: word.text },
      });
    }
  },
};
