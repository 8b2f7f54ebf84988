// QA figures for `npm run bench` (issue 4, deliverable 7): a whole-document run of the checks over a
// 20,000-segment document of real sentences with their Chinese source (≈ 1M words; scripts/bench-corpus.js,
// edits generated), and the live check of one segment while typing.
//
// The QA code is bundled with Vite exactly as the QA worker bundles it (scripts/bench-bundle.js).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { bundledModules } from './bench-bundle.js';

/** src/core/qa (and the pack and speller), bundled. */
function bundledQa(root) {
  return bundledModules(root, {
    qa: 'src/core/qa/index.ts',
    speller: 'src/core/qa/speller.ts',
    pack: 'src/core/terms/packs/belt-and-road.ts',
  });
}

/**
 * Adds the QA rows. `corpus` is bench-corpus.js's (English paragraphs of real sentences and their
 * Chinese), `postEdit(random, text)` edits a text with words of its vocabulary, `segmentRow` is
 * tests/support/segments.ts's; `record(name, unit, samples, goal)` and `rows` are bench.js's.
 */
export async function qaFigures({
  root,
  random,
  corpus,
  postEdit,
  segmentRow,
  runs,
  record,
  rows,
}) {
  const { runChecks, checkSegment, documentStats, createSpeller, BELT_AND_ROAD_PACK } =
    await bundledQa(root);
  // A reviewed document: about one segment in three post-edited (so numbers, lengths and the MT
  // comparisons have work to do), the rest untouched.
  const segments = Array.from({ length: 20000 }, (_, i) => {
    const { en: mt, zh: source } = corpus.bilingualParagraph(random, 50);
    return segmentRow(`s${i + 1}`, source, mt, random() < 0.33 ? postEdit(random, mt) : mt);
  });
  const words = segments.reduce((n, s) => n + s.text.split(' ').length, 0);
  const dictionary = (file) => readFileSync(join(root, 'node_modules/dictionary-en', file), 'utf8');
  const speller = createSpeller(dictionary('index.aff'), dictionary('index.dic'), []);
  const ctx = {
    terms: BELT_AND_ROAD_PACK,
    projectWords: [],
    speller,
    sourceLang: 'zh-CN',
    targetLang: 'en',
  };

  const timed = (fn) => {
    const start = performance.now();
    const result = fn();
    return { ms: performance.now() - start, result };
  };
  const first = timed(() => runChecks(segments, ctx));
  rows.push({
    name: `QA, first run of a fresh worker (20,000 segments with their Chinese source, ${words.toLocaleString('en')} words; speller cache cold)`,
    value: `${first.ms.toFixed(1)} ms`,
    spread: `${first.result.length.toLocaleString('en')} findings`,
    goal: '',
  });
  record(
    `QA of the whole document in the worker (runChecks, bundled code in Node)`,
    'ms',
    Array.from({ length: runs }, () => timed(() => runChecks(segments, ctx)).ms),
    '≤ 500 ms',
  );

  const stats = documentStats(segments, ctx);
  const samples = [];
  for (let i = 0; i < 2000; i += 1) {
    const segment = segments[(i * 7919) % segments.length];
    samples.push(timed(() => checkSegment(segment, ctx, stats)).ms);
  }
  samples.sort((a, b) => a - b);
  const at = (q) => samples[Math.min(samples.length - 1, Math.floor(q * samples.length))];
  rows.push({
    name: 'live QA of one segment while typing (checkSegment, 2,000 segments of ≈ 50 words)',
    value: `${at(0.5).toFixed(3)} ms`,
    spread: `p95 ${at(0.95).toFixed(3)} ms, max ${samples.at(-1).toFixed(3)} ms`,
    goal: '≤ 2 ms',
  });
}
