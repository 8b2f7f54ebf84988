// Translation-memory figures for `npm run bench` (issue 16, deliverable 5): a memory of 100,000 units
// built from real sentences — MLQE-PE en-zh's 2,000 sources, MTs and post-edits (../shared/data) and
// near-duplicates of them (words replaced, numbers changed, punctuation changed, CJK characters of the
// MT replaced) — or, without the data, from generated sentences (the rows say which). Measured: a
// lookup by source and by MT (p95 and median over fresh near-duplicates), importing the memory as a
// TMX 1.4b file, rebuilding the index from stored units (what the app's worker does on opening a
// memory), the heap the indexed memory takes, and a concordance search.
//
// The TM code is bundled as the app's worker bundles it (scripts/bench-bundle.js).
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { bundledModules } from './bench-bundle.js';

const UNITS = 100_000;
const LOOKUPS = 500;
const SEARCHES = 300;

/** `gc()` through V8's flag (Node runs without --expose-gc), for heap figures. */
function collectGarbage() {
  setFlagsFromString('--expose-gc');
  runInNewContext('gc')();
}

/** Median, p95 and max of samples, in ms. */
function percentiles(samples) {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  return { median: at(0.5), p95: at(0.95), max: sorted.at(-1) };
}

/** `count` CJK characters of `text` replaced by others from `chars`. */
function replaceChars(random, text, count, chars) {
  const list = [...text];
  const han = list.flatMap((c, i) => (/\p{Script=Han}/u.test(c) ? [i] : []));
  for (let k = 0; k < count && han.length > 0; k += 1) {
    list[han[Math.floor(random() * han.length)]] = chars[Math.floor(random() * chars.length)];
  }
  return list.join('');
}

/**
 * The sentences to build from: MLQE-PE rows when ../shared/data has them, else generated ones, and a
 * function making a near-duplicate of a source (`edits` changes).
 */
function sentences({ mlqe, random, paragraph }) {
  const rows = [...(mlqe.mlqeRows('dev') ?? []), ...(mlqe.mlqeRows('test20') ?? [])];
  if (rows.length > 0) {
    const vocabulary = mlqe.vocabularyOf(rows.map((r) => r.src));
    const kinds = ['word', 'word', 'word', 'number', 'punctuation'];
    const nearSource = (src, edits) => {
      let text = src;
      for (let k = 0; k < edits; k += 1) {
        const kind = kinds[Math.floor(random() * kinds.length)];
        text =
          mlqe.perturb(text, kind, random, vocabulary) ??
          mlqe.perturb(text, 'word', random, vocabulary) ??
          text;
      }
      return text;
    };
    return { kind: 'MLQE-PE en-zh sentences and near-duplicates', rows, nearSource };
  }
  const generated = Array.from({ length: 2000 }, (_, id) => ({
    id,
    src: paragraph(random, 10 + Math.floor(random() * 15)),
    mt: paragraph(random, 10 + Math.floor(random() * 15)),
    pe: paragraph(random, 10 + Math.floor(random() * 15)),
  }));
  const nearSource = (src, edits) => {
    const words = src.split(' ');
    for (let k = 0; k < edits; k += 1) {
      words[Math.floor(random() * words.length)] = paragraph(random, 1).replace('.', '');
    }
    return words.join(' ');
  };
  return { kind: 'generated sentences (MLQE-PE absent)', rows: generated, nearSource };
}

/**
 * Adds the TM rows. `mlqe` is tests/support/mlqe.ts, `paragraph(random, words)` bench.js's text
 * generator; `record(name, unit, samples, goal)` and `rows` are bench.js's.
 */
export async function tmFigures({ root, random, mlqe, paragraph, runs, record, rows }) {
  const tm = await bundledModules(root, { tm: 'src/core/tm/index.ts' });
  const { rows: base, kind, nearSource } = sentences({ mlqe, random, paragraph });
  const cjk = [...new Set(base.flatMap((r) => [...r.mt].filter((c) => /\p{Script=Han}/u.test(c))))];
  const chars = cjk.length > 0 ? cjk : ['的'];

  // 100,000 distinct units: every row as it is, then near-duplicates (1–4 changes to the source,
  // 1–3 characters of the MT), from 40 projects and 5 authors over a year.
  const info = tm.newMemory({ sourceLang: 'en', targetLang: 'zh', scope: 'shared', createdAt: 0 });
  const seen = new Set();
  const inputs = [];
  for (let i = 0; inputs.length < UNITS; i += 1) {
    const row = base[i % base.length];
    const first = i < base.length;
    const source = first ? row.src : nearSource(row.src, 1 + (i % 4));
    if (seen.has(source)) continue;
    seen.add(source);
    const at = Date.UTC(2025, 0, 1) + Math.floor(random() * 365) * 86_400_000;
    inputs.push({
      sourceLang: 'en',
      targetLang: 'zh',
      source,
      mt: first ? row.mt : replaceChars(random, row.mt, 1 + (i % 3), chars),
      target: row.pe,
      projectId: `p${i % 40}`,
      author: `reviewer ${i % 5}`,
      createdAt: at,
      changedAt: at,
    });
  }
  const label = `${UNITS.toLocaleString('en')} units (${kind})`;

  // Index rebuild from stored units: what the worker does when the app opens a memory.
  // The JS heap plus the typed arrays' buffers (the postings and forward lists live outside the heap).
  const used = () => {
    const { heapUsed, arrayBuffers } = process.memoryUsage();
    return heapUsed + arrayBuffers;
  };
  collectGarbage();
  const heapBefore = used();
  let memory;
  const rebuild = [];
  for (let r = 0; r < runs; r += 1) {
    const start = performance.now();
    memory = tm.TranslationMemory.fromUnits(info, inputs);
    rebuild.push(performance.now() - start);
  }
  collectGarbage();
  const heap = used() - heapBefore;
  record(`TM: build the index of ${label} from stored units`, 'ms', rebuild, '(ours) ≤ 2 s');
  rows.push({
    name: `TM: memory taken by that memory (JS heap and typed arrays), units and indexes (units ≈ ${Math.round(JSON.stringify(inputs).length / 2 ** 20)} MiB as JSON)`,
    value: `${(heap / 2 ** 20).toFixed(0)} MiB`,
    spread: '',
    goal: '',
  });

  // Lookups: fresh near-duplicates of random rows (1–3 changes), by source; MTs with 1–2 characters
  // replaced, by MT (CJK by character).
  const timeLookups = (make) => {
    const samples = [];
    let found = 0;
    for (let q = 0; q < LOOKUPS; q += 1) {
      const query = make(base[Math.floor(random() * base.length)], q);
      const start = performance.now();
      const matches = memory.lookup(query);
      samples.push(performance.now() - start);
      if (matches.length > 0) found += 1;
    }
    return { ...percentiles(samples), found };
  };
  for (const [what, make] of [
    ['by source', (row, q) => ({ source: nearSource(row.src, 1 + (q % 3)) })],
    [
      'by MT (CJK by character)',
      (row, q) => ({ mt: replaceChars(random, row.mt, 1 + (q % 2), chars) }),
    ],
  ]) {
    timeLookups(make); // warm up the JIT
    const t = timeLookups(make);
    rows.push({
      name: `TM lookup ${what} in ${label}, p95 of ${LOOKUPS} near-duplicates (${t.found} with matches ≥ 70 %)`,
      value: `${t.p95.toFixed(1)} ms`,
      spread: `median ${t.median.toFixed(1)} ms, max ${t.max.toFixed(1)} ms`,
      goal: '≤ 50 ms p95',
    });
  }

  // Concordance: 1–3 consecutive words of a source, or 2–4 consecutive characters of a post-edit.
  const phrases = Array.from({ length: SEARCHES }, (_, s) => {
    const row = base[Math.floor(random() * base.length)];
    if (s % 2 === 0) {
      const words = row.src.split(' ').filter((w) => /\p{L}/u.test(w));
      const n = 1 + (s % 3);
      const at = Math.floor(random() * Math.max(1, words.length - n));
      return words.slice(at, at + n).join(' ');
    }
    const han = [...row.pe.replace(/\s+/g, '')].filter((c) => /\p{Script=Han}/u.test(c));
    const n = 2 + (s % 3);
    const at = Math.floor(random() * Math.max(1, han.length - n));
    return han.slice(at, at + n).join('') || '的';
  });
  for (const text of phrases.slice(0, 20)) memory.concordance({ text }); // warm up
  const searches = [];
  let hits = 0;
  for (const text of phrases) {
    const start = performance.now();
    hits += memory.concordance({ text }).hits.length;
    searches.push(performance.now() - start);
  }
  const c = percentiles(searches);
  rows.push({
    name: `TM concordance in ${label}, p95 of ${SEARCHES} phrases (1–3 words, 2–4 CJK characters; ${Math.round(hits / SEARCHES)} hits each on average, at most 50)`,
    value: `${c.p95.toFixed(1)} ms`,
    spread: `median ${c.median.toFixed(1)} ms, max ${c.max.toFixed(1)} ms`,
    goal: '(ours) ≤ 50 ms p95',
  });

  // TMX import: the memory written by Verso's TMX export (dates, users, MT and project properties),
  // then read and indexed as `verso tm import` and the app's import do.
  const tmx = new TextEncoder().encode(tm.memoryToTmx(info, memory.units(), 0));
  const imports = [];
  for (let r = 0; r < runs; r += 1) {
    const start = performance.now();
    const read = tm.importTmxMemory(tmx, 'bench.tmx', { now: 0 });
    const imported = tm.TranslationMemory.fromUnits(info, read.units);
    imports.push(performance.now() - start);
    if (imported.size !== memory.size)
      throw new Error(`TMX import: ${imported.size} of ${memory.size} units`);
  }
  record(
    `TM: import a ${UNITS.toLocaleString('en')}-unit TMX 1.4b (${(tmx.length / 2 ** 20).toFixed(1)} MiB; parse, dedup, index)`,
    'ms',
    imports,
    '≤ 5 s',
  );
}
