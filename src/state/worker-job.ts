import { VersoInputError } from '../core/errors.ts';
import { cancelledError, type Cancellable, type ImportProgress } from './importer.ts';

/** What every Verso worker answers: progress, then a result or an error. */
export type JobResponse<T> =
  | { readonly type: 'progress'; readonly done: number; readonly total: number }
  | { readonly type: 'done'; readonly result: T }
  | {
      readonly type: 'error';
      readonly error: {
        readonly code: string;
        readonly params: Record<string, string | number>;
        readonly message: string;
      };
    };

/**
 * Runs one request in a fresh module worker created by `spawn` (each caller passes its own
 * `new Worker(new URL(…), { type: 'module' })` so Vite bundles the worker). `cancel()` terminates it.
 */
export function runWorkerJob<T>(
  spawn: () => Worker,
  request: unknown,
  onProgress: (p: ImportProgress) => void = () => undefined,
): Cancellable<T> {
  const worker = spawn();
  let rejectJob: ((e: unknown) => void) | undefined;
  const promise = new Promise<T>((resolve, reject) => {
    rejectJob = reject;
    worker.addEventListener('message', (event: MessageEvent<JobResponse<T>>) => {
      const message = event.data;
      if (message.type === 'progress') {
        onProgress(message);
        return;
      }
      worker.terminate();
      if (message.type === 'done') resolve(message.result);
      else {
        const { code, params, message: text } = message.error;
        reject(new VersoInputError(code, params, text));
      }
    });
    worker.addEventListener('error', (event) => {
      worker.terminate();
      reject(new Error(event.message || 'A Verso worker failed.'));
    });
  });
  worker.postMessage(request);
  return {
    promise,
    cancel: () => {
      worker.terminate();
      rejectJob?.(cancelledError());
    },
  };
}

/** The error a worker sends for anything it throws: input problems keep their key and params. */
export function jobError(error: unknown): JobResponse<never> {
  return {
    type: 'error',
    error:
      error instanceof VersoInputError
        ? { code: error.code, params: { ...error.params }, message: error.message }
        : { code: 'errors.unexpected', params: { message: String(error) }, message: String(error) },
  };
}
