import { expect, test } from '@playwright/test';
import { correction, openApp, reveal, segment, seriousAxeViolations } from './support.ts';

test('the UI switches to Chinese, follows ?lng= and remembers the choice', async ({ page }) => {
  await openApp(page);
  await page.getByRole('combobox', { name: 'Language' }).selectOption('zh-CN');
  await expect(page.getByRole('button', { name: '打开文档' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(page.getByRole('group', { name: '句段 1', exact: true })).toBeVisible();
  await page.goto('/');
  await expect(page.getByRole('button', { name: '查找和替换' })).toBeVisible();
  await page.goto('/?lng=en');
  await expect(page.getByRole('button', { name: 'Find and replace' })).toBeVisible();
});

test('?lng=zh-CN opens the app in Chinese', async ({ page }) => {
  await page.goto('/?lng=zh-CN');
  await expect(page.getByRole('textbox', { name: '修改译文 1', exact: true })).toBeVisible();
  await expect(page.getByRole('combobox', { name: '界面语言' })).toHaveValue('zh-CN');
});

test('the main view has no serious or critical accessibility violations', async ({ page }) => {
  await openApp(page);
  await correction(page, 4).fill('General plan for the Liaoning "Belt and Road" pilot zone.');
  expect(await seriousAxeViolations(page)).toEqual([]);
});

test('the whole loop works by keyboard alone', async ({ page }) => {
  await openApp(page);
  // Reach the first correction with Tab only.
  for (let i = 0; i < 40; i += 1) {
    await page.keyboard.press('Tab');
    if (
      await correction(page, 1).evaluate((e) => e === document.activeElement || e.matches(':focus'))
    )
      break;
  }
  await expect(correction(page, 1)).toBeFocused();
  await page.keyboard.press('Control+Enter');
  await expect(correction(page, 2)).toBeFocused();
  await page.keyboard.press('End');
  await page.keyboard.type(' (boilerplate)');
  await expect(segment(page, 2).getByRole('note')).toContainText('(boilerplate)');
  await page.keyboard.press('Control+z');
  await expect(correction(page, 2)).not.toHaveValue(/boilerplate/);
  await page.keyboard.press('Control+h');
  const dialog = page.getByRole('dialog', { name: 'Find and replace' });
  await expect(dialog.getByRole('textbox', { name: 'Find' })).toBeFocused();
  await page.keyboard.type('Fourty');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Forty');
  await page.keyboard.press('Control+Enter');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await page.keyboard.press('Tab'); // from the correction to its status: `?` no longer types
  await expect(segment(page, 2).getByRole('combobox', { name: 'Status 2' })).toBeFocused();
  await page.keyboard.press('Shift+?');
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
  await page.keyboard.press('Escape');
  await reveal(page, 10);
  await expect(correction(page, 10)).toHaveValue(/Forty open policies/);
});
