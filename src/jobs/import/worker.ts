/**
 * Web Worker entry of the import job: opens files and aligns text pairs off the main thread so the page
 * stays responsive on large files; reports progress. Cancelling terminates the worker.
 */
import { jobError } from '../job.ts';
import type { ImportRequest, ImportResponse } from './protocol.ts';
import { runOpen, runPair } from './run.ts';

declare const self: DedicatedWorkerGlobalScope;

const post = (message: ImportResponse): void => self.postMessage(message);
const signal = { aborted: false };

self.addEventListener('message', (event: MessageEvent<ImportRequest>) => {
  const request = event.data;
  const onProgress = (p: { done: number; total: number }) => post({ type: 'progress', ...p });
  try {
    const result =
      request.kind === 'open'
        ? runOpen(request.bytes, request.fileName, onProgress, signal, request.encoding)
        : runPair(request.input, onProgress, signal);
    post({ type: 'done', result });
  } catch (error) {
    post(jobError(error));
  }
});
