#!/usr/bin/env node
// `npm run bench`: measures Verso on this machine, prints a table and rewrites BENCHMARKS.md.
// Core figures run in Node on the real `src/core` (loaded through Vite's runnerImport, GUIDE pitfall 8);
// app figures drive the production build in Debian's Chromium through playwright-core, with the storage
// and keystroke floors measured in the same run (issue 11).
// Documents are built from real sentences (MLQE-PE en-zh in ../shared/data, scripts/bench-corpus.js)
// by a seeded PRNG, so every run measures the same input.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { runnerImport } from 'vite';
import { appNotes, benchApp, benchDocuments, buildApp } from './bench-app.js';
import { workbenchNotes } from './bench-workbench.js';
import { benchCorpus, corpusNotes } from './bench-corpus.js';
import { floorNotes } from './bench-floor.js';
import { reviewedProject } from './bench-export.js';
import { bilingualUnits, toTmx, toXliff21 } from './bench-interchange.js';
import { qaFigures } from './bench-qa.js';
import { tmFigures } from './bench-tm.js';
import { compareWordDiff } from './bench-word-diff.js';
import { benchSync } from './bench-sync.js';

const root = new URL('..', import.meta.url).pathname;
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
// `node scripts/bench.js tm` runs one section, prints its rows and leaves BENCHMARKS.md alone (a
// partial run must not replace the whole file; `sync` rewrites its own section only; `app` is the
// browser half with its floors; `qa` is the whole-document and live QA of issue 4); `npm run bench`
// runs everything and rewrites it.
const SECTIONS = ['tm', 'sync', 'app', 'qa'];
const only = process.argv.slice(2);
const unknownSection = only.find((name) => !SECTIONS.includes(name));
if (unknownSection !== undefined) {
  console.error(`bench: unknown section '${unknownSection}' (sections: ${SECTIONS.join(', ')})`);
  process.exit(2);
}

/** One-minute load averages seen during the run (the machine is shared), for the notes. */
const loads = [];
const noteLoad = (when) => loads.push(`${loadavg()[0].toFixed(1)} ${when}`);
noteLoad('at the start');

// ---- core, in Node ----
const load = async (path) =>
  (await runnerImport(join(root, path), { root, logLevel: 'silent' })).module;
// The PRNG the tests use too (tests/support/prng.ts), so the generated input is the same everywhere.
const { seededRandom } = await load('tests/support/prng.ts');
const mlqe = await load('tests/support/mlqe.ts');

// ---- the text (issue 11): MLQE-PE's sentences, or the seed's vocabulary without them ----
const seedText = readFileSync(join(root, 'corpus/000_bf2c9c8ccc29718b.txt'), 'utf8');
const seedVocabulary = [...new Set(seedText.split(/[^A-Za-z'-]+/).filter((w) => w.length > 1))];
const mlqeRows = [...(mlqe.mlqeRows('dev') ?? []), ...(mlqe.mlqeRows('test20') ?? [])];
// Detokenized by the alignment gold set's helpers, which take the same sides (English under review).
const gold = await load('tests/support/align-gold.ts');
const corpus = benchCorpus({
  rows:
    mlqeRows.length === 0
      ? undefined
      : mlqeRows.map((r) => ({
          en: gold.detokenizeEnglish(r.src),
          zh: gold.detokenizeChinese(r.pe),
          mt: gold.detokenizeChinese(r.mt),
        })),
  vocabularyOf: mlqe.vocabularyOf,
  absentPath: (await load('tests/conformance/shared-data.ts')).sharedPath('mlqe-pe-en-zh'),
  seedVocabulary,
  random: seededRandom(11),
});
const { vocabulary } = corpus;

/** An English paragraph of whole sentences, about `words` words (bench-corpus.js). */
function paragraph(random, words) {
  return corpus.paragraph(random, words);
}

/** A post-edit of `text`: about one word in eight replaced, dropped or inserted (generated edits). */
function postEdit(random, text) {
  const words = text.split(' ');
  const out = [];
  for (const w of words) {
    const r = random();
    if (r < 0.04) continue;
    if (r < 0.08) out.push(vocabulary[Math.floor(random() * vocabulary.length)]);
    else out.push(w);
    if (r > 0.96) out.push(vocabulary[Math.floor(random() * vocabulary.length)]);
  }
  return out.join(' ');
}

function stats(samples) {
  const sorted = [...samples].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)];
  return { median, min: sorted[0], max: sorted.at(-1) };
}

function time(fn) {
  const start = performance.now();
  fn();
  return performance.now() - start;
}

const rows = [];
/** Adds a table row; `id` names it for the before/after notes (bench-app.js `BEFORE`). */
function record(name, unit, samples, goal = '', id = undefined) {
  const s = stats(samples);
  const fmt = (x) => (unit === 'ms' ? x.toFixed(1) : String(x));
  rows.push({
    id,
    name,
    value: `${fmt(s.median)} ${unit}`,
    spread: `${fmt(s.min)}–${fmt(s.max)}`,
    goal,
  });
}

// ---- sync server (issue 14; scripts/bench-sync.js): its own section of BENCHMARKS.md ----
const SYNC_HEADING = '## Sync server (issue 14)';
async function syncSection() {
  const syncRows = await benchSync({ root, load, seededRandom, paragraph, runs: RUNS });
  const syncTable = [
    '| figure | value | spread | goal |',
    '|---|---|---|---|',
    ...syncRows.map((r) => `| ${r.name} | ${r.value} | ${r.spread} | ${r.goal} |`),
  ].join('\n');
  console.log(syncTable);
  return [
    SYNC_HEADING,
    '',
    `Written by \`node scripts/bench.js sync\` (also part of \`npm run bench\`) on ${new Date().toISOString()}: ` +
      `Node ${process.version}, two server processes (dist-server/server.js) on the local PostgreSQL and ` +
      'Redis of `npm run services`, headless Node clients (@hocuspocus/provider, the failover socket of ' +
      'src/sync) in the bench process, all on loopback on the shared 2-core machine. The project has ' +
      `20,000 segments of whole sentences, 40–60 words each (${corpus.label}; seeded PRNG). Joins count from creating ` +
      'the provider to its first `synced`; "with a local copy" starts from a Y.Doc holding the state ' +
      '(what y-indexeddb restores), so only the difference crosses the network.',
    '',
    syncTable,
    '',
    'Notes. A cold join (the server has not got the project in memory) is dominated by reading the ' +
      'snapshot from PostgreSQL (in 256 KiB slices) and applying it to a new Y.Doc in a fresh process; ' +
      'on the second server it also waits for its peer’s state through Redis. Each cold join is one run ' +
      'and moves with the machine’s load: 799 and 851 ms on 2026-12-05 (seed vocabulary, 9.1 MB ' +
      'document, busy machine), 632–725 ms in runs of 2026-12-06 under load, against the 0.5 s goal; a server keeps a project loaded for two minutes after ' +
      'its last client left (`VERSO_KEEP_LOADED_MS`), so a reviewer who reloads or reconnects joins warm ' +
      '(the “another client has it open” rows). Bytes per edit: every server stores every change it sees, ' +
      'its own clients’ and those relayed to it (so a killed server loses nothing its peer holds): ≈ 2 ' +
      'rows per edit with two servers; the WAL figure adds PostgreSQL’s row, index and page overhead and ' +
      'the compactions of the period.',
    '',
  ].join('\n');
}
/** Replaces (or adds) the sync section of BENCHMARKS.md. */
function writeSyncSection(section) {
  const file = join(root, 'BENCHMARKS.md');
  const current = readFileSync(file, 'utf8');
  const at = current.indexOf(SYNC_HEADING);
  const next = at === -1 ? -1 : current.indexOf('\n## ', at + SYNC_HEADING.length);
  const updated =
    at === -1
      ? `${current.trimEnd()}\n\n${section}`
      : `${current.slice(0, at)}${section}${next === -1 ? '' : current.slice(next + 1)}`;
  writeFileSync(file, updated);
}
/** The QA rows (issue 4; scripts/bench-qa.js): the whole document as in the worker, one segment live. */
async function qaSection() {
  await qaFigures({
    root,
    random: seededRandom(4),
    corpus,
    postEdit,
    segmentRow: (await load('tests/support/segments.ts')).segmentRow,
    runs: RUNS,
    record,
    rows,
  });
}
/** The translation-memory rows (issue 16; scripts/bench-tm.js). */
async function tmSection() {
  await tmFigures({
    root,
    random: seededRandom(16),
    mlqe,
    paragraph,
    runs: RUNS,
    record,
    rows,
  });
}

// One definition of the browser and its flags (GUIDE pitfall 2), shared with the test configs.
const { chromiumPath, chromiumArgs } = await load('vite.config.ts');
const find = await load('src/core/review/find-replace.ts');
/** The app's document (bench-app.js), built once: the split and find figures use it too. */
let docsMade;
const appDocuments = () => (docsMade ??= benchDocuments(seededRandom(6), corpus, find));

/** The app rows (issue 6; scripts/bench-app.js) with their floors (issue 11), on a fresh build. */
async function appSection() {
  // Always a fresh production build, in a child process (see buildApp).
  buildApp(root);
  const assets = readdirSync(join(root, 'dist/assets'));
  const indexHtml = readFileSync(join(root, 'dist/index.html'), 'utf8');
  const initialJs = assets
    .filter((f) => f.endsWith('.js') && indexHtml.includes(f))
    .reduce((sum, f) => sum + gzipSync(readFileSync(join(root, 'dist/assets', f))).length, 0);
  rows.push({
    id: 'initialJs',
    name: 'initial JS (gzip)',
    value: `${(initialJs / 1024).toFixed(1)} kB`,
    spread: '',
    goal: '≤ 80 kB',
  });
  noteLoad('when the app section began');
  rows.push(
    ...(await benchApp({
      root,
      runs: RUNS,
      docs: appDocuments(),
      seededRandom,
      chromiumPath,
      chromiumArgs,
    })),
  );
}

if (only.length > 0) {
  if (only.includes('qa')) await qaSection();
  if (only.includes('tm')) await tmSection();
  if (only.includes('app')) await appSection();
  // The sync section keeps its own part of BENCHMARKS.md up to date.
  if (only.includes('sync')) writeSyncSection(await syncSection());
  console.log(table());
  console.log(`\n(sections ${only.join(', ')} only: BENCHMARKS.md left unchanged)`);
  process.exit(0);
}
const { wordDiff } = await load('src/core/text/diff.ts');
const { splitParagraphs } = await load('src/core/text/paragraphs.ts');

// ---- word diff (issues 2, 6, 11): English paragraphs of real sentences with generated edits (the
// data has no English post-edits), and MLQE-PE's Chinese MT against its real post-edits ----
const random = seededRandom(2018);
const pairs = Array.from({ length: 5000 }, () => {
  const mt = paragraph(random, 20 + Math.floor(random() * 80));
  return [mt, postEdit(random, mt)];
});
rows.push(
  ...compareWordDiff({
    pairs,
    label: corpus.real ? 'English sentences, generated edits' : 'seed vocabulary, generated edits',
    wordDiff,
    runs: RUNS,
    id: 'wordDiffRatio',
  }),
);
if (corpus.real) {
  rows.push(
    ...compareWordDiff({
      pairs: corpus.mtPostEditPairs(seededRandom(2019), 5000, postEdit),
      label: 'MLQE-PE Chinese MT → its post-edit',
      wordDiff,
      runs: RUNS,
    }),
  );
}

const docs = appDocuments();
record(
  'split a 20,000-paragraph text (≈1M words)',
  'ms',
  Array.from({ length: RUNS }, () => time(() => splitParagraphs(docs.text))),
);
const segments = splitParagraphs(docs.text).map((text, i) => ({ id: `s${i + 1}`, text }));
record(
  `find "${docs.replace.find}" (whole word, ${docs.replace.hits.toLocaleString('en')} hits) in 20,000 segments`,
  'ms',
  Array.from({ length: RUNS }, () =>
    time(() =>
      find.findHits(segments, {
        find: docs.replace.find,
        replace: 'x',
        matchCase: false,
        wholeWord: true,
        regex: false,
      }),
    ),
  ),
);

// ---- bilingual import (issue 3): a 20,000-unit TMX, and the same units as XLIFF 2.1 ----
const { openBilingual } = await load('src/core/formats/open/open-bilingual.ts');
const units = bilingualUnits(seededRandom(3), 20000, corpus);
for (const [fileName, label, text] of [
  ['bench.tmx', 'TMX 1.4b', toTmx(units)],
  ['bench.xlf', 'XLIFF 2.1', toXliff21(units)],
]) {
  const bytes = new TextEncoder().encode(text);
  // Time only a file that imports whole: a validation error would be quick and meaningless.
  const read = openBilingual(bytes, fileName).units.length;
  if (read !== units.length) throw new Error(`${fileName}: ${read} units read of ${units.length}`);
  record(
    `import a 20,000-unit ${label} (zh-CN → en, ≈ 50 English words a unit, codes added, ${(bytes.length / 2 ** 20).toFixed(1)} MiB)`,
    'ms',
    Array.from({ length: RUNS }, () => time(() => openBilingual(bytes, fileName))),
    '≤ 2 s (ours)',
  );
}

// ---- exports (issue 5): a reviewed 20,000-segment project in every format ----
// The Word modules are loaded directly: exportProject imports them on demand, which Vite's module
// runner (closed once runnerImport returns) cannot do; they are the same serializers.
const { EXPORT_KINDS, exportProject } = await load('src/core/export/index.ts');
const { toDocxEdition } = await load('src/core/export/edition/docx.ts');
const { toDocxReview } = await load('src/core/export/docx/review.ts');
const wordExports = { docx: toDocxEdition, 'docx-review': toDocxReview };
const project = reviewedProject(
  openBilingual(new TextEncoder().encode(toTmx(units)), 'bench.tmx'),
  seededRandom(5),
  postEdit,
);
const changedShare =
  project.segments.filter((s) => s.text !== s.mt).length / project.segments.length;
for (const kind of EXPORT_KINDS) {
  const run = () => (wordExports[kind] ? wordExports[kind](project) : exportProject(kind, project));
  const samples = [];
  let size = 0;
  for (let i = 0; i < RUNS; i += 1) {
    const start = performance.now();
    const out = await run();
    samples.push(performance.now() - start);
    const data = out instanceof Uint8Array ? out : out.data;
    size = typeof data === 'string' ? Buffer.byteLength(data) : data.length;
  }
  const goal = kind === 'docx' || kind === 'docx-review' ? '≤ 3 s' : '≤ 1 s';
  record(
    `export ${kind}, 20,000 segments (${Math.round(changedShare * 100)}% post-edited; ${(size / 2 ** 20).toFixed(1)} MiB)`,
    'ms',
    samples,
    goal,
    `export-${kind}`,
  );
}

// ---- metrics (issue 5): HTER (TER with shifts) of the same 20,000 segments ----
const { hter } = await load('src/core/metrics/hter.ts');
record(
  'HTER of 20,000 segments (TER with block shifts)',
  'ms',
  Array.from({ length: RUNS }, () =>
    time(() => project.segments.forEach((s) => hter(s.mt, s.text))),
  ),
  '',
  'hter',
);

// ---- QA (issue 4): the whole document as in the worker, and one segment live ----
await qaSection();

// ---- alignment (issue 3): gold-set F1 and speed; needs ../shared/data ----
const { align } = await load('src/core/align/index.ts');
const goldMissing = gold.goldDataMissing();
if (goldMissing === undefined) {
  const pairsZhEn = gold.loadSentencePairs();
  const langs = { sourceLang: 'zh', targetLang: 'en' };
  const documents = gold.buildGoldDocuments(pairsZhEn, gold.GOLD_OPTIONS);
  const { scores, judged } = gold.evaluateAlignment(documents, (doc) =>
    align(doc.source, doc.target, langs),
  );
  const pct = (x) => `${(x * 100).toFixed(1)}%`;
  rows.push({
    name: `alignment F1 (gold set: ${documents.length} docs, ${scores.all.gold} links, ${scores.nonOneToOne.gold} not 1-1)`,
    value: `${pct(scores.all.f1)}; non-1-1 ${pct(scores.nonOneToOne.f1)}`,
    spread: `P ${pct(scores.all.precision)} R ${pct(scores.all.recall)}; non-1-1 P ${pct(scores.nonOneToOne.precision)} R ${pct(scores.nonOneToOne.recall)}`,
    goal: '≥ 98%',
  });
  const share = (from, to) => {
    const { accuracy, links } = gold.accuracyBetween(judged, from, to);
    return `${pct(accuracy)} of ${links}`;
  };
  rows.push({
    name: 'alignment confidence: share of links right, by score',
    value: `≥ 0.95: ${share(0.95, 2)}`,
    spread: `< 0.8: ${share(0, 0.8)}`,
    goal: 'errors gather at low scores',
  });
  // One document of 5,000 paragraphs from the same builder (sentences reused), with its perturbations.
  const [long] = gold.buildGoldDocuments(pairsZhEn, {
    documents: 1,
    paragraphsPerDocument: 5000,
    seed: 5000,
  });
  record(
    `align 5,000 paragraph pairs (${long.source.length} × ${long.target.length}, zh–en)`,
    'ms',
    Array.from({ length: RUNS }, () => time(() => align(long.source, long.target, langs))),
    '≤ 1000 ms',
  );
} else {
  console.warn(goldMissing);
  rows.push({ name: 'alignment F1 and speed', value: 'skipped', spread: '', goal: goldMissing });
}

// ---- translation memory (issue 16): 100,000 units; needs ../shared/data for real sentences ----
await tmSection();

// ---- app, in Chromium (issue 6; scripts/bench-app.js), with its floors (issue 11) ----
await appSection();
const sync = await syncSection();

// ---- report ----
/** The rows as a Markdown table; "ratio to floor" is each app figure ÷ its floor of the same run. */
function table() {
  const header =
    '| figure | median | spread (min–max) | ratio to floor | goal |\n|---|---|---|---|---|';
  return [
    header,
    ...rows.map((r) => `| ${r.name} | ${r.value} | ${r.spread} | ${r.ratio ?? ''} | ${r.goal} |`),
  ].join('\n');
}
console.log(table());
noteLoad('at the end');
const now = new Date().toISOString();
writeFileSync(
  join(root, 'BENCHMARKS.md'),
  `# Benchmarks\n\nWritten by \`npm run bench\` on ${now} (${RUNS} runs each; Node ${process.version}, ` +
    `2-core machine shared with other jobs, one-minute load average ${loads.join(', ')}; headless ` +
    `Debian Chromium). The documents are ${corpus.real ? 'built from real sentences' : 'generated from'} ` +
    `(${corpus.label}) by a seeded PRNG, so runs are comparable; what is generated, and why, is ` +
    'listed under "Real text and floors" below. Absolute times move 2–3× between machines of this ' +
    'kind: the app figures are ' +
    'also given as ratios to floors measured in the same run. Goals marked (ours) are the ' +
    "project's own targets.\n\n" +
    `${table()}\n\n${corpusNotes(corpus)}\n${floorNotes()}\n${appNotes(rows)}\n${workbenchNotes()}\n${sync}`,
);
