import { it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { exportProject } from '../../../src/core/export/index.ts';
import { input, sampleSegments, segment } from '../export/support.ts';
it('x', async () => {
  const segs = [...sampleSegments(), segment('s5', 'The plan was publish in 2019 .', { text: 'The plan was published in 2020.', status: 'reviewed' }),
   segment('s6', 'Belt and road is important', { text: 'Belt and Road is important', status: 'approved' }),
   segment('s7', 'a b c d e', { text: 'c d e a b' }), segment('s8', 'bidi \u202Eevil\u202C text', {text: 'bidi \u202Eevil\u202C text!'})];
  const inp = { ...input(segs), findings: [{ segmentId: 's1', rule: 'terms', severity: 'warning' }], revisions: [] };
  for (const k of ['html', 'report', 'txt', 'md'] as const) {
    const f = await exportProject(k, inp);
    writeFileSync('/tmp/out-' + f.fileName, f.data);
    console.log(f.fileName, f.mime);
    if (k !== 'report') console.log(f.data);
  }
});
