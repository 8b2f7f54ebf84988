import type { Finding } from '../core/qa/index.ts';
import type { QaRequest } from '../workers/qa-protocol.ts';
import type { QaRunner } from './qa-flow.ts';
import { runWorkerJob } from './worker-job.ts';

const spawn = () =>
  new Worker(new URL('../workers/qa-worker.ts', import.meta.url), {
    type: 'module',
    name: 'verso-qa',
  });

/** Whole-document QA in a Web Worker, spelling included (the dictionary lives in the worker). */
export const workerQa: QaRunner = {
  run: (segments, ctx) => runWorkerJob<Finding[]>(spawn, { segments, ctx } satisfies QaRequest),
};
