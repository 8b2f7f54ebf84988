/**
 * Issue 6, offline: after the first visit a service worker holds every built file, so the app loads
 * and works with the network off, and says so.
 */
// @ts-nocheck

import { expect, test } from '@playwright/test';
import { SEED_PARAGRAPHS, correction, openApp, segment, waitSaved } from './support.ts';

test('after the first visit the app loads and saves with the network off, and says so', async ({
  page,
  context,
}) => {
  await openApp(page);
  // The service worker is active once every file is cached; the toolbar says so.
  await page.evaluate(() => navigator.serviceWorker.ready);
  await expect(page.getByText('Available offline')).toBeVisible();

  await context.setOffline(true);
  await expect(page.getByText('Offline — work is saved in this browser')).toBeVisible();
  await page.reload();
  await expect(correction(page, 1)).toHaveValue(SEED_PARAGRAPHS[0] ?? '');
  expect(await page.evaluate(() => navigator.onLine)).toBe(false);
  await expect(page.getByText('Offline — work is saved in this browser')).toBeVisible();
  // Work goes on: an edit saves, and a lazily loaded part (the history dialog) comes from the cache.
  await correction(page, 5).fill('General Plan, edited offline.');
  await waitSaved(page);
  await segment(page, 5).getByRole('button', { name: 'History' }).click();
  await expect(page.getByRole('dialog', { name: 'History of segment 5' })).toContainText(
    'Plan, edited offline.',
  );
  await page.keyboard.press('Escape');
  await page.reload();
  await expect(correction(page, 5)).toHaveValue('General Plan, edited offline.');

  await context.setOffline(false);
  await expect(page.getByText('Available offline')).toBeVisible();
});
