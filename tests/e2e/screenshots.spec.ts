/**
 * "Look at it" (issue 13 item 8): every combination of window (1280×720, 1440×900), theme (light,
 * dark, from `prefers-color-scheme`) and UI language (en, zh-CN) is loaded once and photographed in
 * five states — the main view, the QA panel, History in the side panel, the Export dialog and the
 * Metrics dialog. The PNGs are the test's artifacts (test-results/<test>/*.png, attached to the
 * report). The test fails on the layout defects a reviewer would see: a header over 56 px or one whose
 * parts are cut or overlap, a toolbar on two lines, too few segments in view at 1280×720, a dialog
 * taller or wider than the window or with its actions out of sight. At 1280×720 axe runs on each
 * state in both themes and languages (the other window size changes no colour): no serious or
 * critical violation, colour contrast included. A last test opens every dialog the toolbar reaches
 * and checks that it fits 1280×720.
 *
 * `SCREENSHOTS_TO=docs/screenshots/after` also writes the views that docs/screenshots/README.md lists
 * there.
 */
import { expect, test, type Page, type TestInfo } from '@playwright/test';
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { rowsInView, seriousAxeViolations, toolbarLines } from './support.ts';

type Lng = 'en' | 'zh-CN';
type Messages = { readonly [key: string]: string | Messages };

/** A locale file as the app ships it. */
function locale(lng: Lng): Messages {
  const url = new URL(`../../src/i18n/locales/${lng}.json`, import.meta.url);
  return JSON.parse(readFileSync(url, 'utf8')) as Messages;
}

const messages: Record<Lng, Messages> = { en: locale('en'), 'zh-CN': locale('zh-CN') };

/** The UI string `key` (dotted) in `lng`, with `{{n}}`-style values filled in. */
function t(lng: Lng, key: string, values: Record<string, string | number> = {}): string {
  let node: string | Messages | undefined = messages[lng];
  for (const part of key.split('.')) node = typeof node === 'object' ? node[part] : undefined;
  if (typeof node !== 'string') throw new Error(`no message ${key} in ${lng}`);
  return node.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(values[name] ?? ''));
}

/** The correction editor of segment N, named in the UI language. */
function editor(page: Page, lng: Lng, n: number) {
  return page.getByRole('textbox', { name: t(lng, 'segment.correctionLabel', { n }), exact: true });
}

const VIEWPORTS = [
  { width: 1280, height: 720 },
  { width: 1440, height: 900 },
] as const;
const THEMES = ['light', 'dark'] as const;
const LANGUAGES: readonly Lng[] = ['en', 'zh-CN'];

/** The views docs/screenshots/after/ shows (written there when SCREENSHOTS_TO is set). */
const DOC_SHOTS = new Set([
  'main-1280x720-light-en',
  'main-1280x720-dark-en',
  'main-1280x720-light-zh-CN',
  'main-1280x720-dark-zh-CN',
  'qa-1280x720-light-en',
]);

/** Photographs the page as `name`.png into the test's output folder and attaches it to the report. */
async function shot(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  // No caret blinking or hover tooltips in the picture.
  await page.mouse.move(0, 0);
  const path = testInfo.outputPath(`${name}.png`);
  await page.screenshot({ path, caret: 'hide', animations: 'disabled' });
  await testInfo.attach(name, { path, contentType: 'image/png' });
  const docs = process.env['SCREENSHOTS_TO'];
  if (docs && DOC_SHOTS.has(name)) {
    mkdirSync(docs, { recursive: true });
    copyFileSync(path, join(docs, `${name}.png`));
  }
}

/**
 * The header's parts (title, groups, save and offline state, score, settings…) that are cut (their
 * content wider than their box), overlap the next part or stick out of the header. The project title
 * alone may end in an ellipsis: its full name is its tooltip.
 */
async function headerDefects(page: Page): Promise<string[]> {
  return page.locator('verso-toolbar').evaluate((toolbar) => {
    const end = toolbar.getBoundingClientRect().right;
    const name = (e: Element) => e.localName + (e.className ? `.${e.className}` : '');
    const parts = [...(toolbar.shadowRoot?.children ?? [])].filter(
      (e) => !e.matches('style, input, verso-menu'),
    );
    const defects: string[] = [];
    // Each part, and inside the title block the name and the save and offline state.
    for (const e of [...parts, ...(toolbar.shadowRoot?.querySelectorAll('.title *') ?? [])]) {
      const r = e.getBoundingClientRect();
      if (!e.matches('.project') && e.scrollWidth > e.clientWidth + 1)
        defects.push(`${name(e)} is cut: ${e.scrollWidth}px of content in ${e.clientWidth}px`);
      if (r.right > end + 1)
        defects.push(`${name(e)} ends at ${r.right}px, past the header (${end}px)`);
    }
    const boxes = parts
      .map((e) => ({ e, r: e.getBoundingClientRect() }))
      .sort((a, b) => a.r.left - b.r.left);
    for (const [i, { e, r }] of boxes.entries()) {
      const next = boxes[i + 1];
      if (next && next.r.left < r.right - 1) defects.push(`${name(e)} overlaps ${name(next.e)}`);
    }
    return defects;
  });
}

/** Header ≤ 56 px, toolbar on one line, no header part cut or overlapping. */
async function expectHeaderFits(page: Page): Promise<void> {
  expect((await page.locator('verso-toolbar').boundingBox())?.height).toBeLessThanOrEqual(56);
  expect(await toolbarLines(page), 'toolbar buttons on one line').toBe(1);
  expect(await headerDefects(page)).toEqual([]);
}

/**
 * The open modal dialog fits the window: inside it on every side, scrolling inside when its content
 * is taller, and each of its action buttons (Close, Export…) within the window and the dialog's box.
 */
async function expectDialogFits(page: Page): Promise<void> {
  const dialog = page.locator('dialog[open]');
  await expect(dialog).toHaveCount(1);
  const fit = await dialog.evaluate((d) => {
    const box = d.getBoundingClientRect();
    const actions = [...d.querySelectorAll('.dialog-actions button')].map((b) => ({
      name: b.textContent?.trim() ?? '',
      box: b.getBoundingClientRect().toJSON() as DOMRect,
    }));
    return {
      box: box.toJSON() as DOMRect,
      window: { width: innerWidth, height: innerHeight },
      overflowing: d.scrollHeight > d.clientHeight + 1,
      scrolls: ['auto', 'scroll'].includes(getComputedStyle(d).overflowY),
      actions,
    };
  });
  const { box, window } = fit;
  expect(box.top, 'dialog top').toBeGreaterThanOrEqual(0);
  expect(box.left, 'dialog left').toBeGreaterThanOrEqual(0);
  expect(box.bottom, 'dialog bottom').toBeLessThanOrEqual(window.height);
  expect(box.right, 'dialog right').toBeLessThanOrEqual(window.width);
  if (fit.overflowing)
    expect(fit.scrolls, 'a dialog taller than its box scrolls inside').toBe(true);
  expect(fit.actions.length, 'dialog actions').toBeGreaterThan(0);
  for (const { name, box: b } of fit.actions) {
    expect(b.top, `${name} top`).toBeGreaterThanOrEqual(Math.max(0, box.top));
    expect(b.bottom, `${name} bottom`).toBeLessThanOrEqual(Math.min(window.height, box.bottom));
  }
}

for (const viewport of VIEWPORTS) {
  for (const theme of THEMES) {
    for (const lng of LANGUAGES) {
      const size = `${viewport.width}x${viewport.height}`;
      const small = viewport.width === 1280;
      test(`${size} ${theme} ${lng}: main view, QA, History, Export and Metrics`, async ({
        page,
      }, testInfo) => {
        test.setTimeout(120_000);
        const suffix = `${size}-${theme}-${lng}`;
        /** axe at 1280×720 only: the larger window shows the same colours. */
        const expectAccessible = async () => {
          if (small) expect(await seriousAxeViolations(page)).toEqual([]);
        };
        await page.setViewportSize(viewport);
        await page.emulateMedia({ colorScheme: theme, reducedMotion: 'reduce' });
        await page.goto(`/?lng=${lng}`);
        await expect(page.locator('verso-segment-row').first()).toBeVisible({ timeout: 15_000 });
        // The offline note appears once the service worker holds every file.
        await expect(page.getByRole('img', { name: t(lng, 'offline.ready') })).toBeVisible({
          timeout: 20_000,
        });

        await shot(page, testInfo, `main-${suffix}`);
        await expectHeaderFits(page);
        expect(await rowsInView(page), 'segments in view, panels closed').toBeGreaterThanOrEqual(8);
        await expectAccessible();

        const toolbar = page.locator('verso-toolbar');
        await toolbar.getByRole('button', { name: t(lng, 'toolbar.qa'), exact: true }).click();
        await expect(
          page
            .getByRole('region', { name: t(lng, 'qa.panel.title') })
            .getByRole('listitem')
            .first(),
        ).toBeVisible({ timeout: 20_000 });
        await shot(page, testInfo, `qa-${suffix}`);
        await expectHeaderFits(page);
        expect(await rowsInView(page), 'segments in view, QA open').toBeGreaterThanOrEqual(6);
        await expectAccessible();

        // An edit gives History two revisions and row 2 its inline diff.
        await editor(page, lng, 2).fill('Chapter I General Provisions, as revised');
        await editor(page, lng, 3).focus();
        await editor(page, lng, 2).focus();
        await page.keyboard.press('Control+Shift+Digit2');
        await expect(
          page.locator('verso-history-panel').getByRole('listitem').nth(1),
        ).toBeVisible();
        await shot(page, testInfo, `history-${suffix}`);
        await expectAccessible();
        await page.getByRole('button', { name: t(lng, 'sidePanel.close') }).click();

        await toolbar.getByRole('button', { name: t(lng, 'toolbar.export'), exact: true }).click();
        await expect(page.getByRole('dialog', { name: t(lng, 'export.title') })).toBeVisible();
        await shot(page, testInfo, `export-${suffix}`);
        await expectDialogFits(page);
        await expectAccessible();
        await page.keyboard.press('Escape');
        await expect(page.locator('dialog[open]')).toHaveCount(0);

        await toolbar.getByRole('button', { name: t(lng, 'metrics.open'), exact: true }).click();
        const metrics = page.getByRole('dialog', { name: t(lng, 'metrics.title') });
        await expect(metrics.getByRole('table').first()).toBeAttached();
        await shot(page, testInfo, `metrics-${suffix}`);
        await expectDialogFits(page);
        await expectAccessible();
      });
    }
  }
}

for (const lng of LANGUAGES) {
  test(`every toolbar dialog fits 1280×720 with its actions in view (${lng})`, async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.goto(`/?lng=${lng}`);
    await expect(page.locator('verso-segment-row').first()).toBeVisible({ timeout: 15_000 });
    const toolbar = page.locator('verso-toolbar');
    const keys = [
      'toolbar.openPair',
      'toolbar.projects',
      'toolbar.export',
      'share.button',
      'toolbar.find',
      'terms.open',
      'metrics.open',
      'lqa.logError',
      'toolbar.settings',
      'toolbar.keys',
    ];
    await editor(page, lng, 1).focus();
    for (const key of keys) {
      await test.step(key, async () => {
        await toolbar.getByRole('button', { name: t(lng, key), exact: true }).click();
        await expect(page.locator('dialog[open]')).toHaveCount(1);
        await expectDialogFits(page);
        await page.keyboard.press('Escape');
        await expect(page.locator('dialog[open]')).toHaveCount(0);
      });
    }
  });
}
