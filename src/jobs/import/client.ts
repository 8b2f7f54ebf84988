import type { OpenedAny } from '../../core/formats/open/open-any.ts';
import type { NewSegment } from '../../core/project/repository.ts';
import { runWorkerJob } from '../job.ts';
import type { ImportRequest, Importer } from './protocol.ts';

const spawn = () =>
  new Worker(new URL('./worker.ts', import.meta.url), { type: 'module', name: 'verso-import' });

/** Imports in a Web Worker: the page stays responsive and shows progress on large files. */
export const workerImporter: Importer = {
  open: (bytes, fileName, onProgress, encoding) =>
    runWorkerJob<OpenedAny>(
      spawn,
      { kind: 'open', bytes, fileName, ...(encoding ? { encoding } : {}) } satisfies ImportRequest,
      onProgress,
    ),
  pair: (input, onProgress) =>
    runWorkerJob<NewSegment[]>(spawn, { kind: 'pair', input } satisfies ImportRequest, onProgress),
};
