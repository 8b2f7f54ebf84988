/**
 * Issue 11 through the UI: what the professional reviewer met, each as they met it.
 */
import { chromium, expect, test, type Browser } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromiumArgs, chromiumPath } from '../../vite.config.ts';
import { correction, openDocument } from './support.ts';

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
      await dialog.getByRole('button', { name: /^000_bf2c9c8ccc29718b/ }).click();
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
