/**
 * The docked side panel (issue 13 item 2): QA, History, Comments, Matches and Errors in one resizable
 * panel that follows the focused segment, opened from the toolbar, the rows and the keyboard, with its
 * tab, width and open state kept across a reload.
 */
import { expect, test, type Page } from '@playwright/test';
import { correction, openApp, segment, waitSaved } from './support.ts';

test.use({ viewport: { width: 1280, height: 720 } });

const panel = (page: Page) => page.locator('verso-side-panel');
const tab = (page: Page, name: string) => panel(page).getByRole('tab', { name, exact: true });

test('toolbar buttons and Ctrl+Shift+digit open the panel on their tab; the close button closes it', async ({
  page,
}) => {
  await openApp(page);
  await expect(panel(page)).toHaveCount(0);
  await page.getByRole('button', { name: 'Matches' }).click();
  await expect(tab(page, 'Matches')).toHaveAttribute('aria-selected', 'true');
  // Pressed again it stays open and takes the keyboard to its tab.
  await page.getByRole('button', { name: 'Matches' }).click();
  await expect(tab(page, 'Matches')).toBeFocused();
  await page.getByRole('button', { name: 'Quality checks' }).click();
  await expect(tab(page, 'QA')).toHaveAttribute('aria-selected', 'true');
  // The QA run starts when its tab is shown.
  await expect(
    page.getByRole('region', { name: 'Quality checks' }).getByRole('listitem').first(),
  ).toBeVisible({ timeout: 20_000 });
  await expect(page.getByRole('tablist', { name: 'Side panel' }).getByRole('tab')).toHaveCount(5);

  await correction(page, 3).focus();
  await page.keyboard.press('Control+Shift+Digit3');
  await expect(page.getByRole('region', { name: 'Comments on segment 3' })).toBeVisible();
  await expect(correction(page, 3)).toBeFocused();
  await page.keyboard.press('Control+Shift+Digit2');
  await expect(page.getByRole('region', { name: 'History of segment 3' })).toBeVisible();
  // The same key again moves the focus to the tab; Close side panel closes it.
  await page.keyboard.press('Control+Shift+Digit2');
  await expect(tab(page, 'History')).toBeFocused();
  await page.getByRole('button', { name: 'Close side panel' }).click();
  await expect(panel(page)).toHaveCount(0);

  await page.keyboard.press('Control+Shift+Digit5');
  await expect(tab(page, 'Errors')).toHaveAttribute('aria-selected', 'true');
  await page.getByRole('button', { name: 'Close side panel' }).click();
  await expect(panel(page)).toHaveCount(0);
  // Closed stays closed after a reload.
  await page.reload();
  await expect(segment(page, 1)).toBeVisible();
  await expect(panel(page)).toHaveCount(0);
});

test('History and Comments follow the focused segment; a comment is added in the panel', async ({
  page,
}) => {
  await openApp(page);
  await correction(page, 2).fill('A corrected second paragraph.');
  await segment(page, 2).getByRole('button', { name: 'History' }).click();
  const history2 = page.getByRole('region', { name: 'History of segment 2' });
  await expect(history2.getByRole('listitem').filter({ hasText: 'Revision 2' })).toBeVisible();
  await expect(page.getByRole('dialog')).toHaveCount(0);

  await correction(page, 5).focus();
  await expect(page.getByRole('region', { name: 'History of segment 5' })).toBeVisible();
  await expect(history2).toHaveCount(0);

  await segment(page, 5)
    .getByRole('button', { name: /^Comments/ })
    .click();
  const comments = page.getByRole('region', { name: 'Comments on segment 5' });
  await comments.getByRole('textbox', { name: 'New comment' }).fill('Check <b>this</b> term');
  await comments.getByRole('button', { name: 'Add comment' }).click();
  await expect(comments.getByRole('listitem')).toContainText('Check <b>this</b> term');
  await expect(segment(page, 5).getByRole('button', { name: 'Comments (1)' })).toBeVisible();
  await correction(page, 6).focus();
  await expect(page.getByRole('region', { name: 'Comments on segment 6' })).toContainText(
    'No comments yet.',
  );
  await waitSaved(page);
});

test('arrow keys move between tabs; the splitter resizes by keyboard within limits and is remembered', async ({
  page,
}) => {
  await openApp(page);
  await page.getByRole('button', { name: 'Quality checks' }).click();
  await tab(page, 'QA').focus();
  await page.keyboard.press('ArrowRight');
  await expect(tab(page, 'History')).toBeFocused();
  await expect(tab(page, 'History')).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('tabpanel', { name: 'History' })).toBeVisible();
  await page.keyboard.press('End');
  await expect(tab(page, 'Errors')).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(tab(page, 'QA')).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('ArrowLeft');
  await expect(tab(page, 'Errors')).toHaveAttribute('aria-selected', 'true');

  const splitter = page.getByRole('separator', { name: 'Resize side panel' });
  const before = Number(await splitter.getAttribute('aria-valuenow'));
  await splitter.focus();
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  await expect(splitter).toHaveAttribute('aria-valuenow', String(before + 32));
  expect(Math.round((await panel(page).boundingBox())?.width ?? 0)).toBe(before + 32);
  await page.keyboard.press('Home');
  await expect(splitter).toHaveAttribute('aria-valuenow', '300');
  await page.keyboard.press('ArrowRight');
  await expect(splitter).toHaveAttribute('aria-valuenow', '300');
  // Every tab is fully visible at the minimum width.
  const bar = await page.getByRole('tablist', { name: 'Side panel' }).boundingBox();
  const lastTab = await tab(page, 'Errors').boundingBox();
  expect(lastTab && bar && lastTab.x + lastTab.width <= bar.x + bar.width + 0.5).toBe(true);
  await page.keyboard.press('End');
  await expect(splitter).toHaveAttribute('aria-valuenow', '720');
  await page.keyboard.press('ArrowRight');
  await expect(splitter).toHaveAttribute('aria-valuenow', '704');

  await page.reload();
  await expect(segment(page, 1)).toBeVisible();
  await expect(tab(page, 'Errors')).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('separator', { name: 'Resize side panel' })).toHaveAttribute(
    'aria-valuenow',
    '704',
  );
});

test('the splitter resizes with the mouse', async ({ page }) => {
  await openApp(page);
  await page.getByRole('button', { name: 'Quality checks' }).click();
  const splitter = page.getByRole('separator', { name: 'Resize side panel' });
  const box = await splitter.boundingBox();
  if (!box) throw new Error('no splitter');
  const before = Number(await splitter.getAttribute('aria-valuenow'));
  await page.mouse.move(box.x + box.width / 2, box.y + 200);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2 - 100, box.y + 200, { steps: 5 });
  await page.mouse.up();
  await expect(splitter).toHaveAttribute('aria-valuenow', String(before + 100));
});

for (const lng of ['en', 'zh-CN']) {
  for (const scheme of ['light', 'dark'] as const) {
    test(`screenshot: side panel at 1280×720, ${lng}, ${scheme}`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(`/?lng=${lng}`);
      await expect(page.locator('verso-segment-row').first()).toBeVisible({ timeout: 20_000 });
      await page.locator('verso-segment-row').nth(3).locator('textarea').focus();
      await page.keyboard.press('Control+Shift+Digit1');
      await expect(page.locator('verso-qa-panel li').first()).toBeVisible({ timeout: 20_000 });
      await page.screenshot({ path: `test-results/side-panel-qa-${lng}-${scheme}.png` });
      await page.keyboard.press('Control+Shift+Digit2');
      await expect(page.locator('verso-history-list li').first()).toBeVisible();
      await page.screenshot({ path: `test-results/side-panel-history-${lng}-${scheme}.png` });
    });
  }
}
