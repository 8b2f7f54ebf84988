/**
 * Running the heavy jobs (jobs.ts) off the main thread: one worker thread, started from the built
 * dist-server/worker.js on first use and again after it dies (its pending jobs then fail; compaction is
 * retried later, an upload is answered `server-error`). Tests run the same jobs in-process.
 */
import { Worker } from 'node:worker_threads';
import { mergeUpdatesNow, prepareProjectNow, type PreparedProject } from './jobs.ts';

/** The jobs, however they run. */
export interface Jobs {
  /** Merges Yjs updates into one compact update (compaction). */
  merge(updates: readonly Uint8Array[]): Promise<Uint8Array>;
  /** Validates an uploaded backup and prepares the shared project (sharing). */
  prepare(upload: Uint8Array): Promise<PreparedProject>;
  close(): Promise<void>;
}

/** A job sent to the worker. */
export type JobRequest =
  | { readonly id: number; readonly kind: 'merge'; readonly updates: readonly Uint8Array[] }
  | { readonly id: number; readonly kind: 'prepare'; readonly upload: Uint8Array };

/** The worker's answer. */
export type JobReply =
  | { readonly id: number; readonly result: Uint8Array | PreparedProject }
  | { readonly id: number; readonly error: string };

/** The jobs in this thread (tests, and a server started from the sources). */
export const inProcessJobs: Jobs = {
  merge: (updates) => Promise.resolve(mergeUpdatesNow(updates)),
  prepare: (upload) => Promise.resolve(prepareProjectNow(upload)),
  close: () => Promise.resolve(),
};

/** The jobs in a worker thread started from `workerFile`. */
export function workerJobs(workerFile: URL): Jobs {
  let worker: Worker | undefined;
  let nextId = 1;
  const pending = new Map<number, { resolve(r: unknown): void; reject(e: Error): void }>();
  const failAll = (error: Error): void => {
    for (const p of pending.values()) p.reject(error);
    pending.clear();
    worker = undefined;
  };
  const start = (): Worker => {
    const w = new Worker(workerFile);
    w.unref();
    w.on('message', (reply: JobReply) => {
      const p = pending.get(reply.id);
      pending.delete(reply.id);
      if (p === undefined) return;
      if ('result' in reply) p.resolve(reply.result);
      else p.reject(new Error(reply.error));
    });
    w.on('error', failAll);
    w.on('exit', () => failAll(new Error('the worker thread stopped')));
    return w;
  };
  const run = <T>(request: JobRequest, transfer: ArrayBuffer[] = []): Promise<T> => {
    worker ??= start();
    const promise = new Promise<T>((resolve, reject) =>
      pending.set(request.id, { resolve: resolve, reject }),
    );
    worker.postMessage(request, transfer);
    return promise;
  };
  return {
    merge: (updates) => run<Uint8Array>({ id: nextId++, kind: 'merge', updates }),
    prepare: (upload) => run<PreparedProject>({ id: nextId++, kind: 'prepare', upload }),
    close: async () => {
      const w = worker;
      worker = undefined;
      if (w !== undefined) await w.terminate();
    },
  };
}
