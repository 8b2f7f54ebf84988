// @ts-nocheck
import { expect, test } from '@playwright/test';
import { correction, openApp, reveal, segment, waitSaved } from './support.ts';

test('the QA panel flags the seed’s MT errors and fixes a term everywhere in one undoable step', async ({
  page,
}) => {
  await openApp(page);
  await page.getByRole('button', { name: 'Quality checks' }).click();
  const panel = page.getByRole('region', { name: 'Quality checks' });
  await expect(panel.getByRole('listitem').first()).toBeVisible();
  // The Belt-and-Road pack is on for the seed: the forbidden "one belt and one way" is a term finding.
  const terms = panel.getByRole('region', { name: /term/i }).first();
  await expect(terms).toContainText('one belt and one way');
  await terms.getByRole('button', { name: /^Fix all/ }).click();
  await waitSaved(page);
  await expect(correction(page, 4)).not.toHaveValue(/one belt and one road/);
  await expect(correction(page, 4)).toHaveValue(/Belt and Road/);
  await page.keyboard.press('Control+z');
  await expect(correction(page, 4)).toHaveValue(/one belt and one road/);
});

test('an ignored finding stays ignored after a reload', async ({ page }) => {
  await openApp(page);
  await page.getByRole('button', { name: 'Quality checks' }).click();
  const panel = page.getByRole('region', { name: 'Quality checks' });
  const first = panel.getByRole('button', { name: /^Ignore in segment/ }).first();
  const label = await first.getAttribute('aria-label');
  await first.click();
  await expect(panel.getByRole('button', { name: label ?? '' })).toHaveCount(0);
  await page.reload();
  await page.getByRole('button', { name: 'Quality checks' }).click();
  await expect(
    page.getByRole('region', { name: 'Quality checks' }).getByRole('listitem').first(),
  ).toBeVisible();
  await expect(page.getByRole('button', { name: label ?? '' })).toHaveCount(0);
});

test('a live check flags a doubled word as the reviewer types it', async ({ page }) => {
  await openApp(page);
  await page.getByRole('button', { name: 'Quality checks' }).click();
  const panel = page.getByRole('region', { name: 'Quality checks' });
  await expect(panel.getByRole('listitem').first()).toBeVisible();
  await reveal(page, 8);
  await correction(page, 8).fill('(1) The the opening advantages');
  await expect(panel.getByRole('button', { name: /Fix segment 8: “The the”/ })).toBeVisible();
});

test('the metrics panel shows HTER and the most edited segments', async ({ page }) => {
  await openApp(page);
  await correction(page, 8).fill('(1) Advantages of opening up');
  await waitSaved(page);
  await page.getByRole('button', { name: 'Metrics' }).click();
  const dialog = page.getByRole('dialog', { name: 'Post-editing metrics' });
  await expect(dialog.getByText('1 of 19')).toBeVisible();
  await expect(dialog.getByRole('img', { name: 'Segments per HTER range' })).toBeVisible();
  await dialog.getByRole('button', { name: 'Go to segment 8' }).click();
  await expect(correction(page, 8)).toBeFocused();
  await expect(segment(page, 8)).toBeVisible();
});

test('a correction is learned and offered everywhere else the phrase occurs', async ({ page }) => {
  await openApp(page);
  const editor = correction(page, 4);
  await editor.fill(
    'General plan for the construction of Liaoning "Belt and Road" comprehensive experimental zone.',
  );
  await editor.blur();
  const offer = page.getByRole('status').filter({ hasText: 'You changed' });
  await expect(offer).toContainText('“one belt and one road” to “Belt and Road”');
  await offer.getByRole('button', { name: 'Review and apply…' }).click();
  const dialog = page.getByRole('dialog', { name: /Apply “.*” → “.*” elsewhere/ });
  const boxes = dialog.getByRole('checkbox', { name: /^Include hit/ });
  const count = await boxes.count();
  expect(count).toBeGreaterThan(5);
  await boxes.first().uncheck(); // leave segment 5 (the duplicated title) alone
  await dialog
    .getByRole('checkbox', { name: 'Also keep it as a term rule of this project' })
    .check();
  await dialog.getByRole('button', { name: `Apply to ${count - 1} hits` }).click();
  await waitSaved(page);
  await expect(correction(page, 5)).toHaveValue(/"one belt and one road"/);
  await expect(correction(page, 6)).toHaveValue(/^Promoting the construction of "Belt and Road"/);
  await page.keyboard.press('Control+z');
  await expect(correction(page, 6)).toHaveValue(
    /^Promoting the construction of "one belt and one road"/,
  );
  await page.getByRole('button', { name: 'Terms' }).click();
  await expect(
    page
      .getByRole('table', { name: 'This project’s rules' })
      .getByRole('cell', { name: 'Belt and Road', exact: true }),
  ).toBeVisible();
});

test('the review queue puts the riskiest segments first', async ({ page }) => {
  await openApp(page);
  await page.getByRole('button', { name: 'Quality checks' }).click();
  await expect(
    page.getByRole('region', { name: 'Quality checks' }).getByRole('listitem').first(),
  ).toBeVisible();
  await page.getByRole('combobox', { name: 'Order' }).selectOption('risk');
  const first = page.getByRole('group', { name: /^Segment \d+$/ }).first();
  await expect(first).not.toHaveAccessibleName('Segment 1');
});

test('a term rule added in the editor becomes a finding with a one-click fix', async ({ page }) => {
  await openApp(page);
  await page.getByRole('button', { name: 'Terms' }).click();
  const dialog = page.getByRole('dialog', { name: 'Term rules' });
  await dialog.getByRole('textbox', { name: 'Preferred term' }).fill('facilities connectivity');
  await dialog.getByRole('textbox', { name: /^Forbidden variants/ }).fill('Facilities Unicom');
  await dialog.getByRole('button', { name: 'Add rule' }).click();
  await expect(
    dialog
      .getByRole('table', { name: 'This project’s rules' })
      .getByRole('cell', { name: 'facilities connectivity', exact: true }),
  ).toBeVisible();
  await dialog.getByRole('button', { name: 'Close' }).click();
  await page.getByRole('button', { name: 'Quality checks' }).click();
  const panel = page.getByRole('region', { name: 'Quality checks' });
  const fix = panel
    .getByRole('button', { name: /“Facilities Unicom” → “facilities connectivity”/i })
    .first();
  await expect(fix).toBeVisible();
  await fix.click();
  await waitSaved(page);
  await reveal(page, 11);
  await expect(correction(page, 11)).toHaveValue(/connectivity has accelerated/i);
});

test('the Belt-and-Road pack can be switched off for a project', async ({ page }) => {
  await openApp(page);
  await page.getByRole('button', { name: 'Terms' }).click();
  const pack = page.getByRole('checkbox', { name: /^Belt and Road term pack/ });
  await expect(pack).toBeChecked();
  await pack.uncheck();
  await waitSaved(page);
  await page.reload();
  await page.getByRole('button', { name: 'Terms' }).click();
  await expect(page.getByRole('checkbox', { name: /^Belt and Road term pack/ })).not.toBeChecked();
});
