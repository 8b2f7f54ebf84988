/**
 * The workbench's layout at 1280×720 (issue 13 items 1 and 3): a compact header, enough segments on
 * screen, a toolbar that never wraps, an overflow menu usable by keyboard, the inline diff toggle.
 */
import { expect, test } from '@playwright/test';
import {
  SEED_NAME,
  correction,
  openApp,
  openPair,
  rowsInView,
  segment,
  toolbarLines,
} from './support.ts';

test.use({ viewport: { width: 1280, height: 720 } });

test('the header is at most 56 px high and shows the project title', async ({ page }) => {
  await openApp(page);
  const header = page.locator('verso-toolbar');
  expect((await header.boundingBox())?.height).toBeLessThanOrEqual(56);
  await expect(header.getByText(SEED_NAME)).toBeVisible();
});

test('the toolbar buttons sit on one line, in English and in Chinese', async ({ page }) => {
  for (const lng of ['en', 'zh-CN']) {
    // Rows are named in the UI language, so wait for the first row element itself.
    await page.goto(`/?lng=${lng}`);
    await expect(page.locator('verso-segment-row').first()).toBeVisible();
    expect(await toolbarLines(page)).toBe(1);
  }
});

test('at least 8 seed segments are fully visible with the QA panel closed', async ({ page }) => {
  await openApp(page);
  expect(await rowsInView(page)).toBeGreaterThanOrEqual(8);
});

test('at least 6 seed segments are fully visible with the QA panel open', async ({ page }) => {
  await openApp(page);
  await page.getByRole('button', { name: 'Quality checks' }).click();
  await expect(page.getByRole('heading', { name: 'Quality checks' })).toBeVisible();
  expect(await rowsInView(page)).toBeGreaterThanOrEqual(6);
});

test('the overflow menu opens and acts by keyboard', async ({ page }) => {
  await openApp(page);
  const more = page.getByRole('button', { name: 'More' });
  await more.focus();
  await page.keyboard.press('Enter');
  const menu = page.getByRole('menu', { name: 'More' });
  await expect(menu.getByRole('menuitemcheckbox', { name: 'Compact rows' })).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(
    menu.getByRole('menuitemcheckbox', { name: 'Changes under the editor' }),
  ).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(menu).toHaveCount(0);
  await expect(more).toBeFocused();
});

test('a narrow window moves the review group into the overflow menu', async ({ page }) => {
  await page.setViewportSize({ width: 900, height: 720 });
  await openApp(page);
  await expect(page.getByRole('button', { name: 'Metrics' })).toHaveCount(0);
  await page.getByRole('button', { name: 'More' }).click();
  await page.getByRole('menuitem', { name: 'Metrics' }).click();
  await expect(page.getByRole('dialog', { name: 'Post-editing metrics' })).toBeVisible();
});

test('no header control is cut off at any window width, with the row-mode select of a bilingual project', async ({
  page,
}) => {
  await openApp(page);
  await openPair(page);
  const header = page.locator('verso-toolbar');
  await expect(header.getByRole('combobox', { name: 'Segments' })).toBeVisible();
  for (let width = 1440; width >= 900; width -= 20) {
    await page.setViewportSize({ width, height: 720 });
    // The header's controls: the language select is the last before More.
    const language = header.getByRole('combobox', { name: 'Language' });
    const more = header.getByRole('button', { name: 'More' });
    await expect
      .poll(
        async () => {
          const [a, b] = await Promise.all([language.boundingBox(), more.boundingBox()]);
          return Math.max(a ? a.x + a.width : Infinity, b ? b.x + b.width : Infinity);
        },
        { message: `at ${width} px` },
      )
      .toBeLessThanOrEqual(width);
    expect(await toolbarLines(page)).toBe(1);
  }
});

test('the groups a bilingual project moved into More come back for a project that fits', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1180, height: 720 });
  await openApp(page);
  await expect(page.getByRole('button', { name: 'Metrics' })).toBeVisible();
  await openPair(page);
  // The row-mode select takes the room: the review group is in More.
  await expect(page.getByRole('button', { name: 'Metrics' })).toHaveCount(0);
  await page.getByRole('button', { name: 'More' }).click();
  await page.getByRole('menuitem', { name: 'Projects' }).click();
  await page
    .getByRole('dialog', { name: 'Projects' })
    .getByRole('button', { name: SEED_NAME, exact: false })
    .first()
    .click();
  await expect(correction(page, 1)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Metrics' })).toBeVisible();
  expect(await toolbarLines(page)).toBe(1);
});

test('an edited row shows its diff in the editor’s place once the focus leaves it', async ({
  page,
}) => {
  await openApp(page);
  await correction(page, 8).fill('(1) Opening advantages');
  await correction(page, 7).focus();
  const row = segment(page, 8);
  const diff = row.getByRole('note', { name: 'Changes in segment 8' });
  const editor = await correction(page, 8).boundingBox();
  const note = await diff.boundingBox();
  expect(note && editor && Math.abs(note.y - editor.y)).toBeLessThan(2);
  await expect(diff.locator('ins')).toContainText('advantages');
});

test('the diff can be placed under the editor instead, and the choice is kept', async ({
  page,
}) => {
  await openApp(page);
  await correction(page, 8).fill('(1) Opening advantages');
  await correction(page, 7).focus();
  await page.getByRole('button', { name: 'More' }).click();
  await page.getByRole('menuitemcheckbox', { name: 'Changes under the editor' }).click();
  await page.reload();
  await expect(segment(page, 1)).toBeVisible();
  const editor = await correction(page, 8).boundingBox();
  const note = await segment(page, 8).getByRole('note').boundingBox();
  expect(note && editor && note.y - (editor.y + editor.height)).toBeGreaterThanOrEqual(0);
});
