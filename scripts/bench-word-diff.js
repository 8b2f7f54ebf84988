// Word diff against the `diff` package (issue 6), for `npm run bench`: the same paragraph pairs through
// Verso's `wordDiff` (diff-match-patch over word tokens) and `diff`'s `diffWordsWithSpace`, timed in
// the same run (interleaved, so load on the machine hits both alike), with the losslessness of each.
// bench.js runs it on two sets (issue 11): English paragraphs of real sentences with generated edits,
// and MLQE-PE's Chinese MT against its real post-edits.
import { diffWordsWithSpace } from 'diff';

/** True when the ops give back `before` (kept + deleted) and `after` (kept + inserted). */
function lossless(ops, before, after) {
  let a = '';
  let b = '';
  for (const op of ops) {
    if (op.kind !== 'insert') a += op.text;
    if (op.kind !== 'delete') b += op.text;
  }
  return a === before && b === after;
}

/** `diff`'s change objects as `{ kind, text }` ops. */
function fromDiffPackage(changes) {
  return changes.map((c) => ({
    kind: c.added ? 'insert' : c.removed ? 'delete' : 'equal',
    text: c.value,
  }));
}

function median(xs) {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/**
 * Table rows of the word diff on `pairs` ([before, after][], described by `label`): Verso's `wordDiff`
 * timed alone and its losslessness, then the same pairs with `diffWordsWithSpace`, interleaved run by
 * run (so load on the machine hits both alike): its time, the ratio and both losslessness counts.
 * `id` names the ratio row for the before/after notes (bench-app.js `BEFORE`).
 */
export function compareWordDiff({ pairs, label, wordDiff, runs, id }) {
  const n = pairs.length.toLocaleString('en');
  const ms = (x) => `${x.toFixed(1)} ms`;
  const time = () => {
    const start = performance.now();
    for (const [a, b] of pairs) wordDiff(a, b);
    return performance.now() - start;
  };
  const alone = Array.from({ length: runs }, time);
  const ours = [];
  const theirs = [];
  for (let run = 0; run < runs; run += 1) {
    ours.push(time());
    const start = performance.now();
    for (const [a, b] of pairs) diffWordsWithSpace(a, b);
    theirs.push(performance.now() - start);
  }
  const oursLossless = pairs.filter(([a, b]) => lossless(wordDiff(a, b), a, b)).length;
  const theirsLossless = pairs.filter(([a, b]) =>
    lossless(fromDiffPackage(diffWordsWithSpace(a, b)), a, b),
  ).length;
  const ratio = median(ours) / median(theirs);
  return [
    {
      name: `word diff, ${n} paragraph pairs (${label})`,
      value: ms(median(alone)),
      spread: `${ms(Math.min(...alone))}–${ms(Math.max(...alone))}`,
      goal: '',
    },
    {
      name: `word diff lossless on those pairs`,
      value: `${oursLossless} / ${pairs.length}`,
      spread: '',
      goal: 'all',
    },
    {
      name: `word diff of the same ${n} pairs with diff@7 diffWordsWithSpace`,
      value: ms(median(theirs)),
      spread: `${ms(Math.min(...theirs))}–${ms(Math.max(...theirs))}`,
      goal: 'reference',
    },
    {
      id,
      name: 'word diff time, Verso ÷ diffWordsWithSpace (same run)',
      value: `${ratio.toFixed(2)} ×`,
      spread: `Verso ${ms(median(ours))}`,
      goal: 'reported',
    },
    {
      name: 'word diff lossless on all pairs: Verso, diffWordsWithSpace',
      value: `${oursLossless} / ${pairs.length}, ${theirsLossless} / ${pairs.length}`,
      spread: '',
      goal: 'Verso: all',
    },
  ];
}
