/**
 * `spelling`: words the target-language dictionary does not know, nor the project's word list, nor the
 * term rules. Hyphenated compounds are checked part by part ("e-commerce"), possessives without their
 * "'s". Capitalised words inside a sentence are most likely names (pinyin names are everywhere in
 * Chinese-English MT), so they are only `info`; any other unknown word is a `warning`.
 */
import type { Check } from './check.ts';
import { isExemptWord } from './speller.ts';
import type { Word } from './text-scan.ts';

const POSSESSIVE = /['’]s$|['’]$/;
const CAPITALISED = /^\p{Lu}/u;
const SENTENCE_END = /[.!?:"“”]\s*$/;

/** Flags unknown words with the dictionary's first suggestion, cased like the word. */
export const spellingCheck: Check = {
  id: 'spelling',
  run({ scan: { words, text }, context }, report) {
    const speller = context.ctx.speller;
    if (!speller) return;
    const known = context.knownWords;
    let previous: Word | undefined;
    for (const word of words) {
      const after = previous;
      previous = word;
      if (word.text.length < 2 || known.has(word.lower) || isExemptWord(word.text)) continue;
      let offset = 0;
      for (const part of word.text.split(/[-‐‑]/)) {
        const start = word.start + offset;
        offset += part.length + 1;
        const base = part.replace(POSSESSIVE, '');
        if (base.length < 2 || known.has(base.toLowerCase()) || speller.correct(base)) continue;
        const sentenceStart =
          start === word.start &&
          (after === undefined || SENTENCE_END.test(text.slice(after.end, word.start)));
        const name = CAPITALISED.test(base) && !sentenceStart;
        const [suggestion] = name ? [] : speller.suggest(base);
        report({
          rule: 'spelling',
          severity: name ? 'info' : 'warning',
          start,
          end: start + base.length,
          ...(suggestion === undefined ? {} : { suggestion }),
          key: name ? 'qa.spelling.name' : 'qa.spelling.unknown',
          params: { word: base },
        });
      }
    }
  },
};
