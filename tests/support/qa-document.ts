/**
 * Sizeable reviewed documents for QA tests that must not change their findings when the engine is made
 * faster (issue 4: whole-document QA on real text): whole sentences repeated across many segments, as
 * in a real project and in `npm run bench` (so phrases recur and the variant index has work to do),
 * about one segment in three post-edited by a seeded PRNG (words replaced, dropped, inserted or
 * mistyped), so every check family finds something.
 */
import type { Segment } from '../../src/core/model/model.ts';
import { seededRandom } from './prng.ts';
import { segmentRow } from './segments.ts';

/** A sentence under review (`en`) and its source, when there is one. */
export interface Sentence {
  readonly en: string;
  readonly zh?: string;
}

/** `count` segments of about `words` words each, made of `sentences` (see the file comment). */
export function reviewedDocument(
  sentences: readonly Sentence[],
  { count, words, seed }: { count: number; words: number; seed: number },
): Segment[] {
  const random = seededRandom(seed);
  const vocabulary = [...new Set(sentences.flatMap((s) => s.en.split(' ')))];
  return Array.from({ length: count }, (_, i) => {
    const run = sentenceRun(sentences, random, words);
    const mt = run.map((s) => s.en).join(' ');
    const source = run.some((s) => s.zh !== undefined) ? run.map((s) => s.zh ?? '').join('') : '';
    const text = random() < 0.33 ? postEdit(random, mt, vocabulary) : mt;
    return segmentRow(`s${i + 1}`, source, mt, text);
  });
}

/** Random whole sentences, about `words` words in all (at least one). */
function sentenceRun(
  sentences: readonly Sentence[],
  random: () => number,
  words: number,
): Sentence[] {
  const run: Sentence[] = [];
  let count = 0;
  while (count < words) {
    const sentence = sentences[Math.floor(random() * sentences.length)]!;
    run.push(sentence);
    count += sentence.en.split(' ').length;
  }
  return run;
}

/** About one word in eight replaced, dropped or followed by another; one in fifty mistyped. */
function postEdit(random: () => number, text: string, vocabulary: readonly string[]): string {
  const pick = () => vocabulary[Math.floor(random() * vocabulary.length)]!;
  const out: string[] = [];
  for (const word of text.split(' ')) {
    const r = random();
    if (r < 0.04) continue;
    if (r < 0.08) out.push(pick());
    else if (r < 0.1 && word.length > 3)
      out.push(word.slice(0, 1) + word[2] + word[1] + word.slice(3));
    else out.push(word);
    if (r > 0.96) out.push(pick());
  }
  return out.join(' ');
}
