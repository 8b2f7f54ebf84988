/**
 * Issue 12 in the app: a damaged project at start does not trap the app (item 1); an undo in one tab
 * does not silently take back what another tab stored since (item 6).
 */
import { expect, test } from '@playwright/test';
import { SEED_PARAGRAPHS, correction, openApp, waitSaved } from './support.ts';

test('a project that cannot be opened at start is named, and another one opens', async ({
  page,
}) => {
  await openApp(page);
  // Plant a project whose stored chunk is damaged, as the most recent and last opened one.
  await page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('verso');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error ?? new Error('open failed'));
    });
    const tx = db.transaction(['projects', 'chunks'], 'readwrite');
    const projects = tx.objectStore('projects');
    const all = await new Promise<Record<string, unknown>[]>((resolve) => {
      const r = projects.getAll();
      r.onsuccess = () => resolve(r.result as Record<string, unknown>[]);
    });
    projects.put({
      ...all[0],
      id: 'damaged',
      name: 'Damaged project',
      updatedAt: Date.now() + 1e9,
    });
    tx.objectStore('chunks').put({
      projectId: 'damaged',
      index: 0,
      segments: [{ id: 's1', mt: 'x'.repeat(20_000_000), text: '' }],
    });
    await new Promise((resolve) => (tx.oncomplete = resolve));
    db.close();
    localStorage.setItem('verso.lastProject', 'damaged');
  });
  await page.reload();
  await expect(page.getByRole('alert')).toContainText('“Damaged project” could not be opened');
  await expect(correction(page, 1)).toHaveValue(SEED_PARAGRAPHS[0]!);
});

test('undo after another tab rewrote a segment leaves that segment alone and says so', async ({
  browser,
}) => {
  const context = await browser.newContext();
  const a = await context.newPage();
  await openApp(a);
  await a.getByRole('button', { name: 'Find and replace' }).click();
  const dialog = a.getByRole('dialog', { name: 'Find and replace' });
  await dialog.getByRole('textbox', { name: 'Find' }).fill('one belt and one road');
  await dialog.getByRole('textbox', { name: 'Replace with' }).fill('Belt and Road');
  await dialog.getByRole('button', { name: 'Replace all' }).click();
  await dialog.getByRole('button', { name: 'Close' }).click();
  await waitSaved(a);

  const b = await context.newPage();
  await openApp(b);
  await correction(b, 6).fill('Rewritten in tab B.');
  await waitSaved(b);
  await expect(correction(a, 6)).toHaveValue('Rewritten in tab B.');

  await a.getByRole('button', { name: 'Undo' }).click();
  await expect(a.getByRole('alert')).toContainText('Segment 6 was not undone');
  await expect(correction(a, 6)).toHaveValue('Rewritten in tab B.');
  await expect(correction(a, 4)).toHaveValue(SEED_PARAGRAPHS[3]!);
  await waitSaved(a);
  await b.reload();
  await expect(correction(b, 6)).toHaveValue('Rewritten in tab B.');
  await context.close();
});

/** Milliseconds the page takes to answer (a frame round trip), measured while work may be running. */
async function answerTime(page: import('@playwright/test').Page): Promise<number> {
  const start = Date.now();
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)));
  return Date.now() - start;
}

test('the page answers within a second while Find runs (a+)+$ over 34 "a"s and "!"', async ({
  page,
}) => {
  await openApp(page);
  await correction(page, 1).fill(`${'a'.repeat(34)}!`);
  await waitSaved(page);
  await page.getByRole('button', { name: 'Find and replace' }).click();
  const dialog = page.getByRole('dialog', { name: 'Find and replace' });
  await dialog.getByRole('checkbox', { name: 'Regular expression' }).check();
  await dialog.getByRole('textbox', { name: 'Find' }).fill('(a+)+$');
  const times = [];
  for (let i = 0; i < 5; i += 1) times.push(await answerTime(page));
  expect(Math.max(...times)).toBeLessThan(1000);
});
