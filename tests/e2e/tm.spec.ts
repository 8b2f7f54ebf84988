import { expect, test, type Page } from '@playwright/test';
import { correction, openApp, openDocument, waitSaved } from './support.ts';

const PLAN =
  'General plan for the construction of Liaoning "one belt and one road" comprehensive experimental zone.';
const CORRECTED = 'General plan for the Belt and Road comprehensive pilot zone of Liaoning.';
const OTHER = 'Shenyang has opened new international routes this year.';
const TMX = `<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4"><header creationtool="t" creationtoolversion="1" segtype="sentence" o-tmf="x" adminlang="en" srclang="en-x-mt" datatype="plaintext"/>
<body><tu><tuv xml:lang="en-x-mt"><seg>${OTHER}</seg></tuv><tuv xml:lang="en"><seg>Shenyang opened new international air routes this year.</seg></tuv></tu></body></tmx>`;

/** Opens the seed and approves segment 4 (the plan's title) as CORRECTED: the memory stores it. */
async function openSeedWithPlanApproved(page: Page): Promise<void> {
  await openApp(page);
  await correction(page, 4).fill(CORRECTED);
  await correction(page, 4).press('Control+Enter');
  await waitSaved(page);
}

test('a segment reviewed in one project is a match in another, inserted with Ctrl+1 and undone', async ({
  page,
}) => {
  await openSeedWithPlanApproved(page);
  await openDocument(page, {
    name: 'jilin.txt',
    mimeType: 'text/plain',
    buffer: Buffer.from(`${PLAN.replace('Liaoning', 'Jilin')}\n\n${OTHER}\n`),
  });
  await expect(correction(page, 1)).toHaveValue(PLAN.replace('Liaoning', 'Jilin'));
  await page.getByRole('button', { name: 'Matches' }).click();
  await correction(page, 1).focus();
  const panel = page.locator('verso-tm-panel');
  await expect(panel.getByRole('listitem').first()).toContainText('% match');
  await expect(panel.getByRole('listitem').first()).toContainText(CORRECTED);
  await expect(panel.locator('del', { hasText: 'Liaoning' })).toBeVisible();
  await page.screenshot({ path: 'test-results/tm-panel.png' });
  await correction(page, 1).press('Control+1');
  await expect(correction(page, 1)).toHaveValue(CORRECTED);
  await correction(page, 1).press('Control+z');
  await expect(correction(page, 1)).toHaveValue(PLAN.replace('Liaoning', 'Jilin'));

  // Concordance (Ctrl+K) finds the phrase in the stored target, highlighted.
  await correction(page, 1).press('Control+k');
  const dialog = page.getByRole('dialog', { name: 'Concordance' });
  await dialog.getByRole('searchbox', { name: 'Search the translation memory' }).fill('pilot zone');
  await expect(dialog.locator('mark', { hasText: 'pilot zone' })).toBeVisible();
  await expect(dialog.getByRole('status')).toContainText('1 unit');
  await page.screenshot({ path: 'test-results/tm-concordance.png' });
  await dialog.getByRole('button', { name: 'Close' }).click();

  // A TMX file imported into the memory gives a match for segment 2.
  const chooser = page.waitForEvent('filechooser');
  await panel.getByRole('button', { name: 'Import TMX' }).click();
  await (
    await chooser
  ).setFiles({ name: 'routes.tmx', mimeType: 'application/xml', buffer: Buffer.from(TMX) });
  await expect(page.getByText('Imported 1 unit from “routes.tmx”')).toBeVisible();
  await correction(page, 2).focus();
  await expect(panel.getByRole('listitem').first()).toContainText('100 % match');
  await correction(page, 2).press('Control+1');
  await expect(correction(page, 2)).toHaveValue(
    'Shenyang opened new international air routes this year.',
  );
});

test('concordance filters by date and project, a phrase becomes a term rule, and the panel shows the glossary targets', async ({
  page,
}) => {
  await openSeedWithPlanApproved(page);
  await page.getByRole('button', { name: 'Matches' }).click();
  await correction(page, 4).focus();
  await correction(page, 4).press('Control+k');
  const dialog = page.getByRole('dialog', { name: 'Concordance' });
  await dialog
    .getByRole('searchbox', { name: 'Search the translation memory' })
    .fill('General plan');
  await expect(dialog.getByRole('status')).toContainText('1 unit');
  // A date range before the correction leaves nothing; the project filter keeps it.
  await dialog.getByLabel('Changed until').fill('2000-01-01');
  await expect(dialog.getByRole('status')).toContainText('Not found in the translation memory.');
  await dialog.getByLabel('Changed until').fill('');
  await expect(dialog.getByRole('status')).toContainText('1 unit');
  await dialog.getByRole('combobox', { name: 'Project' }).selectOption({ index: 1 });
  await expect(dialog.getByRole('status')).toContainText('1 unit');
  // The phrase becomes a term rule with its preferred target…
  await dialog.getByRole('button', { name: 'Make a term rule' }).click();
  await dialog.getByRole('textbox', { name: 'Preferred target' }).fill('Master plan');
  await dialog.getByRole('button', { name: 'Add the term rule' }).click();
  await expect(page.getByText('Term rule added: “General plan” → “Master plan”.')).toBeVisible();
  await dialog.getByRole('button', { name: 'Close' }).click();
  // Termbase recognition: the project's rules found in the segment's MT, with the preferred target
  // (the seed project's Belt and Road rules; the rule above has no source side to look for in an
  // MT-only document).
  await correction(page, 5).focus();
  await correction(page, 4).focus();
  const panel = page.locator('verso-tm-panel');
  await expect(
    panel
      .getByRole('listitem')
      .filter({ hasText: 'comprehensive experimental zone → comprehensive pilot zone' }),
  ).toBeVisible();
});
