/**
 * Issue 6, offline: after the first visit a service worker holds every built file, so the app loads
 * and works with the network off, and says so.
 */
import { expect, test } from '@playwright/test';
import { SEED_PARAGRAPHS, correction, openApp, segment, waitSaved } from './support.ts';

test('after the first visit the app loads and saves with the network off, and says so', async ({
  page,
  context,
}) => {
  await openApp(page);
  // The service worker is active once every file is cached; the toolbar says so.
  await page.evaluate(() => navigator.serviceWorker.ready);
  await expect(page.getByRole('img', { name: 'Available offline' })).toBeVisible();

  await context.setOffline(true);
  await expect(
    page.getByRole('img', { name: 'Offline — work is saved in this browser' }),
  ).toBeVisible();
  await page.reload();
  await expect(correction(page, 1)).toHaveValue(SEED_PARAGRAPHS[0] ?? '');
  // The page came from the service worker's cache: the network is really off for it.
  const reached = await page.evaluate(() =>
    fetch(`/not-cached-${Date.now()}`, { cache: 'no-store' }).then(
      () => true,
      () => false,
    ),
  );
  expect(reached).toBe(false);
  // Chromium 150 (Debian bookworm's main archive) forgets the emulated offline state of
  // navigator.onLine across a reload while its requests still fail; 156 keeps it. Emulate again so the
  // page hears what a user's browser would tell it.
  if (await page.evaluate(() => navigator.onLine)) {
    await context.setOffline(false);
    await context.setOffline(true);
  }
  expect(await page.evaluate(() => navigator.onLine)).toBe(false);
  await expect(
    page.getByRole('img', { name: 'Offline — work is saved in this browser' }),
  ).toBeVisible();
  // Work goes on: an edit saves, and a lazily loaded part (the history view) comes from the cache.
  await correction(page, 5).fill('General Plan, edited offline.');
  await waitSaved(page);
  await segment(page, 5).getByRole('button', { name: 'History' }).click();
  await expect(page.getByRole('region', { name: 'History of segment 5' })).toContainText(
    'Plan, edited offline.',
  );
  await page.reload();
  await expect(correction(page, 5)).toHaveValue('General Plan, edited offline.');

  await context.setOffline(false);
  await expect(page.getByRole('img', { name: 'Available offline' })).toBeVisible();
});
