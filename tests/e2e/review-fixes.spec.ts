/**
 * Issue 11 through the UI: what the professional reviewer met, each as they met it.
 */
import { chromium, expect, test, type Browser, type Page } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromiumArgs, chromiumPath } from '../../vite.config.ts';
import { hasSharedData, sharedPath } from '../conformance/shared-data.ts';
import { canValidate, validate } from '../support/export.ts';
import {
  SEED_NAME,
  addTermRule,
  correction,
  download,
  exportBytes,
  openApp,
  openDocument,
  segment,
  waitSaved,
} from './support.ts';

/** Five "free trade pilot zone" and one "Free Trade Pilot Zones": a variant whose fix needs a preview. */
const VARIANT_DOC = [
  ...Array.from({ length: 5 }, (_, i) => `We build the free trade pilot zone ${i + 1}.`),
  'We build the Free Trade Pilot Zones now.',
].join('\n\n');

/** The OASIS XLIFF 2.1 sample with inline codes, English to German. */
const SAMPLE1 = 'xliff2-oasis/xliff-21/test-suite/core/valid/sample1.xlf';

/** Opens the app and the variant document in it. */
async function openZones(page: Page): Promise<void> {
  await openApp(page);
  await openDocument(page, {
    name: 'zones.txt',
    mimeType: 'text/plain',
    buffer: Buffer.from(VARIANT_DOC),
  });
  await expect(correction(page, 1)).toHaveValue('We build the free trade pilot zone 1.');
}

/** Opens the QA panel and waits for its findings. */
async function openQa(page: Page) {
  await page.getByRole('button', { name: 'Quality checks' }).click();
  const panel = page.getByRole('region', { name: 'Quality checks' });
  await expect(panel.getByRole('listitem').first()).toBeVisible();
  return panel;
}

/** Debian's Chromium on a profile directory of our own, driven over CDP so it can be SIGKILLed. */
async function startChromium(profile: string): Promise<{ proc: ChildProcess; browser: Browser }> {
  const proc = spawn(
    chromiumPath,
    [
      ...chromiumArgs,
      '--headless',
      `--user-data-dir=${profile}`,
      '--remote-debugging-port=0',
      'about:blank',
    ],
    // Its own process group, so the kill takes its helper processes (renderers, zygote) too.
    { stdio: ['ignore', 'ignore', 'pipe'], detached: true },
  );
  const endpoint = await new Promise<string>((resolve, reject) => {
    let seen = '';
    proc.stderr?.on('data', (chunk: Buffer) => {
      seen += chunk.toString();
      const match = /DevTools listening on (ws:\/\/\S+)/.exec(seen);
      if (match?.[1]) resolve(match[1]);
    });
    proc.once('exit', (code) => reject(new Error(`Chromium exited (${code}): ${seen}`)));
  });
  return { proc, browser: await chromium.connectOverCDP(endpoint) };
}

/** SIGKILL, as a crash: no unload, no flush of anything the browser keeps in memory. */
async function stop(proc: ChildProcess): Promise<void> {
  const exited = new Promise((resolve) => proc.once('exit', resolve));
  if (proc.pid !== undefined) process.kill(-proc.pid, 'SIGKILL');
  await exited;
}

test.describe('item 12: the last opened project survives a browser crash', () => {
  test('after SIGKILL the project opened last opens again, not the one changed last', async ({
    baseURL,
  }) => {
    const profile = mkdtempSync(join(tmpdir(), 'verso-crash-'));
    try {
      const first = await startChromium(profile);
      const page = await first.browser.contexts()[0]!.newPage();
      // Wide enough for the Projects button to be in the header, not in the overflow menu.
      await page.setViewportSize({ width: 1280, height: 720 });
      await page.goto(`${baseURL}?lng=en`);
      await expect(correction(page, 1)).toBeVisible({ timeout: 20_000 });
      const seedFirst = await correction(page, 1).inputValue();
      await openDocument(page, {
        name: 'memo.txt',
        mimeType: 'text/plain',
        buffer: Buffer.from('Imported first paragraph.\n\nImported second paragraph.'),
      });
      await expect(correction(page, 1)).toHaveValue('Imported first paragraph.');
      // Back to the seed: the imported project stays the one changed last.
      await page.getByRole('button', { name: 'Projects' }).click();
      const dialog = page.getByRole('dialog', { name: 'Projects' });
      await dialog.getByRole('button', { name: SEED_NAME, exact: false }).first().click();
      await expect(correction(page, 1)).toHaveValue(seedFirst);
      await stop(first.proc);

      const second = await startChromium(profile);
      const again = await second.browser.contexts()[0]!.newPage();
      await again.goto(`${baseURL}?lng=en`);
      await expect(correction(again, 1)).toHaveValue(seedFirst, { timeout: 20_000 });
      await stop(second.proc);
    } finally {
      rmSync(profile, { recursive: true, force: true, maxRetries: 5 });
    }
  });
});

test.describe('item 5: no fix-all applies a variant suggestion unseen', () => {
  test('Fix all is not offered for it; Preview fixes lists it ticked and applies it as one undoable step', async ({
    page,
  }) => {
    await openZones(page);
    const panel = await openQa(page);
    const variants = panel.getByRole('region', { name: 'Inconsistent variants' });
    await expect(variants.getByRole('button', { name: /^Fix all/ })).toHaveCount(0);
    await variants.getByRole('button', { name: 'Preview 1 fix: Inconsistent variants' }).click();
    const dialog = page.getByRole('dialog', { name: 'Preview fixes' });
    const tick = dialog.getByRole('checkbox', { name: /^Apply in segment 6:/ });
    await expect(tick).toBeChecked();
    await expect(dialog.locator('verso-diff-view')).toContainText('Zones');
    await page.screenshot({ path: 'test-results/fix-preview.png' });
    await dialog.getByRole('button', { name: 'Apply 1 fix' }).click();
    await expect(correction(page, 6)).toHaveValue('We build the Free Trade Pilot Zone now.');
    await waitSaved(page);
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect(correction(page, 6)).toHaveValue('We build the Free Trade Pilot Zones now.');
  });

  test('an unticked change is not applied', async ({ page }) => {
    await openZones(page);
    const panel = await openQa(page);
    await panel.getByRole('button', { name: /^Preview 1 fix/ }).click();
    const dialog = page.getByRole('dialog', { name: 'Preview fixes' });
    await dialog.getByRole('checkbox', { name: /^Apply in segment 6:/ }).uncheck();
    await expect(dialog.getByRole('button', { name: 'Apply 0 fixes' })).toBeDisabled();
  });
});

test.describe('item 7: names and checks that cannot run', () => {
  test('a name goes to the word list in one click and is not flagged again', async ({ page }) => {
    await openApp(page);
    const panel = await openQa(page);
    const names = panel.getByRole('region', { name: 'Names' });
    const add = names.getByRole('button', { name: /^Add to word list: “.+”$/ }).first();
    const label = (await add.getAttribute('aria-label')) ?? '';
    await add.click();
    await expect(panel.getByRole('button', { name: label, exact: true })).toHaveCount(0);
  });

  test('the panel says once that German is not spell-checked (OASIS sample1, en→de)', async ({
    page,
  }) => {
    test.skip(!hasSharedData(SAMPLE1), 'third-party data absent');
    await openApp(page);
    await openDocument(page, {
      name: 'sample1.xlf',
      mimeType: 'application/xliff+xml',
      buffer: readFileSync(sharedPath(SAMPLE1)),
    });
    await page.getByRole('button', { name: 'Quality checks' }).click();
    const panel = page.getByRole('region', { name: 'Quality checks' });
    // Said after the first whole-document run, which starts the QA worker and builds its speller:
    // seconds on a loaded 2-core machine (a CI rehearsal saw 6 s).
    await expect(
      panel.getByText('Spelling is not checked: there is no dictionary for de (only for en)'),
    ).toHaveCount(1, { timeout: 20_000 });
  });

  test('the QA panel left open checks the next project opened, not only the first', async ({
    page,
  }) => {
    test.skip(!hasSharedData(SAMPLE1), 'third-party data absent');
    await openApp(page);
    await page.getByRole('button', { name: 'Quality checks' }).click();
    const tab = page.getByRole('tabpanel', { name: 'QA' });
    // The seed's findings first, then another project opens while the panel stays open.
    await expect(tab.getByRole('status')).toContainText(/[1-9]\d* errors/, { timeout: 20_000 });
    await openDocument(page, {
      name: 'sample1.xlf',
      mimeType: 'application/xliff+xml',
      buffer: readFileSync(sharedPath(SAMPLE1)),
    });
    await expect(page.getByText('Opened “sample1”', { exact: false })).toBeVisible();
    await expect(
      page
        .getByRole('region', { name: 'Quality checks' })
        .getByText('Spelling is not checked: there is no dictionary for de (only for en)'),
    ).toHaveCount(1, { timeout: 20_000 });
  });
});

test.describe('item 11: term rules', () => {
  test('a term pack’s rules can be read, with their source terms, but not edited', async ({
    page,
  }) => {
    await openApp(page);
    await page.getByRole('button', { name: 'Terms' }).click();
    const dialog = page.getByRole('dialog', { name: 'Term rules' });
    await dialog.getByText('Show its 11 rules').click();
    const pack = dialog.locator('details table');
    await expect(pack.getByRole('row')).toHaveCount(12);
    await expect(pack.getByRole('columnheader', { name: 'Source term' })).toBeVisible();
    await expect(pack.getByRole('button')).toHaveCount(0);
    await page.screenshot({ path: 'test-results/terms-pack.png' });
  });

  test('a project rule is edited in the form and shows its source term', async ({ page }) => {
    await openApp(page);
    const dialog = await addTermRule(page, {
      preferred: 'pilot zone',
      forbidden: 'experimental zone',
    });
    await dialog.getByRole('button', { name: 'Edit the rule for “pilot zone”' }).click();
    const edit = dialog.getByRole('form', { name: 'Editing the rule for “pilot zone”' });
    await expect(edit.getByRole('textbox', { name: /^Forbidden/ })).toHaveValue(
      'experimental zone',
    );
    await edit.getByRole('textbox', { name: 'Source term (optional)' }).fill('试验区');
    await edit.getByRole('button', { name: 'Save rule' }).click();
    const project = dialog.getByRole('table', { name: 'This project’s rules' });
    await expect(
      project.getByRole('row', { name: /试验区 pilot zone experimental zone/ }),
    ).toBeVisible();
    await expect(project.getByRole('row')).toHaveCount(2);
  });
});

test.describe('undo and redo under the caret (issue 11 item 11)', () => {
  // It once failed in a clean-clone CI with the caret "unmoved at 10": the typing could start before
  // the imported document replaced the seed on screen, and typing key by key could make two undo
  // steps; the test now waits for the imported text and types in one input event.
  test('after Ctrl+Z and Ctrl+Y the caret stays where the reviewer was, not at the end', async ({
    page,
  }) => {
    await openApp(page);
    await openDocument(page, {
      name: 'caret.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from('Opening advantages of Liaoning.\n\nSecond paragraph.'),
    });
    const editor = correction(page, 1);
    await expect(editor).toHaveValue('Opening advantages of Liaoning.');
    await editor.click();
    await editor.press('Home');
    // One input event: typed key by key on a loaded machine, a pause between keys can make "(" and
    // "1) " two undo steps (typing is grouped by pauses), and Ctrl+Z then undoes only the second.
    await page.keyboard.insertText('(1) ');
    await expect(editor).toHaveValue('(1) Opening advantages of Liaoning.');
    await waitSaved(page);
    await expect(editor).toBeFocused();
    // The caret goes back inside the word, away from the change and from the end.
    await editor.evaluate((e: HTMLTextAreaElement) => e.setSelectionRange(10, 10));
    await page.keyboard.press('Control+z');
    await expect(editor).toHaveValue('Opening advantages of Liaoning.');
    expect(await editor.evaluate((e: HTMLTextAreaElement) => e.selectionStart)).toBe(6);
    await page.keyboard.press('Control+y');
    await expect(editor).toHaveValue('(1) Opening advantages of Liaoning.');
    expect(await editor.evaluate((e: HTMLTextAreaElement) => e.selectionStart)).toBe(10);
  });
});

test('item 11: the Markdown edition keeps the seed’s headings, unlike the text edition', async ({
  page,
}) => {
  await openApp(page);
  const md = await download(page, /^Markdown/);
  await page.keyboard.press('Escape');
  const txt = await download(page, /^Plain text/);
  expect(md.text).toMatch(/^#{1,6} \S/m);
  expect(md.text).not.toBe(txt.text);
});

test.describe('item 2: inline codes are atomic and XLIFF 2 modules survive (OASIS sample1)', () => {
  test('⟨2⟩ cannot become ⟨5⟩ nor take a letter; the export keeps <mrk type="term"> and the glossary', async ({
    page,
  }) => {
    test.skip(!hasSharedData(SAMPLE1), `third-party data absent: ${sharedPath(SAMPLE1)}`);
    await openApp(page);
    await openDocument(page, {
      name: 'sample1.xlf',
      mimeType: 'application/xliff+xml',
      buffer: readFileSync(sharedPath(SAMPLE1)),
    });
    const editor = correction(page, 1);
    const imported = /^Drücken Sie die ⟨2⟩TAB-TASTE⟨\/2⟩\.\s*$/;
    await expect(editor).toHaveValue(imported);
    const hint = segment(page, 1).getByRole('status').filter({ hasText: 'are protected' });
    // The caret after the "2" of "⟨2⟩" ("Drücken Sie die " is 16 characters): Backspace, then 5.
    await editor.click();
    await editor.press('Control+Home');
    for (let i = 0; i < 18; i += 1) await editor.press('ArrowRight');
    await editor.press('Backspace');
    await page.keyboard.type('5');
    await expect(editor).toHaveValue(imported);
    await expect(hint).toBeVisible();
    // The "2" selected and typed over.
    await editor.press('Control+Home');
    for (let i = 0; i < 17; i += 1) await editor.press('ArrowRight');
    await editor.press('Shift+ArrowRight');
    await page.keyboard.type('5');
    await expect(editor).toHaveValue(imported);
    // A letter typed inside "⟨/2⟩", after its "/".
    await editor.press('Control+Home');
    for (let i = 0; i < 30; i += 1) await editor.press('ArrowRight');
    await page.keyboard.type('x');
    await expect(editor).toHaveValue(imported);
    // Text outside the codes is edited as usual, and the hint goes.
    await editor.press('Control+Home');
    await page.keyboard.type('Bitte ');
    await expect(editor).toHaveValue(/^Bitte Drücken Sie die ⟨2⟩TAB-TASTE⟨\/2⟩\./);
    await expect(hint).toHaveCount(0);
    await waitSaved(page);

    const { bytes } = await exportBytes(page, /^XLIFF 2\.1/);
    const xml = bytes.toString('utf8');
    expect(xml).not.toContain('⟨');
    const target = /<segment[^>]*>[\s\S]*?<target[^>]*>([\s\S]*?)<\/target>/.exec(xml)?.[1] ?? '';
    expect(target).toMatch(/^Bitte Drücken Sie die <mrk id="m2" type="term">TAB-TASTE<\/mrk>\./);
    expect(xml).toMatch(/<source[^>]*>Press the <mrk id="m1" type="term">TAB key<\/mrk>\./);
    expect(xml).toMatch(/<gls:glossary[\s>]/);
    expect(xml).toContain('<gls:glossEntry ref="#m1">');
    expect(xml).toContain('<gls:translation ref="t=#m2" source="myTermbase">TAB-TASTE');
    if (canValidate) expect(validate('xliff2Modules', [xml])).toBe('');
  });
});

test.describe('item 11: a row without MT says so', () => {
  /** A bilingual TSV, English to Chinese, whose second row has no target (a 1-0 row). */
  const TSV = 'The first line.\t第一行。\nThe second line.\t\n';

  test('its MT cell and its editor are labelled, not empty, in English and in Chinese', async ({
    page,
  }) => {
    await openApp(page);
    await openDocument(page, {
      name: 'gap.tsv',
      mimeType: 'text/tab-separated-values',
      buffer: Buffer.from(TSV),
    });
    const languages = page.getByRole('dialog', { name: 'Languages of “gap.tsv”' });
    await languages.getByRole('textbox', { name: 'Source language' }).fill('en');
    await languages.getByRole('textbox', { name: 'Target language' }).fill('zh-CN');
    await languages.getByRole('button', { name: 'Open' }).click();
    await expect(page.getByText('2 segments shown')).toBeVisible();
    // What a screen reader reads, and what the eye sees, for the row without MT…
    await expect(segment(page, 2)).toMatchAriaSnapshot(`
      - group "Segment 2":
        - textbox "Source 2": The second line.
        - text: "Machine translation 2: No machine translation"
        - textbox "Correction 2":
          - /placeholder: Type the translation
    `);
    await expect(segment(page, 2).getByText('No machine translation')).toBeVisible();
    await expect(correction(page, 2)).toHaveAttribute('placeholder', 'Type the translation');
    await segment(page, 2).screenshot({ path: 'test-results/row-without-mt.png' });
    // …and nothing of it in the row that has its MT.
    await expect(segment(page, 1)).not.toContainText('No machine translation');
    await expect(correction(page, 1)).not.toHaveAttribute('placeholder');
    await waitSaved(page);

    await page.goto('/?lng=zh-CN');
    const row = page.getByRole('group', { name: '句段 2', exact: true });
    await expect(row).toMatchAriaSnapshot(
      `
      - text: /机器译文 2：\\s*无机器译文/
      - textbox "修改译文 2":
        - /placeholder: 在此输入译文
    `,
      { timeout: 15_000 },
    );
  });
});
