import { expect, type Locator, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';

/** The seed document as shipped in corpus/. */
export const SEED_PATH = new URL('../../corpus/000_bf2c9c8ccc29718b.txt', import.meta.url).pathname;
export const SEED_TEXT = readFileSync(SEED_PATH, 'utf8');
export const SEED_PARAGRAPHS = SEED_TEXT.split(/\n\s*\n/)
  .map((p) => p.trim())
  .filter(Boolean);

/** The seed project's name: the document's title (issue 13 item 6). */
export const SEED_NAME = 'General plan for the construction of Liaoning "one belt and one road"…';
/** The seed's download names start with its name, without characters illegal in file names. */
export const SEED_FILE_STEM =
  'General plan for the construction of Liaoning one belt and one road…';

/** Segment row N (1-based), the way a screen reader names it. */
export function segment(page: Page, n: number): Locator {
  return page.getByRole('group', { name: `Segment ${n}`, exact: true });
}

/** The correction editor of segment N. */
export function correction(page: Page, n: number): Locator {
  return page.getByRole('textbox', { name: `Correction ${n}`, exact: true });
}

/** Opens the app and waits for the seed (or the last project) to be shown. */
export async function openApp(page: Page, query = '?lng=en'): Promise<void> {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`/${query}`);
  await expect(segment(page, 1)).toBeVisible();
  expect(errors).toEqual([]);
}

/** Waits until the save indicator says everything is stored in IndexedDB. */
export async function waitSaved(page: Page): Promise<void> {
  await expect(page.getByRole('status').filter({ hasText: 'All changes saved' })).toBeVisible();
}

/** Opens a file through "Open document" (the file picker). */
export async function openDocument(
  page: Page,
  file: { name: string; mimeType: string; buffer: Buffer },
): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Open document' }).click();
  await (await chooser).setFiles(file);
}

/** Names of the stored projects, as the project list shows them. */
export async function projectNames(page: Page): Promise<string[]> {
  await page.getByRole('button', { name: 'Projects' }).click();
  const dialog = page.getByRole('dialog', { name: 'Projects' });
  await expect(dialog).toBeVisible();
  const names = await dialog
    .getByRole('button', { name: /^Rename / })
    .evaluateAll((buttons) =>
      buttons.map((b) => (b.getAttribute('aria-label') ?? '').replace(/^Rename /, '')),
    );
  await dialog.getByRole('button', { name: 'Close' }).click();
  return names;
}

/** Exports through the Export dialog and reads the downloaded file. */
export async function download(
  page: Page,
  label: string | RegExp,
): Promise<{ name: string; text: string }> {
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Export' });
  const pending = page.waitForEvent('download');
  await dialog.getByRole('button', { name: label }).click();
  const file = await pending;
  return { name: file.suggestedFilename(), text: await readFile(await file.path(), 'utf8') };
}

/** Scrolls the (virtualized) grid the way a user would, until segment N is rendered and in view. */
export async function reveal(page: Page, n: number): Promise<Locator> {
  const row = segment(page, n);
  const box = await page.locator('lit-virtualizer').boundingBox();
  if (box) await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  for (let i = 0; i < 200 && (await row.count()) === 0; i += 1) {
    await page.mouse.wheel(0, 400);
    await page.waitForTimeout(30);
  }
  await row.scrollIntoViewIfNeeded();
  return row;
}
