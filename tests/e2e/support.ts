import { expect, type Locator, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { readFile } from 'node:fs/promises';

const require = createRequire(import.meta.url);

/** The seed document as shipped in corpus/. */
export const SEED_PATH = new URL('../../corpus/000_bf2c9c8ccc29718b.txt', import.meta.url).pathname;
export const SEED_TEXT = readFileSync(SEED_PATH, 'utf8');
export const SEED_PARAGRAPHS = SEED_TEXT.split(/\n\s*\n/)
  .map((p) => p.trim())
  .filter(Boolean);

/** The seed project's name: the document's title (issue 13 item 6). */
export const SEED_NAME = 'General plan for the construction of Liaoning "one belt and one road"…';
/** The seed's download names start with its name, without characters illegal in file names. */
export const SEED_FILE_STEM =
  'General plan for the construction of Liaoning one belt and one road…';

/** Segment row N (1-based), the way a screen reader names it. */
export function segment(page: Page, n: number): Locator {
  return page.getByRole('group', { name: `Segment ${n}`, exact: true });
}

/** The correction editor of segment N. */
export function correction(page: Page, n: number): Locator {
  return page.getByRole('textbox', { name: `Correction ${n}`, exact: true });
}

/** Opens the app and waits for the seed (or the last project) to be shown. */
export async function openApp(page: Page, query = '?lng=en'): Promise<void> {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`/${query}`);
  // The first open of a profile builds the seed project: allow for a busy machine.
  await expect(segment(page, 1)).toBeVisible({ timeout: 15_000 });
  expect(errors).toEqual([]);
}

/** Waits until the save indicator says everything is stored in IndexedDB. */
export async function waitSaved(page: Page): Promise<void> {
  await expect(page.getByRole('status').filter({ hasText: 'All changes saved' })).toBeVisible();
}

/** Opens a file through "Open document" (the file picker). */
export async function openDocument(
  page: Page,
  file: { name: string; mimeType: string; buffer: Buffer },
): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Open document' }).click();
  await (await chooser).setFiles(file);
}

/** Names of the stored projects, as the project list shows them. */
export async function projectNames(page: Page): Promise<string[]> {
  await page.getByRole('button', { name: 'Projects' }).click();
  const dialog = page.getByRole('dialog', { name: 'Projects' });
  await expect(dialog).toBeVisible();
  const names = await dialog
    .getByRole('button', { name: /^Rename / })
    .evaluateAll((buttons) =>
      buttons.map((b) => (b.getAttribute('aria-label') ?? '').replace(/^Rename /, '')),
    );
  await dialog.getByRole('button', { name: 'Close' }).click();
  return names;
}

/** Exports through the Export dialog and reads the downloaded file. */
export async function download(
  page: Page,
  label: string | RegExp,
): Promise<{ name: string; text: string }> {
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Export' });
  const pending = page.waitForEvent('download');
  await dialog.getByRole('button', { name: label }).click();
  const file = await pending;
  return { name: file.suggestedFilename(), text: await readFile(await file.path(), 'utf8') };
}

/** Scrolls the (virtualized) grid the way a user would, until segment N is rendered and in view. */
export async function reveal(page: Page, n: number): Promise<Locator> {
  const row = segment(page, n);
  const box = await page.locator('lit-virtualizer').boundingBox();
  if (box) await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  for (let i = 0; i < 200 && (await row.count()) === 0; i += 1) {
    await page.mouse.wheel(0, 400);
    await page.waitForTimeout(30);
  }
  await row.scrollIntoViewIfNeeded();
  return row;
}

/** Exports through the Export dialog's button matching `label`; returns the download's name and bytes. */
export async function exportBytes(
  page: Page,
  label: RegExp,
): Promise<{ name: string; bytes: Buffer }> {
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  const pending = page.waitForEvent('download');
  await page.getByRole('dialog', { name: 'Export' }).getByRole('button', { name: label }).click();
  const file = await pending;
  return { name: file.suggestedFilename(), bytes: await readFile(await file.path()) };
}

/** Selects `phrase` in correction N and logs an error on it through the `Log error` form. */
export async function logError(
  page: Page,
  n: number,
  phrase: string,
  category: string,
  severity: string,
  comment = '',
): Promise<void> {
  const editor = correction(page, n);
  await editor.click();
  await editor.evaluate((el: HTMLTextAreaElement, text: string) => {
    const start = el.value.indexOf(text);
    if (start < 0) throw new Error(`"${text}" is not in the correction`);
    el.setSelectionRange(start, start + text.length);
  }, phrase);
  await page.getByRole('button', { name: 'Log error' }).click();
  // Within the form: the Errors panel, when open, has its own Category and Severity comboboxes.
  const form = page.getByRole('dialog', { name: 'Log error' });
  await form.getByRole('combobox', { name: 'Category' }).selectOption(category);
  await form.getByRole('combobox', { name: 'Severity' }).selectOption(severity);
  if (comment) await form.getByRole('textbox', { name: /Comment/ }).fill(comment);
  await form.getByRole('button', { name: 'Log', exact: true }).click();
  await expect(form).toBeHidden();
}

/** Segment rows entirely inside the grid's visible area. */
export async function rowsInView(page: Page): Promise<number> {
  const grid = await page.locator('lit-virtualizer').boundingBox();
  if (!grid) return 0;
  const boxes = await page
    .locator('verso-segment-row')
    .evaluateAll((rows) => rows.map((r) => r.getBoundingClientRect().toJSON() as DOMRect));
  return boxes.filter((b) => b.top >= grid.y - 1 && b.bottom <= grid.y + grid.height + 1).length;
}

/** How many lines the header's buttons take (1 when the toolbar does not wrap). */
export async function toolbarLines(page: Page): Promise<number> {
  const tops = await page
    .locator('verso-toolbar')
    .getByRole('button')
    .evaluateAll((buttons) => buttons.map((b) => Math.round(b.getBoundingClientRect().top / 10)));
  return new Set(tops).size;
}

/** One axe rule broken on the page, with where (the first few nodes) and why. */
export interface AxeViolation {
  readonly id: string;
  readonly impact: string;
  readonly nodes: readonly string[];
}

/**
 * Runs axe-core on the page as it is now and returns its serious and critical violations (issue 13
 * item 5: none allowed, colour contrast included). axe is evaluated through the driver: the app's
 * Content-Security-Policy refuses inline script tags.
 */
export async function seriousAxeViolations(page: Page): Promise<AxeViolation[]> {
  await page.evaluate(readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8'));
  return page.evaluate(async () => {
    interface Result {
      violations: {
        id: string;
        impact: string;
        nodes: { target: unknown[]; failureSummary?: string }[];
      }[];
    }
    const axe = (window as unknown as { axe: { run: () => Promise<Result> } }).axe;
    const result = await axe.run();
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => ({
        id: v.id,
        impact: v.impact,
        nodes: v.nodes
          .slice(0, 5)
          .map((n) => `${JSON.stringify(n.target)} ${n.failureSummary ?? ''}`.trim()),
      }));
  });
}

const fixture = (name: string) =>
  readFileSync(new URL(`../../corpus/fixtures/pair/${name}`, import.meta.url));

/** Opens the plan's Chinese source and English MT (corpus/fixtures/pair) as one aligned project. */
export async function openPair(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Open source and MT' }).click();
  const dialog = page.getByRole('dialog', { name: 'Open source and machine translation' });
  await dialog.getByLabel('Source text file').setInputFiles({
    name: 'plan.zh.txt',
    mimeType: 'text/plain',
    buffer: fixture('plan.zh.txt'),
  });
  await dialog.getByLabel('Machine translation file').setInputFiles({
    name: 'plan.en.txt',
    mimeType: 'text/plain',
    buffer: fixture('plan.en.txt'),
  });
  await dialog.getByRole('textbox', { name: 'Source language' }).fill('zh-CN');
  await dialog.getByRole('textbox', { name: 'Target language' }).fill('en');
  await dialog.getByRole('button', { name: 'Align and open' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Opened “plan.en”' })).toBeVisible();
}

/** Puts the caret of row `n`'s correction at `at` (where a split cuts), as a click there would. */
export async function placeCaret(page: Page, n: number, at: number): Promise<void> {
  const editor = correction(page, n);
  await editor.click();
  await editor.evaluate((e: HTMLTextAreaElement, offset: number) => {
    e.setSelectionRange(offset, offset);
    e.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
  }, at);
}

/** Opens the Alignment dialog of row `n` and chooses the repair named `action`. */
export async function alignRow(page: Page, n: number, action: string): Promise<void> {
  await segment(page, n)
    .getByRole('button', { name: `Alignment of row ${n}` })
    .click();
  await page
    .getByRole('dialog', { name: `Alignment of row ${n}` })
    .getByRole('button', { name: action })
    .click();
}

/**
 * Opens Terms and adds a project rule through its form; returns the open Term rules dialog.
 * `regex`: the forbidden variant is a regular expression.
 */
export async function addTermRule(
  page: Page,
  rule: { preferred: string; forbidden: string; regex?: boolean },
): Promise<Locator> {
  await page.getByRole('button', { name: 'Terms' }).click();
  const dialog = page.getByRole('dialog', { name: 'Term rules' });
  const add = dialog.getByRole('form', { name: 'Add rule' });
  await add.getByRole('textbox', { name: 'Preferred' }).fill(rule.preferred);
  await add.getByRole('textbox', { name: /^Forbidden/ }).fill(rule.forbidden);
  if (rule.regex) await add.getByRole('checkbox', { name: 'Regular expression' }).check();
  await add.getByRole('button', { name: 'Add rule' }).click();
  return dialog;
}
