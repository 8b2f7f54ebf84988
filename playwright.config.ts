import { defineConfig } from '@playwright/test';
import { chromiumArgs, chromiumPath } from './vite.config.ts';

const port = Number(process.env['E2E_PORT'] ?? 4317);

/** End-to-end tests drive the production build (served by `npm start`) in Debian's Chromium. */
export default defineConfig({
  testDir: 'tests/e2e',
  timeout: 60_000,
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}/`,
    launchOptions: { executablePath: chromiumPath, args: chromiumArgs },
    acceptDownloads: true,
    // The first-run guide (issue 13 item 6) starts dismissed, so it covers nothing other specs click;
    // tests/e2e/first-run-guide.spec.ts starts without it.
    storageState: {
      cookies: [],
      origins: [
        {
          origin: `http://127.0.0.1:${port}`,
          localStorage: [{ name: 'verso.ui', value: JSON.stringify({ guideDismissed: true }) }],
        },
      ],
    },
  },
  webServer: {
    command: `node scripts/start.js`,
    env: { PORT: String(port) },
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
    timeout: 120_000,
  },
});
