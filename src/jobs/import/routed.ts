/**
 * Where an import runs. A plain document (.txt, .text, .md, .markdown or no extension) of up to
 * {@link LOCAL_DOCUMENT_MAX_BYTES} is decoded and split on the page: 10–30 ms for 20,000 paragraphs,
 * less than starting the worker and copying its paragraphs back (≈ 100 ms; issue 10's before/after
 * bench: import → first rows 318 ms before the import job moved to the worker, 427 ms after). Anything
 * else — bilingual files, backups, text pairs to align, larger documents — runs in the worker, with
 * progress and Cancel. Both run the same core `openFile`/`openAnyFile`, so a file opens the same way
 * (issue 10: one path for opening any file).
 */
import type { Cancellable } from '../job.ts';
import type { Importer } from './protocol.ts';

/** Largest plain document read on the page (the bench's 20,000 paragraphs are ≈ 6 MiB). */
export const LOCAL_DOCUMENT_MAX_BYTES = 8 * 1024 * 1024;

const LOCAL_EXTENSIONS = new Set(['', 'txt', 'text', 'md', 'markdown']);

/** Whether the page reads `fileName` itself (a small plain document). */
export function readsHere(fileName: string, size: number): boolean {
  const base = fileName.slice(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1);
  const dot = base.lastIndexOf('.');
  const ext = dot > 0 ? base.slice(dot + 1).toLowerCase() : '';
  return size <= LOCAL_DOCUMENT_MAX_BYTES && LOCAL_EXTENSIONS.has(ext);
}

/**
 * The importer the app uses: small plain documents through `local` (loaded on first use), everything
 * else through `worker`.
 */
export function routedImporter(worker: Importer, local: () => Promise<Importer['open']>): Importer {
  return {
    open: (bytes, fileName, onProgress, encoding) => {
      if (!readsHere(fileName, bytes.length))
        return worker.open(bytes, fileName, onProgress, encoding);
      let cancelled = false;
      let running: Cancellable<unknown> | undefined;
      const promise = local().then((open) => {
        const job = open(bytes, fileName, onProgress, encoding);
        running = job;
        if (cancelled) job.cancel();
        return job.promise;
      });
      return {
        promise,
        cancel: () => {
          cancelled = true;
          running?.cancel();
        },
      };
    },
    pair: (input, onProgress) => worker.pair(input, onProgress),
  };
}
