import { expect, test } from '@playwright/test';
import { correction, openApp, reveal, segment, waitSaved } from './support.ts';

test('the QA panel flags the seed’s MT errors and fixes a term everywhere in one undoable step', async ({
  page,
}) => {
  await openApp(page);
  await page.getByRole('button', { name: 'Quality checks' }).click();
  const panel = page.getByRole('region', { name: 'Quality checks' });
  await expect(panel.getByRole('listitem').first()).toBeVisible();
  // The Belt-and-Road pack is on for the seed: the forbidden "one belt and one way" is a term finding.
  const terms = panel.getByRole('region', { name: /term/i }).first();
  await expect(terms).toContainText('one belt and one way');
  await terms.getByRole('button', { name: /^Fix all/ }).click();
  await waitSaved(page);
  await expect(correction(page, 4)).not.toHaveValue(/one belt and one road/);
  await expect(correction(page, 4)).toHaveValue(/Belt and Road/);
  await page.keyboard.press('Control+z');
  await expect(correction(page, 4)).toHaveValue(/one belt and one road/);
});

test('an ignored finding stays ignored after a reload', async ({ page }) => {
  await openApp(page);
  await page.getByRole('button', { name: 'Quality checks' }).click();
  const panel = page.getByRole('region', { name: 'Quality checks' });
  const first = panel.getByRole('button', { name: /^Ignore in segment/ }).first();
  const label = await first.getAttribute('aria-label');
  await first.click();
  await expect(panel.getByRole('button', { name: label ?? '' })).toHaveCount(0);
  await page.reload();
  await page.getByRole('button', { name: 'Quality checks' }).click();
  await expect(
    page.getByRole('region', { name: 'Quality checks' }).getByRole('listitem').first(),
  ).toBeVisible();
  await expect(page.getByRole('button', { name: label ?? '' })).toHaveCount(0);
});

test('a live check flags a doubled word as the reviewer types it', async ({ page }) => {
  await openApp(page);
  await page.getByRole('button', { name: 'Quality checks' }).click();
  const panel = page.getByRole('region', { name: 'Quality checks' });
  await expect(panel.getByRole('listitem').first()).toBeVisible();
  await reveal(page, 8);
  await correction(page, 8).fill('(1) The the opening advantages');
  await expect(panel.getByRole('button', { name: /Fix segment 8: “The the”/ })).toBeVisible();
});

test('the metrics panel shows HTER and the most edited segments', async ({ page }) => {
  await openApp(page);
  await correction(page, 8).fill('(1) Advantages of opening up');
  await waitSaved(page);
  await page.getByRole('button', { name: 'Metrics' }).click();
  const dialog = page.getByRole('dialog', { name: 'Post-editing metrics' });
  await expect(dialog.getByText('1 of 19')).toBeVisible();
  await expect(dialog.getByRole('img', { name: 'Segments per HTER range' })).toBeVisible();
  await dialog.getByRole('button', { name: 'Go to segment 8' }).click();
  await expect(correction(page, 8)).toBeFocused();
  await expect(segment(page, 8)).toBeVisible();
});
