/**
 * Issue 6, hostile input: every file of the matrix (tests/support/hostile-files.ts) opened through
 * "Open document" gets its own message, the app stays responsive while and after it is read, and the
 * stored projects are exactly as before (same backup, byte for byte but the export time).
 */
import { expect, test, type Page } from '@playwright/test';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { HOSTILE_FILES, type HostileFile } from '../support/hostile-files.ts';
import { SEED_NAME, correction, download, openApp, projectNames, waitSaved } from './support.ts';

/** The open project's backup without its export time: equal iff nothing stored changed. */
async function storedState(page: Page): Promise<string> {
  const backup = await download(page, /Project backup/);
  await page.keyboard.press('Escape');
  return backup.text.replace(/"exportedAt": \d+/, '');
}

/** Chooses `file` in "Open document"; files over 50 MB go by path (Playwright's limit). */
async function choose(page: Page, file: HostileFile, dir: string): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Open document' }).click();
  if (file.byPath) {
    const path = join(dir, file.name);
    await writeFile(path, file.bytes());
    await (await chooser).setFiles(path);
  } else {
    await (
      await chooser
    ).setFiles({
      name: file.name,
      mimeType: 'application/octet-stream',
      buffer: Buffer.from(file.bytes()),
    });
  }
}

/** The main thread answers: a frame comes within `ms`. */
async function frameWithin(page: Page, ms: number): Promise<void> {
  const took = await page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        const start = performance.now();
        requestAnimationFrame(() => resolve(performance.now() - start));
      }),
  );
  expect(took).toBeLessThan(ms);
}

test(`${HOSTILE_FILES.length} hostile files each get their own message; the app stays responsive and stored projects unchanged`, async ({
  page,
}) => {
  test.setTimeout(180_000);
  const dir = await mkdtemp(join(tmpdir(), 'verso-hostile-'));
  await openApp(page);
  await correction(page, 8).fill('(1) Opening advantages');
  await waitSaved(page);
  const before = await storedState(page);
  for (const file of HOSTILE_FILES) {
    await test.step(`${file.title}: ${file.name} → ${file.key}`, async () => {
      await choose(page, file, dir);
      // Responsive while the file is read (parsing runs in a worker, decoding is bounded).
      await frameWithin(page, 1000);
      await expect(page.getByRole('alert').filter({ hasText: file.message })).toBeVisible({
        timeout: 30_000,
      });
      // And after: a toolbar button still works.
      await page.getByRole('button', { name: 'Keyboard shortcuts' }).click();
      const keys = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
      await expect(keys).toBeVisible();
      await keys.getByRole('button', { name: 'Close' }).click();
      await page.getByRole('alert').getByRole('button', { name: 'Dismiss' }).click();
    });
  }
  await rm(dir, { recursive: true });
  expect(await projectNames(page)).toEqual([SEED_NAME]);
  expect(await storedState(page)).toBe(before);
  await page.reload();
  await expect(correction(page, 8)).toHaveValue('(1) Opening advantages');
});
