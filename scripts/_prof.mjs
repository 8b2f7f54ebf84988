import { runnerImport } from 'vite';
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
const root = '/work/main';
const load = async (p) => (await runnerImport(join(root, p), { root, logLevel: 'silent' })).module;
const { seededRandom } = await load('tests/support/prng.ts');
const { bilingualUnits, toTmx } = await import('/work/main/scripts/bench-interchange.js');
const { reviewedProject } = await import('/work/main/scripts/bench-export.js');
const { openBilingual } = await load('src/core/formats/open-bilingual.ts');
const { hter } = await load('src/core/metrics/hter.ts');
const { wordDiff } = await load('src/core/diff.ts');
const { classifyDiff } = await load('src/core/metrics/classify.ts');
const seedText = readFileSync(join(root, 'corpus/000_bf2c9c8ccc29718b.txt'), 'utf8');
const vocabulary = [...new Set(seedText.split(/[^A-Za-z'-]+/).filter((w) => w.length > 1))];
function postEdit(random, text) {
  const words = text.split(' ');
  const out = [];
  for (const w of words) {
    const r = random();
    if (r < 0.04) continue;
    if (r < 0.08) out.push(vocabulary[Math.floor(random() * vocabulary.length)]);
    else out.push(w);
    if (r > 0.96) out.push(vocabulary[Math.floor(random() * vocabulary.length)]);
  }
  return out.join(' ');
}
const units = bilingualUnits(seededRandom(3), 20000, vocabulary);
const doc = openBilingual(new TextEncoder().encode(toTmx(units)), 'bench.tmx');
const input = reviewedProject(doc, seededRandom(5), postEdit);
let t = performance.now();
let edits = 0, shifts = 0;
for (const s of input.segments) { const h = hter(s.mt, s.text); edits += h.edits; }
console.log('hter', (performance.now() - t).toFixed(0), edits);
t = performance.now();
const diffs = input.segments.map((s) => wordDiff(s.mt, s.text));
console.log('diff', (performance.now() - t).toFixed(0));
t = performance.now();
diffs.forEach((d) => classifyDiff(d));
console.log('classify', (performance.now() - t).toFixed(0));
