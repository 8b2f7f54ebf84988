import { runnerImport } from 'vite';
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
const root = '/work/main';
const load = async (p) => (await runnerImport(join(root, p), { root, logLevel: 'silent' })).module;
const { hter } = await load('src/core/metrics/hter.ts');
const pairs = JSON.parse(readFileSync('/tmp/pairs.json', 'utf8'));
for (let k = 0; k < 3; k++) {
  const t = performance.now(); let e = 0;
  for (const [a, b] of pairs) e += hter(a, b).edits;
  console.log('hter', (performance.now() - t).toFixed(0), e);
}
