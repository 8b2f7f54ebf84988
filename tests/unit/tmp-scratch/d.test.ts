import { it } from 'vitest';
import JSZip from 'jszip';
import { toDocxReview } from '../../../src/core/export/docx-review.ts';
import { toDocxEdition } from '../../../src/core/export/docx-edition.ts';
import { input, sampleSegments } from '../export/support.ts';
it('x', async () => {
  for (const f of [toDocxReview, toDocxEdition]) {
    const bytes = await f(input(sampleSegments()));
    const zip = await JSZip.loadAsync(bytes);
    console.log(Object.keys(zip.files).join(' '));
    console.log((await zip.file('word/document.xml')!.async('string')).replace(/^.*<w:body>/s, ''));
    const c = zip.file('word/comments.xml'); if (c) console.log(await c.async('string'));
    console.log(await zip.file('docProps/core.xml')!.async('string'));
  }
});
