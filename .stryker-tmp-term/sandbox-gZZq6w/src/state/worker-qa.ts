// @ts-nocheck
import type { Finding } from '../core/qa/index.ts';
import type { QaRequest } from '../workers/qa-protocol.ts';
import type { QaRunner } from './qa-flow.ts';
import { keptWorker } from './worker-job.ts';

const spawn = () =>
  new Worker(new URL('../workers/qa-worker.ts', import.meta.url), {
    type: 'module',
    name: 'verso-qa',
  });

const run = keptWorker<Finding[]>(spawn);

/**
 * Whole-document QA in a Web Worker, spelling included (the dictionary lives in the worker). The
 * worker is kept between runs, so its speller is built once per page, not once per run.
 */
export const workerQa: QaRunner = {
  run: (segments, ctx) => run({ segments, ctx } satisfies QaRequest),
};
