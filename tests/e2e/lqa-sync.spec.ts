/**
 * Quality assessment in a shared project (issue 15 with issue 14), in two browsers on the embedded
 * server: an error one reviewer logs reaches the other's score and Errors panel; undo takes back only
 * the reviewer's own error; an error logged offline survives a reload and arrives on reconnecting.
 */
import { expect, test, type Page } from '@playwright/test';
import { correction, logError } from './support.ts';
import { pair } from './sync-support.ts';

const score = (page: Page) => page.locator('verso-lqa-score [role=status]');
const errorsPanel = (page: Page) => page.locator('verso-lqa-panel');

test('an error logged by one reviewer reaches the other; undo takes back only one’s own', async ({
  browser,
}) => {
  const { ada, bob } = await pair(browser);
  await expect(score(bob.page)).toContainText('100.00');

  await logError(ada.page, 4, 'one belt and one road', 'wrong-term', 'major', 'Belt and Road');
  await expect(score(bob.page)).not.toContainText('100.00', { timeout: 20_000 });
  await bob.page.getByRole('button', { name: 'Errors' }).click();
  await expect(errorsPanel(bob.page)).toContainText('Belt and Road');

  await logError(bob.page, 10, 'Fourty', 'spelling', 'minor', 'Forty');
  await ada.page.getByRole('button', { name: 'Errors' }).click();
  await expect(errorsPanel(ada.page)).toContainText('Forty', { timeout: 20_000 });

  // Ada's undo removes her error on both sides; Bob's, logged after it, stays.
  await ada.page.getByRole('button', { name: 'Undo' }).click();
  await expect(errorsPanel(ada.page)).not.toContainText('Belt and Road');
  await expect(errorsPanel(ada.page)).toContainText('Forty');
  await expect(errorsPanel(bob.page)).not.toContainText('Belt and Road', { timeout: 20_000 });
  await expect(errorsPanel(bob.page)).toContainText('Forty');
  await expect(score(ada.page)).not.toContainText('100.00');

  await ada.context.close();
  await bob.context.close();
});

test('an error logged offline survives a reload and reaches the other reviewer on reconnecting', async ({
  browser,
}) => {
  const { ada, bob } = await pair(browser);
  await ada.page.evaluate(() => navigator.serviceWorker.ready);
  await ada.context.setOffline(true);
  await expect(
    ada.page.getByRole('status').filter({ hasText: 'Saved on this device' }),
  ).toBeVisible();
  await logError(ada.page, 10, 'Fourty', 'spelling', 'minor', 'Forty, offline');
  await expect(score(ada.page)).not.toContainText('100.00');
  await ada.page.reload();
  await expect(correction(ada.page, 1)).not.toHaveValue('');
  await ada.page.getByRole('button', { name: 'Errors' }).click();
  await expect(errorsPanel(ada.page)).toContainText('Forty, offline');
  await expect(score(bob.page)).toContainText('100.00');

  await ada.context.setOffline(false);
  await bob.page.getByRole('button', { name: 'Errors' }).click();
  await expect(errorsPanel(bob.page)).toContainText('Forty, offline', { timeout: 20_000 });
  await expect(errorsPanel(ada.page)).toContainText('Forty, offline');
  await expect(ada.page.getByRole('status').filter({ hasText: 'Synced' })).toBeVisible({
    timeout: 20_000,
  });

  await ada.context.close();
  await bob.context.close();
});
