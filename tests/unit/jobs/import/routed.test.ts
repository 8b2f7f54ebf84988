/**
 * Where an import runs (issue 10's before/after bench: the worker hand-off cost a 20,000-paragraph
 * document ≈ 100 ms): small plain documents on the page, everything else in the worker.
 */
import { describe, expect, it } from 'vitest';
import { inProcessImporter } from '../../../../src/jobs/import/in-process.ts';
import type { Importer } from '../../../../src/jobs/import/protocol.ts';
import {
  LOCAL_DOCUMENT_MAX_BYTES,
  readsHere,
  routedImporter,
} from '../../../../src/jobs/import/routed.ts';
import { openDocumentHere } from '../../../../src/jobs/import/document-local.ts';

const bytes = (text: string) => new TextEncoder().encode(text);

/** The routed importer over an in-process "worker" that records what it was asked. */
function routed() {
  const asked: string[] = [];
  const worker: Importer = {
    open: (b, name, progress, encoding) => {
      asked.push(name);
      return inProcessImporter.open(b, name, progress, encoding);
    },
    pair: (input, progress) => inProcessImporter.pair(input, progress),
  };
  let loads = 0;
  const importer = routedImporter(worker, () => {
    loads += 1;
    return Promise.resolve(openDocumentHere);
  });
  return { importer, asked, loads: () => loads };
}

describe('readsHere', () => {
  it('keeps small plain documents on the page, in any folder and case', () => {
    for (const name of ['plan.txt', 'C:\\docs\\PLAN.MD', 'notes.text', 'README', 'a.markdown'])
      expect(readsHere(name, 1000), name).toBe(true);
  });

  it('sends bilingual files, backups, other types and large documents to the worker', () => {
    for (const name of ['a.xlf', 'a.tmx', 'a.tsv', 'a.csv', 'a.verso.json', 'a.xml', 'a.docx'])
      expect(readsHere(name, 1000), name).toBe(false);
    expect(readsHere('big.txt', LOCAL_DOCUMENT_MAX_BYTES + 1)).toBe(false);
  });
});

describe('routedImporter', () => {
  it('opens a plain document on the page exactly as the worker would', async () => {
    const { importer, asked, loads } = routed();
    const text = 'First paragraph.\n\nSecond one.';
    const here = await importer.open(bytes(text), 'doc.txt', () => undefined).promise;
    const there = await inProcessImporter.open(bytes(text), 'doc.txt', () => undefined).promise;
    expect(here).toEqual(there);
    expect(asked).toEqual([]);
    expect(loads()).toBe(1);
  });

  it('reports a bad document with the same error', async () => {
    const { importer } = routed();
    const job = importer.open(bytes('a\0b'), 'bin.txt', () => undefined);
    await expect(job.promise).rejects.toMatchObject({ code: 'errors.binary' });
  });

  it('hands a bilingual file to the worker', async () => {
    const { importer, asked } = routed();
    const tsv = 'en\tzh\nHello\t你好\n';
    await importer.open(bytes(tsv), 'pairs.tsv', () => undefined).promise.catch(() => undefined);
    expect(asked).toEqual(['pairs.tsv']);
  });

  it('cancels a page import asked to stop before its code loaded', async () => {
    const { importer } = routed();
    const job = importer.open(bytes('Some text.'), 'doc.txt', () => undefined);
    job.cancel();
    await expect(job.promise).rejects.toMatchObject({ code: 'errors.cancelled' });
  });
});
