import type { BilingualDocument } from '../core/bilingual.ts';
import { VersoInputError } from '../core/errors.ts';
import type { NewSegment } from '../core/repository.ts';
import type { WorkerRequest, WorkerResponse } from '../workers/import-protocol.ts';
import {
  cancelledError,
  type Cancellable,
  type ImportProgress,
  type Importer,
} from './importer.ts';

/** Runs one request in a fresh module worker; `cancel()` terminates it at once. */
function inWorker<T>(
  request: WorkerRequest,
  onProgress: (p: ImportProgress) => void,
): Cancellable<T> {
  const worker = new Worker(new URL('../workers/import-worker.ts', import.meta.url), {
    type: 'module',
    name: 'verso-import',
  });
  let settle: { reject: (e: unknown) => void } | undefined;
  const promise = new Promise<T>((resolve, reject) => {
    settle = { reject };
    worker.addEventListener('message', (event: MessageEvent<WorkerResponse>) => {
      const message = event.data;
      if (message.type === 'progress') onProgress(message);
      else {
        worker.terminate();
        if (message.type === 'done') resolve(message.result as T);
        else {
          const { code, params, message: text } = message.error;
          reject(new VersoInputError(code, params, text));
        }
      }
    });
    worker.addEventListener('error', (event) => {
      worker.terminate();
      reject(new Error(event.message || 'The import worker failed.'));
    });
  });
  worker.postMessage(request);
  return {
    promise,
    cancel: () => {
      worker.terminate();
      settle?.reject(cancelledError());
    },
  };
}

/** Imports in a Web Worker: the page stays responsive and shows progress on large files. */
export const workerImporter: Importer = {
  bilingual: (bytes, fileName, onProgress) =>
    inWorker<BilingualDocument>({ kind: 'bilingual', bytes, fileName }, onProgress),
  pair: (input, onProgress) => inWorker<NewSegment[]>({ kind: 'pair', input }, onProgress),
};
