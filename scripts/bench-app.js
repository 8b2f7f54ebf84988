// The app half of `npm run bench` (issue 6): drives the production build (vite preview) in headless
// Debian Chromium through playwright-core, on documents generated from a seeded PRNG, and returns table
// rows with the median and spread over `runs` runs. Called by scripts/bench.js.
//
// Every figure is taken inside the page (performance.now(), event timestamps, requestAnimationFrame), so
// the CDP round trips of the driver are not counted. "Painted" means: the DOM shows the result, a frame
// (rAF) ran after that, and a task posted from that rAF ran — i.e. the frame's style, layout and paint
// are done.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { preview } from 'vite';

/**
 * Builds the production app in a child process. Not Vite's `build()` in the bench's own process: after
 * `runnerImport` that process has NODE_ENV=development, which gives a development build (Lit's dev
 * mode, unminified) — measured before this change by mistake.
 */
export function buildApp(root) {
  const env = { ...process.env };
  delete env.NODE_ENV;
  execFileSync(join(root, 'node_modules/.bin/vite'), ['build', '--logLevel', 'warn'], {
    cwd: root,
    env,
    stdio: 'inherit',
  });
}

/** Paragraphs of the large document (≈ 50 words each: ≈ 1M words, issue 6). */
export const PARAGRAPHS = 20000;
/** Every HIT_EVERY-th paragraph holds the marker once: 2,000 replace-all hits. */
const HIT_EVERY = 10;
const MARKER = 'Zanzibarx';
const KEYSTROKES = 60;

/** Words of the Chinese source column (the seed's register). */
const ZH = [
  ...'建设 合作 发展 推进 经济 贸易 国家 地区 试验区 总体 方案 政策 开放 创新 改革 企业'.split(' '),
  ...'市场 投资 基础设施 港口 物流 金融 服务 产业 园区 项目 工程 交通 能源 城市 政府 部门'.split(
    ' ',
  ),
];

/**
 * The benchmark documents: a 20,000-paragraph plain text (≈ 1M words, the marker in every tenth
 * paragraph) and the same MT with a Chinese source column as a TSV with a language header.
 */
export function benchDocuments(random, vocabulary) {
  const pick = (list) => list[Math.floor(random() * list.length)];
  const words = (n) => Array.from({ length: n }, () => pick(vocabulary));
  const paragraphs = Array.from({ length: PARAGRAPHS }, (_, i) => {
    const w = words(40 + Math.floor(random() * 21));
    if (i % HIT_EVERY === 0) w.splice(Math.floor(random() * w.length), 0, MARKER);
    return `${w.join(' ')}.`;
  });
  const source = paragraphs.map(() =>
    Array.from({ length: 60 + Math.floor(random() * 40) }, () => pick(ZH)).join(''),
  );
  return {
    text: paragraphs.join('\n\n'),
    firstParagraph: paragraphs[0],
    wordCount: paragraphs.reduce((n, p) => n + p.split(' ').length, 0),
    tsv: ['zh-CN\ten', ...paragraphs.map((p, i) => `${source[i]}\t${p}`)].join('\n'),
  };
}

/**
 * Helpers installed in every page (init script, so they survive reloads): deep queries through shadow
 * roots, "painted" detection and the per-figure probes.
 */
function pageHelpers() {
  const all = (root, selector, out = []) => {
    for (const el of root.querySelectorAll('*')) {
      if (el.matches(selector)) out.push(el);
      if (el.shadowRoot) all(el.shadowRoot, selector, out);
    }
    return out;
  };
  const row = (n) =>
    all(document, 'verso-segment-row').find((r) => r.getAttribute('aria-label') === `Segment ${n}`);
  const editor = (n) => row(n)?.shadowRoot?.querySelector('textarea.editor') ?? null;
  /** Resolves after the frame following the current one has been rendered. */
  const afterPaint = () =>
    new Promise((resolve) =>
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => resolve(performance.now());
        channel.port2.postMessage(0);
      }),
    );
  /** Checks `predicate` every frame; resolves with the time its result was painted. */
  const whenPainted = (predicate) =>
    new Promise((resolve) => {
      const tick = () => {
        if (predicate()) {
          const channel = new MessageChannel();
          channel.port1.onmessage = () => resolve(performance.now());
          channel.port2.postMessage(0);
        } else requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    });
  /** The "after" text a diff view shows: kept and inserted runs, without screen-reader labels. */
  const diffAfter = (view) => {
    let text = '';
    for (const node of view.shadowRoot?.childNodes ?? []) {
      if (node.nodeType === Node.TEXT_NODE) text += node.data;
      else if (node.nodeName === 'INS') {
        for (const inner of node.childNodes)
          if (inner.nodeType === Node.TEXT_NODE) text += inner.data;
      }
    }
    return text;
  };
  const bench = {
    row,
    editor,
    afterPaint,
    /** Row 1 shows `text` (the first paragraph of a just-opened document), with a source or not. */
    firstRowIs: (text, bilingual = false) =>
      whenPainted(
        () =>
          editor(1)?.value === text &&
          Boolean(row(1)?.shadowRoot?.querySelector('textarea.source')) === bilingual,
      ),
    /** Records the time of the next file chosen through the toolbar's file input. */
    armFileInput() {
      const input = all(document, 'input[type=file]')[0];
      bench.fileChosenAt = undefined;
      input?.addEventListener('change', (e) => (bench.fileChosenAt = e.timeStamp), { once: true });
    },
    /** Measures keydown → diff of row `n` repainted, for every key pressed from now on. */
    watchKeys(n) {
      const samples = [];
      let pendingSince = null;
      const check = () => {
        if (pendingSince === null) return;
        const field = editor(n);
        const view = row(n)?.shadowRoot?.querySelector('verso-diff-view');
        if (field && view && diffAfter(view) === field.value) {
          const since = pendingSince;
          pendingSince = null;
          const channel = new MessageChannel();
          channel.port1.onmessage = () => samples.push(performance.now() - since);
          channel.port2.postMessage(0);
        } else requestAnimationFrame(check);
      };
      window.addEventListener(
        'keydown',
        (e) => {
          pendingSince = e.timeStamp;
          requestAnimationFrame(check);
        },
        true,
      );
      bench.keySamples = samples;
    },
    /** Resolves with the time the store went saving → saved and the indicator was painted. */
    saveCycle() {
      const store = document.querySelector('verso-app').store;
      return new Promise((resolve) => {
        let saving = false;
        const onChange = () => {
          if (store.state.save === 'saving') saving = true;
          else if (saving && store.state.save === 'saved') {
            store.removeEventListener('change', onChange);
            resolve(
              whenPainted(() =>
                all(document, '[role=status]').some((s) =>
                  s.textContent.includes('All changes saved'),
                ),
              ),
            );
          }
        };
        store.addEventListener('change', onChange);
      });
    },
    /** Records the time of the next click on a button whose text is `label`. */
    armClick(label) {
      bench.clickedAt = undefined;
      const onClick = (e) => {
        const target = e.composedPath()[0];
        if (target instanceof HTMLElement && target.textContent.trim() === label) {
          bench.clickedAt = e.timeStamp;
          window.removeEventListener('click', onClick, true);
        }
      };
      window.addEventListener('click', onClick, true);
    },
    /** Scrolls the grid back to the top. */
    scrollToTop() {
      all(document, 'lit-virtualizer')[0].scrollTop = 0;
      return afterPaint();
    },
    /** Scrolls the grid from top to bottom in steps of `viewports` screens a frame; frame times. */
    async scrollThrough(viewports) {
      const scroller = all(document, 'lit-virtualizer')[0];
      scroller.scrollTop = 0;
      await afterPaint();
      const frames = [];
      let last = performance.now();
      for (let i = 0; i < 100000; i += 1) {
        const now = await new Promise((r) => requestAnimationFrame(r));
        frames.push(now - last);
        last = now;
        const bottom = scroller.scrollTop + scroller.clientHeight >= scroller.scrollHeight - 2;
        if (bottom && row(20000)) break;
        scroller.scrollTop += scroller.clientHeight * viewports;
      }
      return { frames, reachedLast: Boolean(row(20000)) };
    },
  };
  window.__bench = bench;
  // A reload that should time the reopening of the last project (see `reopen` below).
  const expected = sessionStorage.getItem('bench-expect-first');
  if (expected !== null) {
    sessionStorage.removeItem('bench-expect-first');
    bench.reopened = bench.firstRowIs(expected);
  }
}

function stats(samples) {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  return { median: at(0.5), min: sorted[0], max: sorted.at(-1), p95: at(0.95) };
}

const ms = (x) => `${x.toFixed(1)} ms`;
const debug = process.env.BENCH_DEBUG ? (...a) => console.error('[bench-app]', ...a) : () => {};

/** Opens `file` through the toolbar's "Open document"; resolves with file chosen → first rows painted. */
async function importAndPaint(page, file, firstText, bilingual) {
  await page.evaluate(() => window.__bench.armFileInput());
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Open document' }).click();
  debug('setFiles', file.name);
  await (await chooser).setFiles(file);
  debug('waiting for the first rows');
  if (process.env.BENCH_DEBUG)
    setTimeout(
      () => void page.screenshot({ path: `/tmp/bench/${file.name}.png` }).catch(() => {}),
      30000,
    );
  const painted = await page.evaluate(
    ([text, withSource]) => window.__bench.firstRowIs(text, withSource),
    [firstText, bilingual],
  );
  const chosen = await page.evaluate(() => window.__bench.fileChosenAt);
  return painted - chosen;
}

/**
 * Runs every app figure `runs` times (a fresh browser context, i.e. an empty profile, per run) and
 * returns the table rows `{ name, value, spread, goal }`.
 */
export async function benchApp({
  root,
  runs,
  vocabulary,
  seededRandom,
  chromiumPath,
  chromiumArgs,
}) {
  const docs = benchDocuments(seededRandom(6), vocabulary);
  const port = 4391;
  const server = await preview({
    root,
    preview: { host: '127.0.0.1', port, strictPort: true },
    logLevel: 'silent',
  });
  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
  const samples = {
    import: [],
    importTsv: [],
    reopen: [],
    keyP95: [],
    keys: [],
    replace: [],
    scrollMax: [],
    scrollOver50: [],
    scrollFrames: [],
    heap: [],
  };
  try {
    for (let run = 0; run < runs; run += 1) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      await context.addInitScript(pageHelpers);
      const page = await context.newPage();
      await page.goto(`http://127.0.0.1:${port}/?lng=en`);
      await page.getByRole('textbox', { name: 'Correction 1', exact: true }).waitFor();

      debug('// Import a 20,000');
      // Import a 20,000-paragraph text file → first rows painted.
      samples.import.push(
        await importAndPaint(
          page,
          { name: 'bench-20000.txt', mimeType: 'text/plain', buffer: Buffer.from(docs.text) },
          docs.firstParagraph,
          false,
        ),
      );
      await page.getByText(`${PARAGRAPHS} segments shown`).waitFor();

      debug('// Reopen it');
      // Reopen it from IndexedDB (reload: the last project opens) → first rows painted.
      await page.evaluate(
        (text) => sessionStorage.setItem('bench-expect-first', text),
        docs.firstParagraph,
      );
      await page.reload({ waitUntil: 'commit' });
      await page.waitForFunction(() => window.__bench?.reopened !== undefined);
      samples.reopen.push(await page.evaluate(() => window.__bench.reopened));

      debug('// JS heap');
      // JS heap with the document open, after a full GC.
      const cdp = await context.newCDPSession(page);
      await cdp.send('HeapProfiler.collectGarbage');
      const { usedSize } = await cdp.send('Runtime.getHeapUsage');
      samples.heap.push(usedSize / 2 ** 20);

      debug('// Keystroke');
      // Keystroke → diff repainted, in row 1 of the 20,000-segment document.
      const field = page.getByRole('textbox', { name: 'Correction 1', exact: true });
      await field.click();
      await page.keyboard.press('Control+End');
      await page.evaluate(() => window.__bench.watchKeys(1));
      const random = seededRandom(60 + run);
      for (let k = 0; k < KEYSTROKES; k += 1) {
        const key = random() < 0.2 ? 'Backspace' : 'abcdefghij'[Math.floor(random() * 10)];
        await page.keyboard.press(key);
        await page.waitForFunction((n) => window.__bench.keySamples.length >= n, k + 1, {
          polling: 'raf',
        });
        // Now and then a pause long enough for the autosave to run between keystrokes.
        await page.waitForTimeout(k % 15 === 14 ? 400 : 20 + Math.floor(random() * 60));
      }
      const keys = await page.evaluate(() => window.__bench.keySamples);
      samples.keys.push(...keys);
      samples.keyP95.push(stats(keys).p95);
      await page.keyboard.press('Control+s');
      await page.getByRole('status').filter({ hasText: 'All changes saved' }).waitFor();

      debug('// Replace all');
      // Replace all: 2,000 hits through the Find and replace dialog, until "All changes saved".
      await page.getByRole('button', { name: 'Find and replace' }).click();
      const dialog = page.getByRole('dialog', { name: 'Find and replace' });
      await dialog.getByRole('textbox', { name: 'Find', exact: true }).fill(MARKER);
      await dialog.getByRole('textbox', { name: 'Replace with' }).fill('Zanzibar');
      await dialog.getByText(`${PARAGRAPHS / HIT_EVERY} hits in`).waitFor();
      await page.evaluate(() => {
        window.__bench.armClick('Replace all');
        window.__bench.savedAt = window.__bench.saveCycle();
      });
      await dialog.getByRole('button', { name: 'Replace all' }).click();
      const saved = await page.evaluate(() => window.__bench.savedAt);
      samples.replace.push(saved - (await page.evaluate(() => window.__bench.clickedAt)));
      await dialog.getByRole('button', { name: 'Close' }).click();

      debug('// Scroll from');
      // Scroll from top to bottom: frame times.
      const { frames, reachedLast } = await page.evaluate(() => window.__bench.scrollThrough(3));
      if (!reachedLast) throw new Error('The scroll did not reach the last segment.');
      const scroll = stats(frames.slice(1));
      samples.scrollMax.push(scroll.max);
      samples.scrollOver50.push(frames.slice(1).filter((f) => f > 50).length);
      samples.scrollFrames.push(frames.length);

      debug('// The variant');
      // The variant with a source column: a 20,000-row TSV (zh-CN source, en MT). The grid keeps its
      // scroll position when another project opens, so go back to the top first.
      await page.evaluate(() => window.__bench.scrollToTop());
      samples.importTsv.push(
        await importAndPaint(
          page,
          {
            name: 'bench-20000.tsv',
            mimeType: 'text/tab-separated-values',
            buffer: Buffer.from(docs.tsv),
          },
          docs.firstParagraph,
          true,
        ),
      );
      await context.close();
    }
  } finally {
    await browser.close();
    await new Promise((resolve) => server.httpServer.close(resolve));
  }

  const row = (name, values, goal, fmt = ms) => {
    const s = stats(values);
    return { name, value: fmt(s.median), spread: `${fmt(s.min)}–${fmt(s.max)}`, goal };
  };
  const words = `${PARAGRAPHS.toLocaleString('en')} paragraphs, ${docs.wordCount.toLocaleString('en')} words`;
  const allKeys = stats(samples.keys);
  return [
    row(`import a text file (${words}) → first rows painted`, samples.import, '≤ 1000 ms'),
    row(
      `import the same MT with a source column (TSV, ${PARAGRAPHS.toLocaleString('en')} rows) → first rows painted`,
      samples.importTsv,
      '≤ 1000 ms (ours)',
    ),
    row('reopen it from IndexedDB (reload) → first rows painted', samples.reopen, '≤ 500 ms'),
    row(
      `keystroke → diff repainted, p95 per run (${KEYSTROKES} keys a run; all ${samples.keys.length}: median ${ms(allKeys.median)}, p95 ${ms(allKeys.p95)}, max ${ms(allKeys.max)})`,
      samples.keyP95,
      '≤ 16 ms',
    ),
    row(
      `replace all, ${(PARAGRAPHS / HIT_EVERY).toLocaleString('en')} hits → "All changes saved" painted`,
      samples.replace,
      '≤ 1000 ms',
    ),
    row(
      `scroll top → bottom (3 screens a frame, ${stats(samples.scrollFrames).median} frames): longest frame`,
      samples.scrollMax,
      '≤ 50 ms',
    ),
    row('scroll top → bottom: frames over 50 ms', samples.scrollOver50, '0', String),
    row('JS heap with it open, after GC', samples.heap, '≤ 200 MB', (x) => `${x.toFixed(1)} MB`),
  ];
}
