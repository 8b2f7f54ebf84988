// @ts-nocheck
import { runChecks } from '../core/qa/index.ts';
import { cancelledError } from './importer.ts';
import type { QaRunner } from './qa-flow.ts';

/** Runs the whole-document checks on the calling thread (tests; no spelling dictionary). */
export const inProcessQa: QaRunner = {
  run(segments, ctx) {
    let cancelled = false;
    const promise = new Promise<ReturnType<typeof runChecks>>((resolve, reject) => {
      setTimeout(
        () => (cancelled ? reject(cancelledError()) : resolve(runChecks(segments, ctx))),
        0,
      );
    });
    return { promise, cancel: () => (cancelled = true) };
  },
};
