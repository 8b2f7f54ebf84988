// Profiles of the app benchmark's figures, for finding where their time goes (not part of any figure).
// BENCH_PROFILE=DIR writes a CPU profile per measured step (import-N, reopen-N, replace-N, scroll-N of run N) as
// DIR/STEP.cpuprofile, to open in Chromium's DevTools (Performance panel); with BENCH_TRACE=1 too, a
// Chromium trace (DIR/STEP.trace.json: main-thread tasks, IndexedDB, style and layout) instead.
// Profiling slows the page: figures of a profiled run are not comparable with others.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const TRACE_CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'v8',
  'blink',
  'IndexedDB',
  'loading',
  'toplevel',
];

/**
 * Starts recording `page` (of `context`) as `name` when BENCH_PROFILE is set; resolves with the
 * function that stops and writes it (a no-op otherwise).
 */
export async function startProfile(context, page, name) {
  const dir = process.env.BENCH_PROFILE;
  if (!dir) return async () => {};
  mkdirSync(dir, { recursive: true });
  if (process.env.BENCH_TRACE) {
    const browser = context.browser();
    await browser.startTracing(page, {
      path: join(dir, `${name}.trace.json`),
      categories: TRACE_CATEGORIES,
    });
    return async () => void (await browser.stopTracing());
  }
  const cdp = await context.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  return async () => {
    const { profile } = await cdp.send('Profiler.stop');
    writeFileSync(join(dir, `${name}.cpuprofile`), JSON.stringify(profile));
    await cdp.detach();
  };
}
