import { expect, test, type Page } from '@playwright/test';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  SEED_FILE_STEM,
  SEED_NAME,
  SEED_PARAGRAPHS,
  download,
  correction,
  openApp,
  openDocument,
  projectNames,
  segment,
  waitSaved,
} from './support.ts';

async function exclude(page: Page, n: number): Promise<void> {
  await segment(page, n)
    .getByRole('combobox', { name: `Status ${n}` })
    .selectOption('excluded');
}

test('the clean edition leaves excluded boilerplate out and has the corrections', async ({
  page,
}) => {
  await openApp(page);
  for (const n of [1, 2, 3]) await exclude(page, n);
  await correction(page, 5).fill(
    'General Plan for the Construction of the Liaoning Belt and Road Comprehensive Pilot Zone',
  );
  await waitSaved(page);
  const txt = await download(page, /^Plain text/);
  expect(txt.name).toBe(`${SEED_FILE_STEM}.edition.txt`);
  const paragraphs = txt.text.trimEnd().split('\n\n');
  expect(paragraphs).toHaveLength(16);
  expect(paragraphs[0]).toBe(SEED_PARAGRAPHS[3]);
  expect(paragraphs[1]).toBe(
    'General Plan for the Construction of the Liaoning Belt and Road Comprehensive Pilot Zone',
  );
  expect(txt.text).not.toContain('Huigong Street');
  const md = await download(page, /^Markdown/);
  expect(md.name).toBe(`${SEED_FILE_STEM}.edition.md`);
  expect(md.text).not.toContain('Huigong Street');
  expect(md.text).toContain('Belt and Road Comprehensive Pilot Zone');
});

test('a backup restores every revision, status and comment into a fresh browser profile', async ({
  page,
  browser,
}) => {
  await openApp(page);
  await exclude(page, 1);
  await correction(page, 8).fill('(1) Opening advantages');
  await waitSaved(page);
  await segment(page, 8)
    .getByRole('button', { name: /^Comments/ })
    .click();
  const comments = page.getByRole('region', { name: 'Comments on segment 8' });
  await comments
    .getByRole('textbox', { name: 'New comment' })
    .fill('Heading: check against the source');
  await comments.getByRole('button', { name: 'Add comment' }).click();
  await expect(comments.getByText('Heading: check against the source')).toBeVisible();
  const backup = await download(page, /^Project backup/);
  expect(backup.name).toBe(`${SEED_FILE_STEM}.backup.verso.json`);

  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await openApp(other);
  await openDocument(other, {
    name: backup.name,
    mimeType: 'application/json',
    buffer: Buffer.from(backup.text),
  });
  await expect(other.getByRole('status').filter({ hasText: 'Restored the backup' })).toBeVisible();
  await expect(correction(other, 8)).toHaveValue('(1) Opening advantages');
  await expect(segment(other, 1).getByRole('combobox', { name: 'Status 1' })).toHaveValue(
    'excluded',
  );
  await expect(segment(other, 8).getByRole('button', { name: 'Comments (1)' })).toBeVisible();
  await segment(other, 8).getByRole('button', { name: 'History' }).click();
  await expect(
    other
      .getByRole('region', { name: 'History of segment 8' })
      .getByRole('list', { name: 'Revisions, newest first' })
      .locator(':scope > li'),
  ).toHaveCount(2);
  await fresh.close();
});

test('opening a text file creates a project; projects can be switched, renamed and deleted', async ({
  page,
}) => {
  await openApp(page);
  await openDocument(page, {
    name: 'memo.txt',
    mimeType: 'text/plain',
    buffer: Buffer.from(
      '\uFEFFFirst paragraph.\r\n\r\nSecond  paragraph.   \r\n\r\n\r\nThird.\r\n',
    ),
  });
  await expect(page.getByText('3 segments shown')).toBeVisible();
  await expect(correction(page, 2)).toHaveValue('Second  paragraph.');
  expect(await projectNames(page)).toEqual(['First paragraph', SEED_NAME]);

  await page.getByRole('button', { name: 'Projects' }).click();
  const dialog = page.getByRole('dialog', { name: 'Projects' });
  await dialog.getByRole('button', { name: 'Rename First paragraph' }).click();
  await dialog.getByRole('textbox', { name: 'New name' }).fill('Memo (reviewed)');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog.getByRole('button', { name: 'Delete Memo (reviewed)' })).toBeVisible();
  await dialog.getByRole('button', { name: 'Delete Memo (reviewed)' }).click();
  await expect(dialog.getByRole('alert')).toContainText('cannot be undone');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await dialog.getByRole('button', { name: 'Delete Memo (reviewed)' }).click();
  await dialog.getByRole('button', { name: 'Delete for good' }).click();
  await expect(dialog.getByRole('button', { name: /^Delete / })).toHaveCount(1);
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(page.getByText('19 segments shown')).toBeVisible();
});

test('a file dropped on the grid opens as a project', async ({ page }) => {
  await openApp(page);
  const data = await page.evaluateHandle(() => {
    const dt = new DataTransfer();
    dt.items.add(
      new File(['Dropped one.\n\nDropped two.'], 'dropped.md', { type: 'text/markdown' }),
    );
    return dt;
  });
  await page.locator('verso-segment-grid').dispatchEvent('dragover', { dataTransfer: data });
  await page.locator('verso-segment-grid').dispatchEvent('drop', { dataTransfer: data });
  await expect(page.getByText('2 segments shown')).toBeVisible();
  await expect(correction(page, 2)).toHaveValue('Dropped two.');
});

const BAD_FILES: { title: string; name: string; bytes: () => Buffer; message: RegExp }[] = [
  {
    title: 'an empty file',
    name: 'empty.txt',
    bytes: () => Buffer.alloc(0),
    message: /“empty.txt” is empty/,
  },
  {
    title: 'a binary file',
    name: 'image.txt',
    bytes: () =>
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48]),
    message: /“image.txt” is not a text file/,
  },
  {
    title: 'text whose encoding cannot be told',
    name: 'latin1.txt',
    bytes: () => Buffer.from('Caf\xe9 cr\xe8me and na\xefve r\xe9sum\xe9 text\n', 'latin1'),
    message: /“latin1.txt” is not UTF-8, and Verso cannot tell its encoding for sure/,
  },
  {
    title: 'malformed backup JSON',
    name: 'broken.verso.json',
    bytes: () => Buffer.from('{"format": "verso-backup", "version": 1, "segments": ['),
    message: /“broken.verso.json” is not valid JSON/,
  },
  {
    title: 'a backup from a newer format version',
    name: 'future.verso.json',
    bytes: () =>
      Buffer.from(
        JSON.stringify({
          format: 'verso-backup',
          version: 99,
          exportedAt: 0,
          project: {},
          segments: [],
          revisions: [],
        }),
      ),
    message: /newer Verso \(backup format 99\)/,
  },
  {
    title: 'an unsupported file type',
    name: 'report.pdf',
    bytes: () => Buffer.from('%PDF-1.7'),
    message: /cannot open “.pdf” files/,
  },
];

for (const bad of BAD_FILES) {
  test(`${bad.title} gets a clear message and leaves stored projects untouched`, async ({
    page,
  }) => {
    await openApp(page);
    await correction(page, 8).fill('(1) Opening advantages');
    await waitSaved(page);
    await openDocument(page, {
      name: bad.name,
      mimeType: 'application/octet-stream',
      buffer: bad.bytes(),
    });
    await expect(page.getByRole('alert').filter({ hasText: bad.message })).toBeVisible();
    expect(await projectNames(page)).toEqual([SEED_NAME]);
    await page.reload();
    await expect(correction(page, 8)).toHaveValue('(1) Opening advantages');
  });
}

test('a file over 50 MB is refused before it is read', async ({ page }) => {
  await openApp(page);
  // Playwright passes files over 50 MB by path.
  const path = join(await mkdtemp(join(tmpdir(), 'verso-')), 'huge.txt');
  await writeFile(path, Buffer.alloc(50 * 1024 * 1024 + 1, 'a'));
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Open document' }).click();
  await (await chooser).setFiles(path);
  await rm(path);
  await expect(
    page.getByRole('alert').filter({ hasText: /“huge.txt” is 52,428,801 bytes/ }),
  ).toBeVisible();
  expect(await projectNames(page)).toEqual([SEED_NAME]);
});

test('markup and scripts in a document are shown as text, never run', async ({ page }) => {
  await openApp(page);
  let dialogs = 0;
  page.on('dialog', (d) => {
    dialogs += 1;
    void d.dismiss();
  });
  const hostile = [
    '<script>alert("script")</script> stays text.',
    '<img src=x onerror="alert(\'img\')"> and <b>bold</b> stay text.',
    '[click](javascript:alert(1)) stays text.',
  ].join('\n\n');
  await openDocument(page, {
    name: 'hostile.md',
    mimeType: 'text/markdown',
    buffer: Buffer.from(hostile),
  });
  await expect(page.getByText('3 segments shown')).toBeVisible();
  await expect(segment(page, 1)).toContainText('<script>alert("script")</script> stays text.');
  await correction(page, 2).fill('<img src=y onerror="alert(\'typed\')"> typed');
  await expect(segment(page, 2).getByRole('note')).toContainText('<img src=');
  await expect(segment(page, 2).getByRole('note').locator('ins').first()).toHaveText(/y$/);
  expect(await page.locator('verso-app img, verso-app b').count()).toBe(0);
  const html = await page.evaluate(() => {
    const walk = (root: Document | ShadowRoot): number =>
      [...root.querySelectorAll('*')].reduce(
        (n, el) =>
          n +
          (['IMG', 'SCRIPT', 'B'].includes(el.tagName) && !el.closest('head') ? 1 : 0) +
          (el.shadowRoot ? walk(el.shadowRoot) : 0),
        0,
      );
    return walk(document);
  });
  expect(html).toBe(0);
  const md = await download(page, /^Markdown/);
  expect(md.text).not.toMatch(/<script|<img/);
  expect(dialogs).toBe(0);
});
