import { expect, test } from '@playwright/test';
import {
  SEED_PARAGRAPHS,
  correction,
  download,
  openApp,
  reveal,
  segment,
  waitSaved,
} from './support.ts';

test('a first visit shows the seed as 19 aligned segments with the MT prefilled', async ({
  page,
}) => {
  await openApp(page);
  expect(SEED_PARAGRAPHS).toHaveLength(19);
  await expect(segment(page, 1)).toContainText('Address: 124 Huigong Street');
  await expect(correction(page, 1)).toHaveValue(SEED_PARAGRAPHS[0]!);
  await expect(page.getByText('19 segments shown')).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});

test('an edited correction shows a live word diff and survives a reload', async ({ page }) => {
  await openApp(page);
  const editor = correction(page, 4);
  await editor.click();
  await editor.fill(SEED_PARAGRAPHS[3]!.replace('"one belt and one road"', '"Belt and Road"'));
  const diff = segment(page, 4).getByRole('note', { name: 'Changes in segment 4' });
  await expect(diff.locator('del')).toContainText('one belt and one road');
  await expect(diff.locator('ins')).toContainText('Belt and Road');
  await waitSaved(page);
  await page.reload();
  await expect(correction(page, 4)).toHaveValue(/"Belt and Road" comprehensive/);
  await expect(segment(page, 4).getByRole('combobox', { name: 'Status 4' })).toHaveValue('edited');
});

test('the diff can be hidden and shown again', async ({ page }) => {
  await openApp(page);
  await correction(page, 8).fill('(1) Opening advantages');
  const note = segment(page, 8).getByRole('note');
  await expect(note).toBeVisible();
  await page.getByRole('button', { name: 'Show changes' }).click();
  await expect(note).toHaveCount(0);
  await page.getByRole('button', { name: 'Show changes' }).click();
  await expect(note).toBeVisible();
});

test('replace all fixes "one belt and one way" in exactly the 2 paragraphs, as one undoable step', async ({
  page,
}) => {
  await openApp(page);
  await page.getByRole('button', { name: 'Find and replace' }).click();
  const dialog = page.getByRole('dialog', { name: 'Find and replace' });
  await dialog.getByRole('textbox', { name: 'Find' }).fill('one belt and one way');
  await dialog.getByRole('textbox', { name: 'Replace with' }).fill('Belt and Road');
  await expect(dialog.getByText('2 hits in 2 segments; 2 will be replaced.')).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Go to segment 6' })).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Go to segment 16' })).toBeVisible();
  await dialog.getByRole('button', { name: 'Replace all' }).click();
  await expect(dialog.getByText('one belt and one way')).toHaveCount(0);
  await dialog.getByRole('button', { name: 'Close' }).click();
  await waitSaved(page);

  // Rows are virtualized: read every segment's text from the exported edition, as a user would.
  const texts = (await download(page, /^Plain text/)).text.trimEnd().split('\n\n');
  expect(texts).toHaveLength(19);
  const changed = texts.filter((text, i) => text !== SEED_PARAGRAPHS[i]);
  expect(changed).toHaveLength(2);
  expect(changed.join(' ')).not.toMatch(/one belt and one way/i);
  await expect(correction(page, 6)).toHaveValue(/participating in the "Belt and Road" development/);

  await page.keyboard.press('Control+z');
  await expect(correction(page, 6)).toHaveValue(SEED_PARAGRAPHS[5]!);
  await reveal(page, 16);
  await expect(correction(page, 16)).toHaveValue(SEED_PARAGRAPHS[15]!);
  await page.keyboard.press('Control+y');
  await expect(correction(page, 16)).toHaveValue(/Belt and Road/);
});

test('a hit excluded from the preview is left unchanged', async ({ page }) => {
  await openApp(page);
  await page.keyboard.press('Control+h');
  const dialog = page.getByRole('dialog', { name: 'Find and replace' });
  await dialog.getByRole('textbox', { name: 'Find' }).fill('one belt and one way');
  await dialog.getByRole('textbox', { name: 'Replace with' }).fill('Belt and Road');
  await dialog.getByRole('checkbox', { name: 'Include hit 1 (segment 6)' }).uncheck();
  await expect(dialog.getByText('2 hits in 2 segments; 1 will be replaced.')).toBeVisible();
  await dialog.getByRole('button', { name: 'Replace all' }).click();
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(correction(page, 6)).toHaveValue(SEED_PARAGRAPHS[5]!);
  await reveal(page, 16);
  await expect(correction(page, 16)).toHaveValue(/Belt and Road/);
});

test('an invalid regular expression gives a message, not a crash', async ({ page }) => {
  await openApp(page);
  await page.getByRole('button', { name: 'Find and replace' }).click();
  const dialog = page.getByRole('dialog', { name: 'Find and replace' });
  await dialog.getByRole('checkbox', { name: 'Regular expression' }).check();
  await dialog.getByRole('textbox', { name: 'Find' }).fill('one (belt');
  await expect(dialog.getByRole('alert')).toContainText('Invalid regular expression');
  await expect(dialog.getByRole('button', { name: 'Replace all' })).toBeDisabled();
});

test('history lists every revision with diffs, and restoring appends a new one', async ({
  page,
}) => {
  await openApp(page);
  const editor = correction(page, 8);
  await editor.fill('(1) Opening advantages');
  await waitSaved(page);
  await editor.fill('(1) Advantages of opening up');
  await waitSaved(page);
  await segment(page, 8).getByRole('button', { name: 'History' }).click();
  const history = page.getByRole('region', { name: 'History of segment 8' });
  const items = history
    .getByRole('list', { name: 'Revisions, newest first' })
    .locator(':scope > li');
  await expect(items).toHaveCount(3);
  await expect(items.first()).toContainText('Revision 3');
  await expect(items.last()).toContainText('Imported');
  // Each revision names the kinds of edit it made.
  await expect(items.nth(1).getByRole('list', { name: 'Kinds of edits' })).toContainText(
    'Other × 1',
  );
  await history.getByRole('button', { name: 'Restore revision 2' }).click();
  await expect(items).toHaveCount(4);
  await expect(items.first()).toContainText('Restored');
  await expect(editor).toHaveValue('(1) Opening advantages');
});

test('Ctrl+Enter marks a segment reviewed and moves to the next one to review', async ({
  page,
}) => {
  await openApp(page);
  await correction(page, 4).click();
  await page.keyboard.press('Control+Enter');
  await expect(segment(page, 4).getByRole('combobox', { name: 'Status 4' })).toHaveValue(
    'reviewed',
  );
  await expect(correction(page, 5)).toBeFocused();
  await expect(page.getByText('1 of 19 reviewed')).toBeVisible();
  await page.keyboard.press('Alt+ArrowDown');
  await expect(correction(page, 6)).toBeFocused();
  await page.keyboard.press('Alt+ArrowUp');
  await expect(correction(page, 5)).toBeFocused();
});

test('filters narrow the grid by status, edits and text', async ({ page }) => {
  await openApp(page);
  await correction(page, 8).fill('(1) Opening advantages');
  await page.getByRole('combobox', { name: 'Edits' }).selectOption('edited');
  await expect(page.getByText('1 segment shown')).toBeVisible();
  await expect(segment(page, 8)).toBeVisible();
  await page.getByRole('combobox', { name: 'Edits' }).selectOption('all');
  await page.getByRole('searchbox', { name: 'Search' }).fill('Fourty');
  await expect(page.getByText('1 segment shown')).toBeVisible();
  await expect(segment(page, 10)).toBeVisible();
  await page.getByRole('searchbox', { name: 'Search' }).fill('');
  await page.getByRole('combobox', { name: 'Status', exact: true }).selectOption('edited');
  await expect(segment(page, 8)).toBeVisible();
  await expect(page.getByText('1 segment shown')).toBeVisible();
});

test('undo reverts a status chosen in the row, and the row shows it', async ({ page }) => {
  await openApp(page);
  const status = segment(page, 2).getByRole('combobox', { name: 'Status 2' });
  await status.selectOption('excluded');
  await expect(page.getByText('0 of 18 reviewed')).toBeVisible();
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(status).toHaveValue('new');
  await expect(page.getByText('0 of 19 reviewed')).toBeVisible();
  await page.getByRole('button', { name: 'Redo' }).click();
  await expect(status).toHaveValue('excluded');
});
