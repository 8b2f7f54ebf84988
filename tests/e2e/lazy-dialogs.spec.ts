/**
 * Dialogs load on first use (issue 6: initial JS ≤ 80 kB). A dialog whose code cannot be fetched (the
 * network dropped before the offline copy was ready) is reported, and opens once the network is back.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';
import { openApp } from './support.ts';

/**
 * Code that loads on first use or with a project, never with the app: were one of these imported
 * statically again, it would be back in the first load (issue 13).
 */
const LOADED_LATER = [
  'node_modules/diff-match-patch/',
  'src/core/text/diff.ts',
  'src/core/lqa/anchor.ts',
  'src/core/lqa/restructure.ts',
  'src/core/terms/packs/belt-and-road.ts',
  'src/core/text/json-fields.ts',
  'src/core/project/project-title.ts',
  'src/state/views/lqa-view.ts',
  'src/state/flows/tm-memory.ts',
  'src/state/flows/sync-share.ts',
  'src/state/sync/live.ts',
  'src/core/lqa/replay.ts',
  'node_modules/@lit-labs/virtualizer/',
  'src/ui/grid/jump-aware-flow-layout.ts',
  'corpus/',
];

/**
 * The ceiling this test holds: issue 13's goal, 80 kB. The first load was 84.7 kB after the scorecard
 * editor, the LQA sync binding and the scroll layout merged; the virtualizer and its layout now load
 * with the first rows instead (76.8 kB).
 */
const INITIAL_JS_CEILING_KB = 80;

// The built files the e2e server serves (npm start builds them first); no browser needed.
test('the first load stays within its ceiling of gzipped JavaScript, without code loaded later', () => {
  const dist = join(import.meta.dirname, '../../dist');
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  // What scripts/bench.js counts as "initial JS (gzip)": the scripts index.html names.
  const initial = readdirSync(join(dist, 'assets')).filter(
    (f) => f.endsWith('.js') && html.includes(f),
  );
  const bytes = initial.reduce(
    (sum, f) => sum + gzipSync(readFileSync(join(dist, 'assets', f))).length,
    0,
  );
  expect(bytes / 1024, `initial JS: ${initial.join(', ')}`).toBeLessThanOrEqual(
    INITIAL_JS_CEILING_KB,
  );
  // Every script but Rolldown's runtime helpers has a source map.
  const maps = initial.map((f) => join(dist, 'assets', `${f}.map`)).filter((m) => existsSync(m));
  expect(maps.length).toBeGreaterThan(0);
  const sources = maps.flatMap(
    (m) => (JSON.parse(readFileSync(m, 'utf8')) as { sources: string[] }).sources,
  );
  for (const later of LOADED_LATER) {
    expect(sources.filter((s) => s.includes(later))).toEqual([]);
  }
});

// Without the service worker, so the chunk request reaches the network (and the route below).
test.use({ serviceWorkers: 'block' });

test('a dialog that cannot be loaded says so, and opens on the next try', async ({ page }) => {
  await page.route('**/assets/verso-settings-*.js', (route) => route.abort('internetdisconnected'));
  await openApp(page);
  await page.getByRole('button', { name: 'Settings' }).click();
  await expect(page.getByRole('alert')).toContainText('Something went wrong');
  await expect(page.getByRole('dialog', { name: 'Settings' })).toHaveCount(0);
  await page.unroute('**/assets/verso-settings-*.js');
  await page.getByRole('button', { name: 'Settings' }).click();
  await expect(page.getByRole('dialog', { name: 'Settings' })).toBeVisible();
});
