import { expect, test, type Page } from '@playwright/test';
import { correction, openApp, segment } from './support.ts';

/** A segment of running text (the first ones are an address, boilerplate). */
const N = 4;

/** The wavy underline of `word` in segment N's editor. */
function spellingMark(page: Page, word: string) {
  return segment(page, N)
    .locator('verso-text-marks span.spelling')
    .filter({ hasText: new RegExp(`^${word}$`) });
}

/** Types a misspelt word at the end of correction 1 and waits for its mark in the editor. */
async function misspell(page: Page, word: string): Promise<void> {
  const editor = correction(page, N);
  await editor.click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type(` ${word}`);
  // The checks run in the QA worker once typing pauses (the first time, the worker loads its dictionary).
  await expect(spellingMark(page, word)).toBeVisible({ timeout: 15_000 });
  await expect(editor).toHaveAccessibleDescription(new RegExp(`Spelling: “${word}”`));
}

test('a misspelling is marked in the editor and its suggestion taken by Shift+F10, undoable in one step', async ({
  page,
}) => {
  await openApp(page);
  await misspell(page, 'recieve');
  const editor = correction(page, N);
  const typed = await editor.inputValue();
  await page.keyboard.press('Shift+F10');
  const menu = page.getByRole('menu');
  await expect(menu).toBeVisible();
  await menu.getByRole('menuitem', { name: 'Replace with “receive”' }).click();
  await expect(editor).toHaveValue(typed.replace(/recieve$/, 'receive'));
  await expect(editor).toBeFocused();
  await expect(spellingMark(page, 'recieve')).toHaveCount(0);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(editor).toHaveValue(typed);
});

test('marks follow typing before them, also in Chinese and astral characters', async ({ page }) => {
  await openApp(page);
  await misspell(page, 'recieve');
  await page.keyboard.press('Control+Home');
  await page.keyboard.insertText('中文𠀀 ');
  await expect(spellingMark(page, 'recieve')).toBeVisible();
  // The mark is drawn over the word: both end at the same place in the editor's text.
  const value = await correction(page, N).inputValue();
  expect(value.startsWith('中文𠀀 ')).toBe(true);
  expect(value.endsWith(' recieve')).toBe(true);
});

test('right-click on a mark adds the word to the word list; Ignore hides a mark for good', async ({
  page,
}) => {
  await openApp(page);
  await misspell(page, 'Zorblat');
  const mark = spellingMark(page, 'Zorblat');
  const box = await mark.boundingBox();
  if (!box) throw new Error('the mark is not drawn');
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2, { button: 'right' });
  await page.getByRole('menuitem', { name: 'Add “Zorblat” to word list' }).click();
  await expect(mark).toHaveCount(0);
  await expect(correction(page, N)).toBeFocused();

  await misspell(page, 'wrongg');
  await page.keyboard.press('Shift+F10');
  await page.getByRole('menuitem', { name: 'Ignore' }).click();
  await expect(spellingMark(page, 'wrongg')).toHaveCount(0);
  await page.reload();
  await correction(page, N).click();
  await expect(segment(page, N).locator('verso-text-marks span.qa').first()).toBeVisible({
    timeout: 15_000,
  });
  await expect(spellingMark(page, 'wrongg')).toHaveCount(0);
});

test('the context menu key elsewhere than on a mark leaves the browser its menu', async ({
  page,
}) => {
  await openApp(page);
  await misspell(page, 'recieve');
  await page.keyboard.press('Control+Home');
  await page.keyboard.press('Shift+F10');
  await expect(page.getByRole('menu')).toHaveCount(0);
});
