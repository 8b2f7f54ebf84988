/**
 * Messages of the QA worker (qa-worker.ts): the page sends the segments and the QA context, without
 * the speller (functions do not cross to a worker: the worker has its own, over dictionary-en); the
 * worker answers like every Verso worker (state/worker-job.ts), with the findings.
 */
// @ts-nocheck

import type { Segment } from '../core/model/model.ts';
import type { Finding, QaContext } from '../core/qa/index.ts';
import type { JobResponse } from '../state/worker-job.ts';

/** The QA context as it crosses to the worker. */
export type QaWorkerContext = Omit<QaContext, 'speller'> & {
  /** Check spelling with the worker's English dictionary (default true). */
  readonly spelling?: boolean;
};

/** What the page asks the QA worker: a whole-document run. */
export interface QaRequest {
  readonly segments: readonly Segment[];
  readonly ctx: QaWorkerContext;
}

/** What the QA worker answers: `done` with every finding of the document, or `error`. */
export type QaResponse = JobResponse<Finding[]>;
