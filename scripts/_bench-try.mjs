import { runnerImport } from 'vite';
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
const root = '/work/main';
const load = async (p) => (await runnerImport(join(root, p), { root, logLevel: 'silent' })).module;
const { seededRandom } = await load('tests/support/prng.ts');
const { bilingualUnits, toTmx } = await import('/work/main/scripts/bench-interchange.js');
const { reviewedProject } = await import('/work/main/scripts/bench-export.js');
const { openBilingual } = await load('src/core/formats/open-bilingual.ts');
const { exportProject, EXPORT_KINDS } = await load('src/core/export/index.ts');
const { toDocxEdition } = await load('src/core/export/docx-edition.ts');
const { toDocxReview } = await load('src/core/export/docx-review.ts');
const direct = { docx: toDocxEdition, 'docx-review': toDocxReview };
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
for (const kind of process.argv[2] ? process.argv[2].split(',') : EXPORT_KINDS) {
  const times = [];
  for (let k = 0; k < 3; k++) {
    const t = performance.now();
    const data = direct[kind] ? await direct[kind](input) : (await exportProject(kind, input)).data;
    times.push((performance.now() - t).toFixed(0));
  }
  console.log(kind, times.join(' '), 'ms');
}
