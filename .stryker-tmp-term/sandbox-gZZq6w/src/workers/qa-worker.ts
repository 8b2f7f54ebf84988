/**
 * Web Worker: the whole-document QA run (`runChecks`) off the main thread, with the English spelling
 * dictionary. dictionary-en's Hunspell files are bundled into this worker's chunk with Vite's `?raw`
 * (the package exports only its Node entry point, so they are imported by path), so the page's
 * initial bundle does not carry them; the speller is built once per worker (≈ 150 ms) and reused for
 * every request the worker gets.
 *
 * Usage (state): `runWorkerJob<Finding[]>(() => new Worker(new URL('./qa-worker.ts',
 * import.meta.url), { type: 'module' }), { segments, ctx } satisfies QaRequest)`.
 */
// @ts-nocheck

import aff from '../../node_modules/dictionary-en/index.aff?raw';
import dic from '../../node_modules/dictionary-en/index.dic?raw';
import { runChecks, type Speller } from '../core/qa/index.ts';
import { createSpeller } from '../core/qa/speller.ts';
import { jobError } from '../state/worker-job.ts';
import type { QaRequest, QaResponse } from './qa-protocol.ts';

const scope = self as unknown as {
  postMessage(message: QaResponse): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<QaRequest>) => void): void;
};

let speller: Speller | undefined;

scope.addEventListener('message', (event) => {
  const { segments, ctx } = event.data;
  try {
    const { spelling = true, ...rest } = ctx;
    if (spelling) speller ??= createSpeller(aff, dic, []);
    const findings = runChecks(segments, spelling && speller ? { ...rest, speller } : rest);
    scope.postMessage({ type: 'done', result: findings });
  } catch (error) {
    scope.postMessage(jobError(error));
  }
});
