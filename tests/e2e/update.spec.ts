/**
 * Issue 12 item 11: a new release must not break a tab opened before it. Tab A runs release 1; the
 * server's folder is replaced by release 2 (every file renamed, as a rebuild renames hashed files) and
 * tab B opens it, so release 2's service worker installs and takes over. Tab A keeps working — its
 * lazily loaded parts (Projects, Terms, Metrics, Settings) still load, from release 1's cache — and is
 * told "A new version is ready — Reload"; release 1's cache goes once no tab uses it.
 *
 * Release 2 is release 1 with every hashed file name changed and every reference rewritten: what a
 * rebuild does to the files, without a second full build in the test.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import {
  cpSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';

const ROOT = new URL('../..', import.meta.url).pathname;
const PORT = Number(process.env['E2E_PORT'] ?? 4317) + 50;
const URL_ = `http://127.0.0.1:${PORT}/`;

/** `dist/` as a second release: hashed names changed everywhere, a new service-worker version. */
function secondRelease(from: string, to: string): void {
  cpSync(from, to, { recursive: true });
  const assets = join(to, 'assets');
  const renames = new Map<string, string>();
  for (const name of readdirSync(assets)) {
    const hash = /-([A-Za-z0-9_-]{8})\.(js|css|json)(\.map)?$/.exec(name)?.[1];
    if (hash) renames.set(`-${hash}.`, `-${hash}r2.`);
  }
  const rewrite = (text: string) => {
    let out = text;
    for (const [a, b] of renames) out = out.replaceAll(a, b);
    return out
      .replace(/Version ([0-9a-f]{16})/, 'Version $1r2')
      .replace(/'verso-([0-9a-f]{16})'/, "'verso-$1r2'");
  };
  const files = [
    ...readdirSync(to)
      .filter((f) => /\.(html|js|json|webmanifest)$/.test(f))
      .map((f) => join(to, f)),
    ...readdirSync(assets).map((f) => join(assets, f)),
  ];
  for (const file of files) writeFileSync(file, rewrite(readFileSync(file, 'utf8')));
  for (const name of readdirSync(assets)) {
    const renamed = rewrite(name);
    if (renamed !== name) renameSync(join(assets, name), join(assets, renamed));
  }
}

/** Replaces what the server serves with `release` (the old files are gone, as after a deploy). */
function deploy(release: string, served: string): void {
  rmSync(served, { recursive: true, force: true });
  cpSync(release, served, { recursive: true });
}

let work: string;
let server: ChildProcess;

test.beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'verso-update-'));
  cpSync(join(ROOT, 'dist'), join(work, 'release-1'), { recursive: true });
  secondRelease(join(work, 'release-1'), join(work, 'release-2'));
  deploy(join(work, 'release-1'), join(work, 'served'));
  server = spawn(process.execPath, [join(ROOT, 'scripts/start.js')], {
    env: {
      ...process.env,
      PORT: String(PORT),
      VERSO_APP_DIR: join(work, 'served'),
      VERSO_DATA_DIR: join(work, 'data'),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  await new Promise<void>((resolve, reject) => {
    let output = '';
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('Verso is running at')) resolve();
    };
    server.stdout?.on('data', onData);
    server.stderr?.on('data', onData);
    server.once('exit', () => reject(new Error(`the server exited:\n${output}`)));
  });
});

test.afterAll(() => {
  server?.kill('SIGTERM');
  rmSync(work, { recursive: true, force: true });
});

/** The service worker caches, by name. */
const cacheNames = (page: Page) => page.evaluate(() => caches.keys());

test('a tab opened before a new release keeps working and is told to reload', async ({
  browser,
}) => {
  const context = await browser.newContext();
  const errors: string[] = [];
  const tabA = await context.newPage();
  tabA.on('pageerror', (e) => errors.push(e.message));
  await tabA.goto(`${URL_}?lng=en`);
  await tabA.evaluate(() => navigator.serviceWorker.ready);
  await expect(tabA.getByRole('img', { name: 'Available offline' })).toBeVisible();
  const [release1Cache] = await cacheNames(tabA);
  expect(release1Cache).toMatch(/^verso-[0-9a-f]{16}$/);

  deploy(join(work, 'release-2'), join(work, 'served'));
  const tabB = await context.newPage();
  await tabB.goto(`${URL_}?lng=en`);
  await tabB.evaluate(() => navigator.serviceWorker.ready);
  await expect
    .poll(() => tabB.evaluate(() => navigator.serviceWorker.controller?.scriptURL ?? ''))
    .toContain('sw.js');
  await expect.poll(() => cacheNames(tabB)).toContain(`${release1Cache}r2`);

  // Tab A is told, and still opens what it had not loaded yet (release 2 no longer has those files).
  await expect(tabA.getByText('A new version of Verso is ready.', { exact: false })).toBeVisible({
    timeout: 15_000,
  });
  expect(await cacheNames(tabA)).toContain(release1Cache);
  await tabA.getByRole('button', { name: 'Projects' }).click();
  await expect(tabA.getByRole('dialog', { name: 'Projects' })).toBeVisible();
  await tabA.keyboard.press('Escape');
  await tabA.getByRole('button', { name: 'Metrics' }).click();
  await expect(tabA.getByRole('dialog', { name: 'Post-editing metrics' })).toBeVisible();
  await tabA.keyboard.press('Escape');
  await tabA.getByRole('button', { name: 'Terms' }).click();
  await expect(tabA.getByRole('dialog', { name: 'Term rules' })).toBeVisible();
  await tabA.keyboard.press('Escape');
  await tabA.getByRole('button', { name: 'Settings' }).click();
  await expect(tabA.getByRole('dialog', { name: 'Settings' })).toBeVisible();
  await tabA.keyboard.press('Escape');
  expect(errors).toEqual([]);

  // Reload takes tab A to release 2; then no tab uses release 1 and its cache goes.
  await tabA.reload();
  await expect(tabA.getByRole('textbox', { name: 'Correction 1', exact: true })).toBeVisible();
  await tabB.reload();
  await expect.poll(() => cacheNames(tabB), { timeout: 15_000 }).not.toContain(release1Cache);
  await context.close();
});
