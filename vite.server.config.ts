import { defineConfig } from 'vite';

/**
 * Builds the sync server (src/server, issue 14) into ES modules for Node 22: dist-server/server.js and
 * its worker thread dist-server/worker.js (sharing and compaction). Node cannot run the TypeScript sources itself
 * (GUIDE pitfall 8). Verso's own code (src/core, the security headers) is bundled in; packages stay
 * external and are loaded by Node from node_modules, each once, as ES modules — so yjs is never loaded
 * twice ("Yjs was already imported").
 */
export default defineConfig({
  publicDir: false,
  logLevel: 'warn',
  ssr: { target: 'node' },
  build: {
    ssr: true,
    outDir: 'dist-server',
    emptyOutDir: true,
    target: 'node22',
    minify: false,
    sourcemap: true,
    rolldownOptions: {
      input: { server: 'src/server/main.ts', worker: 'src/server/jobs/worker.ts' },
      output: {
        format: 'es',
        entryFileNames: '[name].js',
        chunkFileNames: 'chunks/[name]-[hash].js',
      },
    },
  },
});
