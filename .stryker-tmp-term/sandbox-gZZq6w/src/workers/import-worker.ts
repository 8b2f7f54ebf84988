/**
 * Web Worker: runs imports (parsing, alignment) off the main thread so the page stays responsive on
 * large files; reports progress. Cancelling terminates the worker.
 */
// @ts-nocheck

import { jobError } from '../state/worker-job.ts';
import { runBilingual, runPair } from './import-jobs.ts';
import type { WorkerRequest, WorkerResponse } from './import-protocol.ts';

/** The worker's global scope (the app's tsconfig has the DOM lib, not the WebWorker one). */
const scope = self as unknown as {
  postMessage(message: WorkerResponse): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<WorkerRequest>) => void): void;
};
const post = (message: WorkerResponse): void => scope.postMessage(message);
const signal = { aborted: false };

scope.addEventListener('message', (event) => {
  const request = event.data;
  const onProgress = (p: { done: number; total: number }) => post({ type: 'progress', ...p });
  try {
    const result =
      request.kind === 'bilingual'
        ? runBilingual(request.bytes, request.fileName, onProgress, signal)
        : runPair(request.input, onProgress, signal);
    post({ type: 'done', result });
  } catch (error) {
    post(jobError(error));
  }
});
