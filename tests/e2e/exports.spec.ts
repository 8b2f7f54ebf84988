import { expect, test, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import JSZip from 'jszip';
import {
  SEED_FILE_STEM,
  correction,
  exportBytes,
  openApp,
  openDocument,
  segment,
  waitSaved,
} from './support.ts';

async function reviewSome(page: Page): Promise<void> {
  await openApp(page);
  await segment(page, 1).getByRole('combobox', { name: 'Status 1' }).selectOption('excluded');
  await correction(page, 4).fill(
    'General plan for the construction of the Liaoning "Belt and Road" comprehensive pilot zone.',
  );
  await segment(page, 5).getByRole('combobox', { name: 'Status 5' }).selectOption('approved');
  await waitSaved(page);
}

test('the HTML edition is one self-contained page without the excluded boilerplate', async ({
  page,
}) => {
  await reviewSome(page);
  const { name, bytes } = await exportBytes(page, /^HTML/);
  expect(name).toBe(`${SEED_FILE_STEM}.edition.html`);
  const html = bytes.toString('utf8');
  expect(html).toMatch(/<html[^>]* lang="en"/);
  expect(html).toMatch(/(?:"|&quot;)Belt and Road(?:"|&quot;) comprehensive pilot zone/);
  expect(html).not.toContain('Huigong Street');
  expect(html).not.toMatch(/<script|<link[^>]+stylesheet/);
});

test('the Word review copy holds every change as a tracked change', async ({ page }) => {
  await reviewSome(page);
  const { name, bytes } = await exportBytes(page, /^Word with tracked changes/);
  expect(name).toBe(`${SEED_FILE_STEM}.review.docx`);
  const zip = await JSZip.loadAsync(bytes);
  const document = (await zip.file('word/document.xml')?.async('string')) ?? '';
  expect(document).toMatch(/<w:ins [^>]*w:author="Reviewer"/);
  expect(document).toMatch(/<w:del [^>]*w:date="/);
  expect(document).toContain('Belt and Road');
  expect(document).toMatch(/<w:delText[^>]*>[^<]*one belt and one road/);
});

test('an XLIFF 2.1 export opens again with its texts and statuses', async ({ page }) => {
  await reviewSome(page);
  const { name, bytes } = await exportBytes(page, /^XLIFF 2\.1/);
  expect(name).toBe(`${SEED_FILE_STEM}.xlf`);
  await openDocument(page, { name, mimeType: 'application/xliff+xml', buffer: bytes });
  await expect(
    page.getByRole('status').filter({ hasText: `Opened “${SEED_FILE_STEM}”` }),
  ).toBeVisible();
  await expect(correction(page, 4)).toHaveValue(/"Belt and Road" comprehensive pilot zone/);
  await expect(segment(page, 1).getByRole('combobox', { name: 'Status 1' })).toHaveValue(
    'excluded',
  );
  await expect(segment(page, 5).getByRole('combobox', { name: 'Status 5' })).toHaveValue(
    'approved',
  );
});

test('the change report summarises HTER and lists the changed segment', async ({ page }) => {
  await reviewSome(page);
  const { name, bytes } = await exportBytes(page, /^Change report/);
  expect(name).toBe(`${SEED_FILE_STEM}.report.html`);
  const html = bytes.toString('utf8');
  expect(html).toContain('Change report');
  expect(html).toContain('HTER');
  expect(html).toContain('Segment 4');
  expect(html).toMatch(/<del[^>]*>[^<]*one belt and one road/);
  expect(html).not.toMatch(/<script/);
});

test('the change report follows the UI language', async ({ page }) => {
  await reviewSome(page);
  await page.getByRole('combobox', { name: 'Language' }).selectOption('zh-CN');
  await page.getByRole('button', { name: '导出', exact: true }).click();
  const pending = page.waitForEvent('download');
  await page
    .getByRole('dialog', { name: '导出' })
    .getByRole('button', { name: /^修改报告/ })
    .click();
  const html = (await readFile(await (await pending).path())).toString('utf8');
  expect(html).toContain('修改报告');
  expect(html).toMatch(/<html[^>]* lang="zh-CN"/);
});
