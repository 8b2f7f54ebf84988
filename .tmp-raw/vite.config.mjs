export default { logLevel: 'warn', build: { ssr: '.tmp-raw/entry.ts', outDir: '.tmp-raw/out', emptyOutDir: true } };
