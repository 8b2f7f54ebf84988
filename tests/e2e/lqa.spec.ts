/**
 * Quality assessment through the UI (issue 15): log an error on the seed's selected term, see the
 * toolbar's score fall, undo it.
 */
import { expect, test } from '@playwright/test';
import { correction, openApp } from './support.ts';

test('logging an error on a selected word lowers the score, and undo restores it', async ({
  page,
}) => {
  await openApp(page);
  const score = page.locator('verso-lqa-score [role=status]');
  await expect(score).toContainText('100.00');
  const editor = correction(page, 4);
  await editor.click();
  await editor.evaluate((el: HTMLTextAreaElement) => {
    const start = el.value.indexOf('one belt and one road');
    el.setSelectionRange(start, start + 'one belt and one road'.length);
  });
  await page.getByRole('button', { name: 'Log error' }).click();
  await page.getByRole('combobox', { name: 'Category' }).selectOption('wrong-term');
  await page.getByRole('combobox', { name: 'Severity' }).selectOption('major');
  await page.getByRole('button', { name: 'Log', exact: true }).click();
  await expect(score).not.toContainText('100.00');
  // More words evaluated, a smaller penalty per word: typing raises the score (recounted as typing
  // pauses, not at every key).
  const logged = Number(/\d+\.\d\d/.exec((await score.textContent()) ?? '')?.[0]);
  const other = correction(page, 6);
  await other.fill(`${await other.inputValue()} ${'More evaluated words here. '.repeat(40)}`);
  await expect
    .poll(async () => Number(/\d+\.\d\d/.exec((await score.textContent()) ?? '')?.[0]))
    .toBeGreaterThan(logged);
  await page.getByRole('button', { name: 'Errors' }).click();
  await expect(page.locator('verso-lqa-panel')).toContainText('one belt and one road');
  // Undo the typing, then the logged error.
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(other).not.toHaveValue(/More evaluated words/);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(score).toContainText('100.00');
});
