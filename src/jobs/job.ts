/**
 * What every Verso worker job shares (issue 10: one folder per job — protocol, worker entry, the code it
 * runs, the client and the in-process twin — over this one machinery): progress, cancellation, the
 * message shapes, a fresh or a kept module worker, and errors that cross the worker boundary with their
 * i18n key.
 */
import { cancelledError } from '../core/formats/common/import-options.ts';
import { VersoInputError } from '../core/model/errors.ts';

/** Progress of a long job: units or paragraphs done out of total (total 0 = unknown). */
export interface JobProgress {
  readonly done: number;
  readonly total: number;
}

/** Work that can be stopped: `cancel()` makes `promise` reject with `errors.cancelled`. */
export interface Cancellable<T> {
  readonly promise: Promise<T>;
  cancel(): void;
}

/**
 * Runs `work` on the calling thread as a Cancellable (the in-process twins: tests, the CLI). It starts
 * once the caller's synchronous code is done, so a `cancel()` right after the call is honoured, as with a worker; `signal` lets
 * long work stop between units.
 */
export function inProcessJob<T>(work: (signal: { aborted: boolean }) => T): Cancellable<T> {
  const signal = { aborted: false };
  // A microtask, not a timer: it runs after the caller's synchronous code (a cancel() right after the
  // call) and needs no clock, so tests with fake timers need not advance one.
  const promise = Promise.resolve().then(() => {
    if (signal.aborted) throw cancelledError();
    return work(signal);
  });
  return { promise, cancel: () => (signal.aborted = true) };
}

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
  onProgress: (p: JobProgress) => void = () => undefined,
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
): (request: unknown, onProgress?: (p: JobProgress) => void) => Cancellable<T> {
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
  onProgress: (p: JobProgress) => void,
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
