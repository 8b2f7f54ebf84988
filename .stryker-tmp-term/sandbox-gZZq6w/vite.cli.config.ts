// @ts-nocheck
import { defineConfig } from 'vite';

/**
 * Builds the `verso` command (src/cli/main.ts) into one ES module for Node 20, dist-cli/verso.js, which
 * bin/verso.js imports. Node cannot run the TypeScript sources itself (GUIDE pitfall 8).
 * Dependencies (diff-match-patch) are bundled in, so the command needs nothing resolved at run time.
 */
export default defineConfig({
  publicDir: false,
  logLevel: 'warn',
  ssr: { noExternal: true, target: 'node' },
  build: {
    ssr: 'src/cli/main.ts',
    outDir: 'dist-cli',
    emptyOutDir: true,
    target: 'node20',
    minify: false,
    sourcemap: false,
    rolldownOptions: { output: { format: 'es', entryFileNames: 'verso.js' } },
  },
});
