/**
 * The scorecard editor and the Errors panel's filters through the UI (issue 15, deliverables 1 and 2):
 * a changed weight and threshold move the toolbar's score at once and undo in one step; a bad file is
 * refused by name; an exported card imports back; a category in use is not removed.
 */
import { expect, test, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { logError, openApp, seriousAxeViolations } from './support.ts';

test.use({ viewport: { width: 1280, height: 720 } });

const score = (page: Page) => page.locator('verso-lqa-score [role=status]');

/** Opens the Errors panel and, from it, the scorecard editor. */
async function openEditor(page: Page) {
  const errorsTab = page.getByRole('button', { name: 'Errors' });
  if ((await page.getByRole('button', { name: 'Scorecard…' }).count()) === 0) {
    await errorsTab.click();
  }
  await page.getByRole('button', { name: 'Scorecard…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Scorecard' });
  await expect(dialog).toBeVisible();
  return dialog;
}

/** Types `value` into a number field and leaves it (the editor takes a value on `change`). */
async function enter(field: ReturnType<Page['getByRole']>, value: string): Promise<void> {
  await field.fill(value);
  await field.press('Tab');
}

test('a new Major weight and threshold change the toolbar score at once, and Ctrl+Z restores them', async ({
  page,
}) => {
  await openApp(page);
  await logError(page, 4, 'one belt and one road', 'wrong-term', 'major');
  const before = (await score(page).textContent())?.trim() ?? '';
  expect(before).toMatch(/Quality \d+\.\d\d · pass/);

  const dialog = await openEditor(page);
  // It fits 1280×720: the body scrolls, the actions stay in view.
  const box = await dialog.boundingBox();
  expect(box && box.y >= 0 && box.y + box.height <= 720).toBe(true);
  await expect(dialog.getByRole('button', { name: 'Save' })).toBeInViewport();
  await expect(dialog.getByRole('combobox', { name: 'Preset' })).toHaveValue('mqm-core');
  await expect(dialog.getByRole('textbox', { name: 'Name of Wrong term' })).toHaveValue(
    'Wrong term',
  );
  expect(await seriousAxeViolations(page)).toEqual([]);

  await enter(dialog.getByRole('spinbutton', { name: 'Weight of Major' }), '-2');
  await expect(dialog.getByRole('alert')).toContainText(
    'Weight of Major: enter a number of 0 or more.',
  );
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeVisible(); // refused while a field is wrong

  await enter(dialog.getByRole('spinbutton', { name: 'Weight of Major' }), '25');
  await enter(dialog.getByRole('spinbutton', { name: 'Pass threshold' }), '99.5');
  await expect(dialog.getByRole('alert')).toHaveCount(0);
  await expect(dialog.getByRole('combobox', { name: 'Preset' })).toHaveValue('');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();
  await expect(score(page)).not.toHaveText(before);
  await expect(score(page)).toContainText('fail');
  await expect(score(page)).toHaveAttribute('aria-label', /threshold 99\.5/);

  // The Metrics dialog's quality section follows too, and names the edited card's weights.
  await page.getByRole('button', { name: 'Metrics' }).click();
  const table = page.getByRole('table', { name: 'Penalty by category and severity' });
  await expect(table.getByRole('row', { name: /Wrong term/ })).toContainText('25');
  await page.keyboard.press('Escape');

  await page.keyboard.press('Control+z');
  await expect(score(page)).toHaveText(before);
  const again = await openEditor(page);
  await expect(again.getByRole('spinbutton', { name: 'Weight of Major' })).toHaveValue('5');
  await again.getByRole('button', { name: 'Cancel' }).click();
});

test('the Metrics dialog opens the editor too, and Cancel drops the draft', async ({ page }) => {
  await openApp(page);
  await page.getByRole('button', { name: 'Metrics' }).click();
  await page
    .getByRole('region', { name: 'Quality assessment' })
    .getByRole('button', { name: 'Scorecard…' })
    .click();
  const dialog = page.getByRole('dialog', { name: 'Scorecard' });
  await enter(dialog.getByRole('spinbutton', { name: 'Reference word count' }), '500');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
  await page.keyboard.press('Escape'); // the Metrics dialog
  const again = await openEditor(page);
  await expect(again.getByRole('spinbutton', { name: 'Reference word count' })).toHaveValue('1000');
});

test('a bad file is refused by name; an exported scorecard imports back', async ({ page }) => {
  await openApp(page);
  const dialog = await openEditor(page);
  const importer = dialog.getByLabel('Import JSON');
  await importer.setInputFiles({
    name: 'notes.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"format": "something-else"}'),
  });
  await expect(dialog.getByRole('alert')).toHaveText('“notes.json” is not a Verso scorecard.');
  await importer.setInputFiles({
    name: 'broken.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"format": '),
  });
  await expect(dialog.getByRole('alert')).toContainText('“broken.json” is not valid JSON');

  await dialog.getByRole('combobox', { name: 'Preset' }).selectOption('compact');
  await enter(dialog.getByRole('spinbutton', { name: 'Weight of Critical' }), '30');
  await dialog.getByRole('button', { name: 'Add subtype to Style' }).click();
  const added = dialog.getByRole('textbox', { name: 'Name of New subtype' });
  await expect(added).toBeFocused();
  await added.fill('Tone');
  await added.press('Tab');
  await expect(dialog.getByRole('textbox', { name: 'Name of Tone' })).toBeVisible();
  const pending = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Export JSON' }).click();
  const file = await pending;
  expect(file.suggestedFilename()).toMatch(/\.scorecard\.json$/);
  const text = await readFile(await file.path(), 'utf8');
  const card = JSON.parse(text) as { format: string; id: string; name: string };
  expect([card.format, card.id, card.name]).toEqual([
    'verso-scorecard',
    'custom',
    'Compact (edited)',
  ]);
  expect(text).toContain('"name": "Tone"');

  await dialog.getByRole('combobox', { name: 'Preset' }).selectOption('mqm-core');
  await expect(dialog.getByRole('spinbutton', { name: 'Weight of Critical' })).toHaveValue('25');
  await importer.setInputFiles({
    name: file.suggestedFilename(),
    mimeType: 'application/json',
    buffer: Buffer.from(text),
  });
  await expect(dialog.getByRole('status')).toContainText('Save to use it.');
  await expect(dialog.getByRole('spinbutton', { name: 'Weight of Critical' })).toHaveValue('30');
  await expect(dialog.getByRole('textbox', { name: 'Scorecard name' })).toHaveValue(
    'Compact (edited)',
  );
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();
  // The project now uses the imported card: the Log error form offers its categories.
  await page.getByRole('textbox', { name: 'Correction 4' }).click();
  await page.getByRole('button', { name: 'Log error' }).click();
  const form = page.getByRole('dialog', { name: 'Log error' });
  await expect(form.getByRole('combobox', { name: 'Category' }).locator('option')).toContainText([
    'Tone',
  ]);
});

test('a category with logged errors is not removed, nor dropped by another preset', async ({
  page,
}) => {
  await openApp(page);
  await logError(page, 4, 'one belt and one road', 'wrong-term', 'major');
  const dialog = await openEditor(page);
  await dialog.getByRole('button', { name: 'Remove Wrong term' }).click();
  await expect(dialog.getByRole('alert')).toContainText('“Wrong term” has 1 logged error');
  await expect(dialog.getByRole('textbox', { name: 'Name of Wrong term' })).toBeVisible();
  await dialog.getByRole('combobox', { name: 'Preset' }).selectOption('compact');
  await expect(dialog.getByRole('alert')).toContainText(
    '1 logged error is filed under “Wrong term”, which this scorecard does not have',
  );
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeVisible();
  // A category without errors goes, with its subtypes.
  await dialog.getByRole('combobox', { name: 'Preset' }).selectOption('mqm-core');
  await dialog.getByRole('button', { name: 'Remove Design and markup' }).click();
  await expect(dialog.getByRole('textbox', { name: 'Name of Layout' })).toHaveCount(0);
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();
});

test('the Errors panel filters by category, severity, detached and author', async ({ page }) => {
  await openApp(page);
  await page.getByRole('button', { name: 'Errors' }).click();
  await logError(page, 4, 'one belt and one road', 'wrong-term', 'major');
  await logError(page, 10, 'Fourty', 'spelling', 'minor');
  const panel = page.locator('verso-lqa-panel');
  await expect(panel.getByRole('status')).toHaveText('Showing 2 of 2 errors');
  await panel.getByRole('combobox', { name: 'Filter by severity' }).selectOption('minor');
  await expect(panel).toContainText('Fourty');
  await expect(panel).not.toContainText('“one belt and one road”');
  await panel.getByRole('combobox', { name: 'Filter by category' }).selectOption('terminology');
  await expect(panel).toContainText('No error matches the filters.');
  await panel.getByRole('button', { name: 'Clear filters' }).click();
  await panel.getByRole('combobox', { name: 'Filter by category' }).selectOption('terminology');
  await expect(panel.getByRole('status')).toHaveText('Showing 1 of 2 errors');
  await expect(panel).toContainText('one belt and one road');
  await panel.getByRole('button', { name: 'Clear filters' }).click();
  await panel.getByRole('combobox', { name: 'Filter by text' }).selectOption({
    label: 'Detached only (text deleted)',
  });
  await expect(panel.getByRole('status')).toHaveText('Showing 0 of 2 errors');
  await panel.getByRole('button', { name: 'Clear filters' }).click();
  await panel.getByRole('combobox', { name: 'Filter by author' }).selectOption('Reviewer');
  await expect(panel.getByRole('status')).toHaveText('Showing 2 of 2 errors');
  // An error is re-filed in place (what the editor asks before a category in use is removed).
  await panel
    .getByRole('listitem')
    .filter({ hasText: 'Fourty' })
    .getByRole('combobox', { name: 'Category', exact: true })
    .selectOption('grammar');
  await panel.getByRole('combobox', { name: 'Filter by category' }).selectOption('spelling');
  await expect(panel.getByRole('status')).toHaveText('Showing 0 of 2 errors');
});
