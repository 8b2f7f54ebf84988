import { expect, test } from '@playwright/test';
import { correction, segment } from './support.ts';

/** A first visit imports the seed before it shows it: allow a loaded machine some time. */
async function openApp(page: import('@playwright/test').Page): Promise<void> {
  await page.goto('/?lng=en');
  await expect(segment(page, 1)).toBeVisible({ timeout: 20_000 });
}

// A first visit: nothing in localStorage (the other specs start with the guide dismissed).
test.use({ storageState: { cookies: [], origins: [] } });

const guide = (page: import('@playwright/test').Page, name = 'Three things to know') =>
  page.getByRole('region', { name });

test('a first visit shows the guide, which leaves the keyboard alone and stays dismissed', async ({
  page,
}) => {
  await openApp(page);
  const card = guide(page);
  await expect(card).toBeVisible();
  await expect(card).toContainText('Ctrl+Enter');
  await expect(card).toContainText('Quality checks and the Review queue');
  await expect(card).toContainText('shows every key');
  // It takes no focus and blocks no key: typing and Ctrl+Enter work with it open.
  await correction(page, 2).click();
  await page.keyboard.type(' x');
  await page.keyboard.press('Control+Enter');
  await expect(correction(page, 3)).toBeFocused();
  await card.getByRole('button', { name: 'Got it' }).click();
  await expect(card).toHaveCount(0);
  await page.reload();
  await expect(correction(page, 1)).toBeVisible();
  await expect(guide(page)).toHaveCount(0);
});

test('the key map shows the guide again', async ({ page }) => {
  await openApp(page);
  await guide(page).getByRole('button', { name: 'Got it' }).click();
  await page.getByRole('button', { name: 'Keyboard shortcuts' }).click();
  const keymap = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await keymap.getByRole('button', { name: 'Show the guide' }).click();
  await expect(keymap).toBeHidden();
  await expect(guide(page).getByRole('button', { name: 'Got it' })).toBeFocused();
});

test('the guide speaks Chinese', async ({ page }) => {
  await page.goto('/?lng=zh-CN');
  const card = guide(page, '三件要知道的事');
  await expect(card).toContainText('确认当前句段');
  await expect(card.getByRole('button', { name: '知道了' })).toBeVisible();
});
