/**
 * Issue 14: the app page, under its Content-Security-Policy (`connect-src 'self'`), can reach the sync
 * server it was served from — the WebSocket endpoint and the sharing API — without a violation.
 */
import { expect, test } from '@playwright/test';
import { openApp } from './support.ts';

test('the page opens a WebSocket to the sync endpoint and calls the API on its own origin', async ({
  page,
}) => {
  await page.addInitScript(() => {
    const list: string[] = [];
    (window as unknown as { __csp: string[] }).__csp = list;
    document.addEventListener('securitypolicyviolation', (e) =>
      list.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  await openApp(page);
  const result = await page.evaluate(async () => {
    const url = `${location.origin.replace(/^http/, 'ws')}/sync`;
    const opened = await new Promise<string>((resolve) => {
      const socket = new WebSocket(url);
      socket.onopen = () => {
        socket.close();
        resolve('open');
      };
      socket.onerror = () => resolve('error');
    });
    const health = (await (await fetch('/api/health')).json()) as { ok: boolean };
    return { opened, health: health.ok };
  });
  expect(result).toEqual({ opened: 'open', health: true });
  expect(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp)).toEqual([]);
});
