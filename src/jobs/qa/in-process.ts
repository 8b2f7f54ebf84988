import { runChecks } from '../../core/qa/index.ts';
import { inProcessJob } from '../job.ts';
import type { QaRunner } from './protocol.ts';

/** The QA worker's twin on the calling thread (tests; no spelling dictionary). */
export const inProcessQa: QaRunner = {
  run: (segments, ctx) => inProcessJob(() => runChecks(segments, ctx)),
};
