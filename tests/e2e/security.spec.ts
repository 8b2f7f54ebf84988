/**
 * Issue 6, safety: markup, script links and bidi controls in a document stay inert text everywhere
 * Verso shows or writes them; the Content-Security-Policy (no inline script, no eval) is delivered and
 * enforced, and the app runs under it without a single violation.
 */
import { expect, test, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import JSZip from 'jszip';
import { correction, openApp, openDocument, segment, waitSaved } from './support.ts';

const HOSTILE = [
  '<script>alert("s")</script> stays text.',
  `<img src=x onerror="alert('i')"> image stays text.`,
  '[click me](javascript:alert(1)) and <a href="javascript:alert(2)">link</a> stay text.',
  'Invoice \u202Etxt.exe\u202C and \u2066isolated\u2069 stay visible.',
  '<svg onload=alert(3)></svg><iframe src="javascript:alert(4)"></iframe> stays text.',
].join('\n\n');

/** Records CSP violations (event and console) and dialogs from the first script on. */
async function watch(page: Page): Promise<{ violations: string[]; dialogs: string[] }> {
  const seen = { violations: [] as string[], dialogs: [] as string[] };
  await page.addInitScript(() => {
    const list: string[] = [];
    (window as unknown as { __csp: string[] }).__csp = list;
    document.addEventListener('securitypolicyviolation', (e) =>
      list.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  page.on('console', (m) => {
    if (/Content.Security.Policy/i.test(m.text())) seen.violations.push(m.text());
  });
  page.on('dialog', (d) => {
    seen.dialogs.push(d.message());
    void d.dismiss();
  });
  return seen;
}

async function pageViolations(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __csp: string[] }).__csp);
}

/** Elements anywhere in the page (shadow roots included) that text must never become. */
async function activeElements(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    const walk = (root: Document | ShadowRoot) => {
      for (const el of root.querySelectorAll('*')) {
        const tag = el.tagName;
        if (
          ['SCRIPT', 'IMG', 'SVG', 'IFRAME', 'OBJECT', 'EMBED'].includes(tag) &&
          !el.closest('head')
        )
          found.push(tag);
        if (tag === 'A' && /^\s*javascript:/i.test(el.getAttribute('href') ?? '')) found.push('A');
        if ([...el.attributes].some((a) => /^on/i.test(a.name))) found.push(`${tag}[on…]`);
        if (el.shadowRoot) walk(el.shadowRoot);
      }
    };
    walk(document);
    return found;
  });
}

/** Exports `label` through the dialog; the file's bytes. */
async function exported(page: Page, label: RegExp): Promise<Buffer> {
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  const pending = page.waitForEvent('download');
  await page.getByRole('dialog', { name: 'Export' }).getByRole('button', { name: label }).click();
  const file = await pending;
  const bytes = await readFile(await file.path());
  await page.keyboard.press('Escape');
  return bytes;
}

/** The document's markup become live: raw tags or a javascript: link (the report's own SVG is fine). */
const MARKUP = /<script>alert|<img src=|<svg onload|<iframe src=|<a href="javascript:/i;
/** A live Markdown link to javascript: (inert in any other format). */
const MD_SCRIPT_LINK = /\]\(\s*javascript:/i;

test('markup, script links and bidi controls stay inert in the grid, history, diff, QA panel and every export', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const seen = await watch(page);
  await openApp(page);
  await openDocument(page, {
    name: 'hostile.md',
    mimeType: 'text/markdown',
    buffer: Buffer.from(HOSTILE),
  });
  await expect(page.getByText('5 segments shown')).toBeVisible();
  // Grid: the MT shows the markup as text, and the bidi controls as visible marks.
  await expect(segment(page, 1)).toContainText('<script>alert("s")</script> stays text.');
  await expect(segment(page, 3)).toContainText('<a href="javascript:alert(2)">link</a>');
  await expect(segment(page, 4)).toContainText('Invoice [U+202E]txt.exe[U+202C] and [U+2066]');
  // Diff: typed markup and controls.
  await correction(page, 2).fill(`<img src=y onerror="alert('typed')"> typed \u202Ereversed`);
  await waitSaved(page);
  const diff = segment(page, 2).getByRole('note');
  await expect(diff).toContainText('<img src=');
  await expect(diff).toContainText('onerror="alert(');
  await expect(diff).toContainText('typed [U+202E]reversed');
  // History.
  await segment(page, 2).getByRole('button', { name: 'History' }).click();
  const history = page.getByRole('region', { name: 'History of segment 2' });
  await expect(history).toContainText(`<img src=x onerror="alert('i')"> image stays text.`);
  await expect(history).toContainText('typed [U+202E]reversed');
  // QA panel.
  await page.getByRole('button', { name: 'Quality checks' }).click();
  await expect(page.getByRole('region', { name: 'Quality checks' })).toBeVisible();
  expect(await activeElements(page)).toEqual([]);

  // Every export: text formats carry the text as text, markup formats escape it.
  const text = (await exported(page, /^Plain text/)).toString('utf8');
  expect(text).toContain('<script>alert("s")</script> stays text.');
  const md = (await exported(page, /^Markdown/)).toString('utf8');
  expect(md).not.toMatch(MARKUP);
  expect(md).not.toMatch(MD_SCRIPT_LINK);
  // The edition has every segment; the change report only the changed one (segment 2).
  for (const [label, escaped] of [
    [/^HTML/, '&lt;script&gt;'],
    [/^Change report/, '&lt;img src='],
  ] as const) {
    const html = (await exported(page, label)).toString('utf8');
    expect(html).not.toMatch(MARKUP);
    expect(html).toContain(escaped);
    expect(html).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/);
    expect(html).toContain('[U+202E]');
  }
  for (const label of [/^XLIFF 2\.1/, /^XLIFF 1\.2/, /^TMX/]) {
    const xml = (await exported(page, label)).toString('utf8');
    expect(xml).not.toMatch(MARKUP);
    expect(xml).toContain('&lt;script&gt;');
  }
  for (const label of [/^Word \(DOCX\)/, /^Word with tracked changes/]) {
    const zip = await JSZip.loadAsync(await exported(page, label));
    const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
    expect(xml).not.toMatch(MARKUP);
    expect(xml).toContain('&lt;script&gt;');
  }
  const backup = JSON.parse((await exported(page, /^Project backup/)).toString('utf8')) as {
    segments: { mt: string }[];
  };
  expect(backup.segments[0]?.mt).toBe('<script>alert("s")</script> stays text.');

  expect(seen.dialogs).toEqual([]);
  expect(await activeElements(page)).toEqual([]);
  expect(seen.violations).toEqual([]);
  expect(await pageViolations(page)).toEqual([]);
});

test('the Content-Security-Policy is delivered as header and meta, and enforced', async ({
  page,
}) => {
  const seen = await watch(page);
  const response = await page.goto('/?lng=en');
  const header = response?.headers()['content-security-policy'] ?? '';
  expect(header).toContain("script-src 'self'");
  expect(header).toContain("frame-ancestors 'none'");
  expect(header).not.toMatch(/unsafe-(inline|eval)/);
  const meta = await page
    .locator('meta[http-equiv="Content-Security-Policy"]')
    .getAttribute('content');
  expect(meta).toContain("default-src 'self'");
  expect(meta).not.toMatch(/unsafe-(inline|eval)/);
  await expect(correction(page, 1)).toBeVisible();
  // The app itself caused no violation; an inline script is then refused (and reported).
  expect(await pageViolations(page)).toEqual([]);
  const ran = await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.__inlineRan = true';
    document.head.append(script);
    return (window as unknown as { __inlineRan?: boolean }).__inlineRan ?? false;
  });
  expect(ran).toBe(false);
  // Reported once per policy (the header's and the meta's), each time for script.
  await expect
    .poll(() => pageViolations(page))
    .toContainEqual(expect.stringMatching(/^script-src/));
  expect((await pageViolations(page)).every((v) => v.startsWith('script-src'))).toBe(true);
  expect(seen.dialogs).toEqual([]);
});
