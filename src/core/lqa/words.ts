/**
 * The Evaluation Word Count of the MQM scoring model (score.ts) for a target text. MQM counts words;
 * for languages written without spaces it allows characters instead (ISO 5060, as themqm.org's
 * "Values and Scores" notes). Verso counts:
 *
 * - most languages: the words of diff.ts's counter (a token with a letter or a digit), so the score
 *   and the change report count the same words;
 * - Chinese (`zh…`): CJK characters ÷ {@link CHINESE_CHARACTERS_PER_WORD} (1.5), plus the Latin
 *   words among them — the translation trade's usual conversion (1,000 English words ≈ 1,500 Chinese
 *   characters), so that a Chinese target's penalties are normed to the same "1,000 words" as an
 *   English one and the same errors on the same content give about the same score;
 * - Japanese (`ja…`): characters ÷ {@link JAPANESE_CHARACTERS_PER_WORD} (2.5), the trade's estimate;
 * - Korean (`ko…`), which is written with spaces: each run of Hangul between spaces counts as one
 *   word (an eojeol), as Korean word counts are made.
 */
import { forEachToken } from '../text/tokens.ts';

/** CJK characters per word for a Chinese target. */
export const CHINESE_CHARACTERS_PER_WORD = 1.5;
/** Characters per word for a Japanese target. */
export const JAPANESE_CHARACTERS_PER_WORD = 2.5;

/** How a target's words are counted: words, or characters converted at a stated ratio. */
export type WordBasis =
  { readonly unit: 'words' } | { readonly unit: 'characters'; readonly charactersPerWord: number };

/** How words of a target in `lang` (BCP 47) are counted. */
export function wordBasisOf(lang: string): WordBasis {
  const primary = lang.trim().toLowerCase().split(/[-_]/)[0] ?? '';
  if (primary === 'zh')
    return { unit: 'characters', charactersPerWord: CHINESE_CHARACTERS_PER_WORD };
  if (primary === 'ja')
    return { unit: 'characters', charactersPerWord: JAPANESE_CHARACTERS_PER_WORD };
  return { unit: 'words' };
}

/** The counts of one text: its words (CJK characters excluded) and its CJK characters. */
export interface TextCount {
  readonly words: number;
  readonly characters: number;
}

/**
 * The words and CJK characters of `text`. For a Korean target (`korean`), a run of Hangul counts as
 * one word and no characters are counted.
 */
export function countText(text: string, korean = false): TextCount {
  let words = 0;
  let characters = 0;
  let lastCjkEnd = -1;
  forEachToken(text, (start, end, kind, counted) => {
    if (!counted) return;
    if (kind === 'word') words += 1;
    else if (kind === 'cjk') {
      if (korean) {
        if (start !== lastCjkEnd) words += 1;
        lastCjkEnd = end;
      } else characters += 1;
    }
  });
  return { words, characters };
}

/** The evaluated words of a count under a basis (characters converted at its ratio, then added). */
export function evaluatedWordsOf(count: TextCount, basis: WordBasis): number {
  if (basis.unit === 'words') return count.words + count.characters;
  return count.words + count.characters / basis.charactersPerWord;
}

/** True when `lang` is Korean. */
export function isKorean(lang: string): boolean {
  return /^ko(?:[-_]|$)/i.test(lang.trim());
}
