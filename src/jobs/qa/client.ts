import type { Finding } from '../../core/qa/index.ts';
import type { QaRequest, QaRunner } from './protocol.ts';
import { keptWorker } from '../job.ts';

const spawn = () =>
  new Worker(new URL('./worker.ts', import.meta.url), {
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
