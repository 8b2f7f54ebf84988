// Core modules as the app's workers get them, for `npm run bench`: bundled with Vite and imported
// from the bundle. In a worker the same code runs on the same engine (V8), so Node figures of the
// bundle are the worker's. Vite's module runner (runnerImport, used for the other core figures)
// turns every import into a live-binding property access, which makes tight cross-module loops
// (the QA scanner, the TM tokenizer and index) about twice as slow as the bundled code the app ships.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'vite';

/**
 * Builds `inputs` (name → path under `root`) into a temporary folder, imports each and returns all
 * their exports in one object.
 */
export async function bundledModules(root, inputs) {
  const outDir = mkdtempSync(join(tmpdir(), 'verso-bench-'));
  try {
    await build({
      root,
      logLevel: 'warn',
      publicDir: false,
      configFile: false,
      ssr: { noExternal: true },
      build: {
        ssr: true,
        outDir,
        emptyOutDir: false, // a fresh folder, outside the project
        target: 'es2022',
        minify: false,
        rolldownOptions: {
          input: Object.fromEntries(
            Object.entries(inputs).map(([name, path]) => [name, join(root, path)]),
          ),
          output: { format: 'es' },
        },
      },
    });
    const modules = await Promise.all(
      Object.keys(inputs).map((name) => import(pathToFileURL(join(outDir, `${name}.js`)).href)),
    );
    return Object.assign({}, ...modules);
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}
