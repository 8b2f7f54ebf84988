// @ts-nocheck
import type { BilingualDocument } from '../core/formats/common/bilingual.ts';
import type { NewSegment } from '../core/project/repository.ts';
import type { WorkerRequest } from '../workers/import-protocol.ts';
import type { Importer } from './importer.ts';
import { runWorkerJob } from './worker-job.ts';

const spawn = () =>
  new Worker(new URL('../workers/import-worker.ts', import.meta.url), {
    type: 'module',
    name: 'verso-import',
  });

/** Imports in a Web Worker: the page stays responsive and shows progress on large files. */
export const workerImporter: Importer = {
  bilingual: (bytes, fileName, onProgress) =>
    runWorkerJob<BilingualDocument>(
      spawn,
      { kind: 'bilingual', bytes, fileName } satisfies WorkerRequest,
      onProgress,
    ),
  pair: (input, onProgress) =>
    runWorkerJob<NewSegment[]>(spawn, { kind: 'pair', input } satisfies WorkerRequest, onProgress),
};
