// @ts-nocheck
import { VersoInputError } from '../core/model/errors.ts';
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
  return job<T>(worker, request, onProgress, () => worker.terminate());
}

/**
 * A worker kept between requests, for work whose set-up is costly (the QA worker builds its speller
 * once, ≈ 150 ms). One request at a time: a request made while another runs cancels it. Cancelling
 * terminates the worker (a synchronous run cannot be interrupted otherwise); the next request starts a
 * fresh one, as does a worker that failed.
 */
export function keptWorker<T>(
  spawn: () => Worker,
): (request: unknown, onProgress?: (p: ImportProgress) => void) => Cancellable<T> {
  let worker: Worker | undefined;
  let running: Cancellable<T> | undefined;
  const stop = (w: Worker) => {
    w.terminate();
    if (worker === w) worker = undefined;
  };
  return (request, onProgress = () => undefined) => {
    running?.cancel();
    const w = (worker ??= spawn());
    const current = job<T>(
      w,
      request,
      onProgress,
      () => stop(w),
      (ok) => {
        if (!ok) stop(w);
      },
    );
    running = current;
    void current.promise.then(
      () => {
        if (running === current) running = undefined;
      },
      () => {
        if (running === current) running = undefined;
      },
    );
    return current;
  };
}

/**
 * One request to `worker`: progress to `onProgress`, then the result or the error. `finished(true)`
 * after a result, `finished(false)` after an error (the default terminates the worker either way);
 * `terminate` is how `cancel()` stops it.
 */
function job<T>(
  worker: Worker,
  request: unknown,
  onProgress: (p: ImportProgress) => void,
  terminate: () => void,
  finished: (ok: boolean) => void = () => terminate(),
): Cancellable<T> {
  let settled = false;
  let rejectJob: ((e: unknown) => void) | undefined;
  const controller = new AbortController();
  const promise = new Promise<T>((resolve, reject) => {
    rejectJob = reject;
    const done = () => {
      settled = true;
      controller.abort();
    };
    worker.addEventListener(
      'message',
      (event: MessageEvent<JobResponse<T>>) => {
        const message = event.data;
        if (message.type === 'progress') {
          onProgress(message);
          return;
        }
        done();
        finished(message.type === 'done');
        if (message.type === 'done') resolve(message.result);
        else {
          const { code, params, message: text } = message.error;
          reject(new VersoInputError(code, params, text));
        }
      },
      { signal: controller.signal },
    );
    worker.addEventListener(
      'error',
      (event) => {
        done();
        finished(false);
        reject(new Error(event.message || 'A Verso worker failed.'));
      },
      { signal: controller.signal },
    );
  });
  worker.postMessage(request);
  return {
    promise,
    cancel: () => {
      if (settled) return;
      settled = true;
      controller.abort();
      terminate();
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
