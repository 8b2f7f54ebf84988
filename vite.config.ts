import { defineConfig } from 'vitest/config';
import { playwright } from '@vitest/browser-playwright';
import { offlinePlugin, SECURITY_HEADERS } from './scripts/offline-plugin.ts';
import { renderBlockingPlugin } from './scripts/render-blocking-plugin.ts';
import { localeSplitPlugin } from './scripts/locale-split-plugin.ts';

/** Debian's Chromium (GUIDE pitfall 2); never a downloaded browser. */
export const chromiumPath = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export default defineConfig({
  build: {
    target: 'es2022',
    sourcemap: true,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            {
              // Issue 13 (initial JS ≤ 80 kB): Lit and a few tiny modules that both the first load
              // and lazy chunks use would each be a chunk of their own (eight files of 0.2–7 kB, all
              // modulepreloaded); one chunk compresses better and costs one request. Only modules
              // the first load needs anyway belong here.
              name: 'shared',
              test: /node_modules\/(lit|lit-html|lit-element|@lit\/reactive-element|@lit\/context)\/|src\/core\/model\/(errors|limits)\.ts|src\/i18n\/keys\.ts|src\/ui\/shared\/styles\.ts|src\/core\/formats\/backup\/model\.ts|src\/core\/lqa\/(project-lqa|presets)\.ts/,
            },
          ],
        },
      },
    },
  },
  // Issue 6: service worker (offline) and Content-Security-Policy in the build; CSP header in preview.
  // Issue 13: the entry script blocks the first paint, so the chosen theme shows from the first frame.
  // Issue 13: English messages in two parts, the first paint's and the rest (src/i18n/first-paint.ts).
  plugins: [offlinePlugin(), renderBlockingPlugin(), localeSplitPlugin()],
  preview: { headers: SECURITY_HEADERS },
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts', 'tests/conformance/**/*.test.ts'],
          environment: 'node',
          setupFiles: ['tests/support/messages.ts'],
        },
      },
      {
        // The sync server (issue 14): its storage against SQLite and a real PostgreSQL, servers in this
        // process and as separate processes with Redis, the kill test. One file at a time: they start
        // servers and share the services (tests/server/global-setup.ts).
        test: {
          name: 'server',
          include: ['tests/server/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/server/global-setup.ts'],
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      {
        // Found by the browser tests only once a test imports them: listed, so Vite does not reload
        // the test run midway to bundle them.
        optimizeDeps: {
          include: ['@lit-labs/virtualizer', '@lit-labs/virtualizer/layouts/flow.js'],
        },
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          setupFiles: ['tests/support/messages.ts'],
          browser: {
            enabled: true,
            headless: true,
            provider: playwright({
              launchOptions: { executablePath: chromiumPath, args: chromiumArgs },
            }),
            instances: [{ browser: 'chromium' }],
          },
        },
      },
    ],
  },
});
