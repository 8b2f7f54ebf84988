/**
 * Quality assessment through the UI (issue 15, deliverables 2 and 4): errors logged on the seed filter
 * the grid, and travel into the change report, the Word review copy (as comments on their spans) and
 * the XLIFF 2.1 export (ITS Localization Quality Issues, schema-valid), which opens again with them.
 */
import { expect, test, type Page } from '@playwright/test';
import JSZip from 'jszip';
import { canValidate, validate } from '../support/export.ts';
import {
  SEED_FILE_STEM,
  exportBytes,
  logError,
  openApp,
  openDocument,
  segment,
  waitSaved,
} from './support.ts';

/** The closing note's errors: a wrong term (major) in segment 4, "Fourty" (minor) in segment 10. */
async function logSeedErrors(page: Page): Promise<void> {
  await openApp(page);
  await logError(page, 4, 'one belt and one road', 'wrong-term', 'major', 'Use "Belt and Road"');
  await logError(page, 10, 'Fourty', 'spelling', 'minor');
  await waitSaved(page);
}

test('the logged-errors filter shows the segments with errors, of any severity or of one', async ({
  page,
}) => {
  await logSeedErrors(page);
  const filter = page.getByRole('combobox', { name: 'Logged errors' });
  await filter.selectOption({ label: 'With errors' });
  await expect(segment(page, 4)).toBeVisible();
  await expect(segment(page, 10)).toBeVisible();
  await expect(segment(page, 1)).toBeHidden();
  await expect(page.getByText('2 segments shown')).toBeVisible();
  await filter.selectOption({ label: 'Major errors' });
  await expect(segment(page, 10)).toBeHidden();
  await expect(segment(page, 4)).toBeVisible();
  await filter.selectOption({ label: 'All segments' });
  await expect(segment(page, 1)).toBeVisible();
});

test('the change report has an LQA section: score, table and every error', async ({ page }) => {
  await logSeedErrors(page);
  const html = (await exportBytes(page, /^Change report/)).bytes.toString('utf8');
  expect(html).toContain('Quality assessment');
  expect(html).toContain('Quality score');
  expect(html).toMatch(/Wrong term/);
  expect(html).toMatch(/Spelling/);
  expect(html).toContain('Fourty');
  expect(html).toContain('Use &quot;Belt and Road&quot;');
});

test('the Word review copy puts each error as a comment on its span', async ({ page }) => {
  await logSeedErrors(page);
  const zip = await JSZip.loadAsync((await exportBytes(page, /^Word with tracked changes/)).bytes);
  const comments = (await zip.file('word/comments.xml')?.async('string')) ?? '';
  expect(comments).toContain('[Major · Terminology/Wrong term] Use &quot;Belt and Road&quot;');
  expect(comments).toContain('[Minor · Linguistic conventions/Spelling]');
  const document = (await zip.file('word/document.xml')?.async('string')) ?? '';
  expect(document).toMatch(/<w:commentRangeStart [^>]*\/>(?:<[^>]+>)*Fourty/);
});

test('the XLIFF 2.1 export carries the errors as valid ITS issues and opens again with them', async ({
  page,
}) => {
  await logSeedErrors(page);
  const { name, bytes } = await exportBytes(page, /^XLIFF 2\.1/);
  const xml = bytes.toString('utf8');
  expect(xml).toMatch(/its:locQualityIssueType="misspelling"[^>]*>Fourty<\/mrk>/);
  if (canValidate) expect(validate('xliff2Modules', [xml])).toBe('');
  await openDocument(page, { name, mimeType: 'application/xliff+xml', buffer: bytes });
  await expect(
    page.getByRole('status').filter({ hasText: `Opened “${SEED_FILE_STEM}”` }),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Errors' }).click();
  const panel = page.locator('verso-lqa-panel');
  await expect(panel).toContainText('Fourty');
  await expect(panel).toContainText('one belt and one road');
  await expect(page.locator('verso-lqa-score [role=status]')).not.toContainText('100.00');
});

test('the metrics dialog shows the score and the penalties by category and severity', async ({
  page,
}) => {
  await logSeedErrors(page);
  await page.getByRole('button', { name: 'Metrics' }).click();
  const table = page.getByRole('table', { name: 'Penalty by category and severity' });
  await expect(table.getByRole('row', { name: /Wrong term/ })).toContainText('5');
  await expect(table.getByRole('row', { name: /^Total/ })).toContainText('6');
  await expect(page.getByRole('region', { name: 'Quality assessment' })).toContainText(
    /Quality \d/,
  );
});
