/**
 * MLQE-PE en-zh (../shared/data/mlqe-pe-en-zh: English Wikipedia sentences, their Chinese MT and
 * post-edits) for the translation-memory conformance test and `npm run bench` (which loads this file
 * through Vite's runnerImport), and the near-duplicates both make of its sentences: one word
 * replaced, a number changed, punctuation changed. Read in place; `undefined` when absent.
 */
import { existsSync, readFileSync } from 'node:fs';
import { SHARED_DATA } from '../conformance/shared-data.ts';

/** One row: the English source, its MT and the post-edit (both Chinese, spaces between words). */
export interface MlqeRow {
  readonly id: number;
  readonly src: string;
  readonly mt: string;
  readonly pe: string;
}

/** The rows of a split (`dev` or `test20`), or undefined when the data is not there. */
export function mlqeRows(split: 'dev' | 'test20'): MlqeRow[] | undefined {
  const path = `${SHARED_DATA}mlqe-pe-en-zh/en-zh-${split}.with-ter.jsonl`;
  if (!existsSync(path)) return undefined;
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const { id, src, mt, pe } = JSON.parse(line) as MlqeRow;
      return { id, src, mt, pe };
    });
}

/** The kinds of near-duplicate {@link perturb} makes. */
export type Perturbation = 'word' | 'number' | 'punctuation';

const WORD = /^\p{L}{3,}$/u;
const NUMBER = /^\d+$/;
const SWAP: Readonly<Record<string, string>> = { '.': '!', ',': ';', ';': ',', '!': '.', '?': '.' };

/**
 * `text` (space-separated tokens, as MLQE-PE writes them) with one change of `kind`, chosen by
 * `random`: a word of three letters or more replaced by another from `vocabulary`; a number's value
 * changed; a punctuation mark swapped (`.` → `!`, `,` → `;`), or a full stop added. Undefined when
 * the text has nothing to change (no word, no number).
 */
export function perturb(
  text: string,
  kind: Perturbation,
  random: () => number,
  vocabulary: readonly string[],
): string | undefined {
  const tokens = text.split(' ');
  const pick = <T>(list: readonly T[]): T | undefined => list[Math.floor(random() * list.length)];
  const where = (test: (token: string) => boolean) =>
    tokens.flatMap((token, i) => (test(token) ? [i] : []));
  if (kind === 'punctuation') {
    const at = pick(where((t) => t in SWAP));
    if (at === undefined) return `${text} .`;
    tokens[at] = SWAP[tokens[at]!]!;
    return tokens.join(' ');
  }
  const at = pick(where((t) => (kind === 'word' ? WORD : NUMBER).test(t)));
  if (at === undefined) return undefined;
  const old = tokens[at]!;
  if (kind === 'number') tokens[at] = String(Number(old) + 1 + Math.floor(random() * 9));
  else {
    let word = pick(vocabulary) ?? 'word';
    while (word.toLowerCase() === old.toLowerCase()) word = pick(vocabulary) ?? 'word';
    tokens[at] = word;
  }
  return tokens.join(' ');
}

/** The words of three letters or more in `texts`: what {@link perturb} replaces words with. */
export function vocabularyOf(texts: readonly string[]): string[] {
  const words = new Set<string>();
  for (const text of texts)
    for (const token of text.split(' ')) if (WORD.test(token)) words.add(token);
  return [...words].sort();
}
