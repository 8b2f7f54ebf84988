import { it } from 'vitest';
import { readFileSync } from 'node:fs';
import { hter } from '../../../src/core/metrics/hter.ts';
it('x', () => {
  const pairs = JSON.parse(readFileSync('/tmp/pairs.json', 'utf8')) as [string, string][];
  for (let k = 0; k < 3; k++) {
    const t = performance.now(); let e = 0;
    for (const [a, b] of pairs) e += hter(a, b).edits;
    console.log('hter', performance.now() - t, e);
  }
});
