// The storage floor of the app benchmark (issue 11, "as ratios to the floor"), measured in the same run
// and the same headless Chromium as the app (scripts/bench-app.js): what IndexedDB itself costs for the
// bench document with no UI, no framework and no worker, so the app's figures can be read as multiples
// of it — absolute milliseconds move 2–3× between machines of the same kind, ratios much less.
//
// A bare page (dist/bench-floor.html: no script, no style) is served by the same server as the app, in
// a fresh browser context like each app run. Through raw IndexedDB (no idb wrapper), with the app's
// record layout (src/storage/schema.ts: a project row and chunk records of 500 segments keyed
// [projectId, index], each segment with id, mt, text, status, comments, revision count, time):
// - write: the 40 chunk records and the project row put in one readwrite transaction, from the
//   transaction's creation to its `complete` (the records are built before the clock starts);
// - write with source: the same for the document with its Chinese source column (the TSV import);
// - read: the page reloaded, then from navigation start (the start line of the app's reopen figure)
//   through `indexedDB.open` and one readonly transaction (`getAll` of the chunks, `get` of the row) to
//   its `complete` and the records read from its requests (Chromium deserialises them then, not
//   before); the IndexedDB part alone is kept too;
// - rewrite: the chunks holding the segments a replace-all touches, those segments changed in memory,
//   put back with the project row in one readwrite transaction (what the app's replace-all must at
//   least write; the app also reads those chunks first and appends a revision per segment).
import { rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** The bare page, in dist/ next to the app's files. */
export const FLOOR_PAGE = 'bench-floor.html';
const DB = 'verso-bench-floor';
/** Segments per chunk record: the app's CHUNK_SIZE (src/storage/schema.ts). */
export const FLOOR_CHUNK = 500;

/** Puts the bare page into `dist/`; returns a function that removes it again. */
export function installFloorPage(root) {
  // Where the server serves the app from: dist/, or VERSO_APP_DIR (another build, compared with the same
  // bench code).
  const file = join(resolve(root, process.env.VERSO_APP_DIR || 'dist'), FLOOR_PAGE);
  writeFileSync(
    file,
    '<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><title>IndexedDB floor</title>' +
      '<link rel="icon" href="data:,"></head><body></body></html>\n',
  );
  return () => rmSync(file, { force: true });
}

/**
 * Init script of the floor's context (runs in the page, before anything else): on a load flagged in
 * sessionStorage, reads a project back (see the file comment) into `window.__floorRead`.
 */
function readOnLoad() {
  const flag = sessionStorage.getItem('bench-floor-read');
  if (flag === null) return;
  sessionStorage.removeItem('bench-floor-read');
  const { db: name, project } = JSON.parse(flag);
  window.__floorRead = new Promise((resolve, reject) => {
    const start = performance.now();
    const request = indexedDB.open(name);
    request.onerror = () => reject(request.error);
    request.onsuccess = () => {
      const db = request.result;
      const tx = db.transaction(['projects', 'chunks'], 'readonly');
      const row = tx.objectStore('projects').get(project);
      const chunks = tx
        .objectStore('chunks')
        .getAll(IDBKeyRange.bound([project, 0], [project, Infinity]));
      tx.onerror = () => reject(tx.error);
      tx.oncomplete = () => {
        // Chromium makes the records JS values when `result` is first read, not at `complete`: the
        // clock stops once both results are read, so the floor holds the records as the app must.
        window.__floorDb = db;
        window.__floorRow = row.result;
        window.__floorChunks = chunks.result;
        const end = performance.now();
        const segments = chunks.result.reduce((n, c) => n + c.segments.length, 0);
        resolve({ sinceNavigation: end, idb: end - start, segments });
      };
    };
  });
}

/** In the page: opens the floor database (creating the app's two stores) as `window.__floorDb`. */
function openDatabase(name) {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(name, 1);
    request.onupgradeneeded = () => {
      request.result.createObjectStore('projects', { keyPath: 'id' });
      request.result.createObjectStore('chunks', { keyPath: ['projectId', 'index'] });
    };
    request.onerror = () => reject(request.error);
    request.onsuccess = () => {
      window.__floorDb = request.result;
      resolve();
    };
  });
}

/**
 * In the page: builds the project's records (the app's layout) from `mts` (and `sources`), then times
 * their write in one transaction. Resolves with the ms from the transaction's creation to `complete`.
 */
function writeProject({ project, mts, sources, chunkSize }) {
  const now = Date.now();
  const segments = mts.map((mt, i) => ({
    id: `s${i + 1}`,
    mt,
    ...(sources ? { source: sources[i] } : {}),
    text: mt,
    status: 'new',
    comments: [],
    revisionCount: 1,
    updatedAt: now,
  }));
  const chunks = [];
  for (let at = 0; at < segments.length; at += chunkSize) {
    chunks.push({
      projectId: project,
      index: chunks.length,
      segments: segments.slice(at, at + chunkSize),
    });
  }
  const row = {
    id: project,
    name: project,
    fileName: `${project}.txt`,
    createdAt: now,
    updatedAt: now,
    segmentCount: segments.length,
    targetLang: 'en',
    chunkCount: chunks.length,
    chunkSize,
    schema: 1,
  };
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const tx = window.__floorDb.transaction(['projects', 'chunks'], 'readwrite');
    tx.objectStore('projects').put(row);
    const store = tx.objectStore('chunks');
    for (const chunk of chunks) store.put(chunk);
    tx.onerror = () => reject(tx.error);
    tx.oncomplete = () => resolve(performance.now() - start);
  });
}

/**
 * In the page, after `readOnLoad`: the chunks holding `updates` (segment index → new text) copied with
 * those segments edited, then put back with the project row in one transaction. Resolves with the ms
 * from the transaction's creation to `complete` and the number of chunks written.
 */
function rewriteTouched({ updates, chunkSize }) {
  const now = Date.now();
  const touched = new Map();
  for (const [index, text] of updates) {
    const at = Math.floor(index / chunkSize);
    const chunk =
      touched.get(at) ??
      touched
        .set(at, { ...window.__floorChunks[at], segments: [...window.__floorChunks[at].segments] })
        .get(at);
    const old = chunk.segments[index % chunkSize];
    chunk.segments[index % chunkSize] = {
      ...old,
      text,
      status: 'edited',
      revisionCount: old.revisionCount + 1,
      updatedAt: now,
    };
  }
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const tx = window.__floorDb.transaction(['projects', 'chunks'], 'readwrite');
    tx.objectStore('projects').put({ ...window.__floorRow, updatedAt: now });
    const store = tx.objectStore('chunks');
    for (const chunk of touched.values()) store.put(chunk);
    tx.onerror = () => reject(tx.error);
    tx.oncomplete = () => resolve({ ms: performance.now() - start, chunks: touched.size });
  });
}

/**
 * One floor run in a fresh context of `browser`: write (text and with source), read after a reload,
 * rewrite of the chunks `docs.replace` touches. Resolves with `{ write, writeSource, read, readIdb,
 * rewrite, rewriteChunks }` in ms (and chunk count).
 */
export async function measureFloor(browser, baseUrl, docs) {
  const context = await browser.newContext();
  await context.addInitScript(readOnLoad);
  try {
    const page = await context.newPage();
    await page.goto(new URL(FLOOR_PAGE, baseUrl).href);
    await page.evaluate(openDatabase, DB);
    const write = await page.evaluate(writeProject, {
      project: 'floor-text',
      mts: docs.paragraphs,
      chunkSize: FLOOR_CHUNK,
    });
    const writeSource = await page.evaluate(writeProject, {
      project: 'floor-source',
      mts: docs.paragraphs,
      sources: docs.sources,
      chunkSize: FLOOR_CHUNK,
    });
    await page.evaluate(
      (flag) => {
        window.__floorDb.close();
        sessionStorage.setItem('bench-floor-read', flag);
      },
      JSON.stringify({ db: DB, project: 'floor-text' }),
    );
    await page.reload({ waitUntil: 'commit' });
    await page.waitForFunction(() => window.__floorRead !== undefined);
    const read = await page.evaluate(() => window.__floorRead);
    if (read.segments !== docs.paragraphs.length) {
      throw new Error(`floor: ${read.segments} segments read back of ${docs.paragraphs.length}`);
    }
    const rewrite = await page.evaluate(rewriteTouched, {
      updates: docs.replace.updates,
      chunkSize: FLOOR_CHUNK,
    });
    return {
      write,
      writeSource,
      read: read.sinceNavigation,
      readIdb: read.idb,
      rewrite: rewrite.ms,
      rewriteChunks: rewrite.chunks,
    };
  } finally {
    await context.close();
  }
}

/** The floors paragraph of BENCHMARKS.md's "Real text and floors" section. */
export function floorNotes() {
  return [
    '**Floors.** Measured in every run, in the same Chromium (Debian `/usr/bin/chromium` with ' +
      "vite.config.ts's `chromiumArgs`), in a fresh browser context right after the app's: a bare " +
      `page (\`dist/${FLOOR_PAGE}\`, no script, no style, written next to the build for the run and ` +
      "removed after) served by the same server as the app (Verso's own, `scripts/start.js`), " +
      "driving raw IndexedDB with the app's record layout (src/storage/schema.ts: a project row and " +
      `chunk records of ${FLOOR_CHUNK} segments keyed [projectId, index]), each segment with its MT ` +
      'and its text as given. (Since database version 5 the app stores a text only where it differs ' +
      'from the MT, src/storage/chunks.ts `toDisk`: for an untouched document it writes and reads ' +
      'about half what the floor does; the floors stay the document as given.) *Write*: the document’s ' +
      'chunk records and project row put in one readwrite transaction, timed from its creation to ' +
      '`complete` (records built before the clock starts); the same for the TSV document with its ' +
      'source column. *Read*: the page reloaded, timed from navigation start (the start line of the ' +
      "app's reopen figure) to the `complete` of one readonly transaction (`getAll` of the chunks, " +
      '`get` of the row) and the records read from its requests — Chromium deserialises them when ' +
      '`result` is first read, not at `complete`; until 2026-12-07 the clock stopped at `complete` and ' +
      'left that out (≈ 70 ms, a third of the floor, on this machine); the row also gives the ' +
      'IndexedDB part alone. ' +
      '*Rewrite*: the chunks holding the segments replace-all changes (spread over the document, so ' +
      'every chunk), those segments edited in memory and put back with the project row in one ' +
      'transaction — the least the app must write (it also adds the revisions, since version 5 as a ' +
      'few revision sets of up to 512, src/storage/revision-records.ts, and reads the project row to ' +
      'check that the chunks it holds are still the stored ones: it no longer reads the chunks back, ' +
      'src/storage/chunk-cache.ts). *Keystroke*: the bare textarea page the bench already had. ' +
      'Ratios are taken per run (app figure ÷ its floor in the same run), then the median and range ' +
      'over the runs, so load that slows a whole run cancels out; goals from issue 11: import ≤ 2 × ' +
      'write, reopen ≤ 2 × read, replace-all ≤ 3 × rewrite (✗: median above its goal); the TSV import ' +
      'and keystroke ratios are reported without a goal. Node figures (QA, report, exports, diff) have ' +
      'no floor.',
    '',
  ].join('\n');
}
