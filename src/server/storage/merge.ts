/**
 * Merging Yjs updates into one compact update, for compaction. Applied to a scratch Y.Doc with garbage
 * collection on, so text deleted long ago no longer takes room (Y.mergeUpdates would keep it). For a
 * 20,000-segment project this takes a few hundred milliseconds, so the server runs it in a worker
 * thread (merge-worker.ts) and never stalls the sync of other edits.
 */
import { Worker } from 'node:worker_threads';
import * as Y from 'yjs';
import type { MergeUpdates } from './documents.ts';

/** Merges in this thread. */
export function mergeUpdatesNow(updates: readonly Uint8Array[]): Uint8Array {
  const doc = new Y.Doc({ gc: true });
  doc.transact(() => {
    for (const update of updates) Y.applyUpdate(doc, update);
  });
  const merged = Y.encodeStateAsUpdate(doc);
  doc.destroy();
  return merged;
}

/** Message to the worker. */
export interface MergeRequest {
  readonly id: number;
  readonly updates: readonly Uint8Array[];
}

/** Message from the worker. */
export type MergeReply =
  | { readonly id: number; readonly merged: Uint8Array }
  | { readonly id: number; readonly error: string };

/** A MergeUpdates running in this thread, as a promise (tests, and when no worker file is built). */
export const mergeInProcess: MergeUpdates = (updates) => Promise.resolve(mergeUpdatesNow(updates));

/**
 * A MergeUpdates that runs in one worker thread started from `workerFile` on first use. A worker that
 * dies is started again on the next merge; its pending merges fail (compaction is retried later).
 */
export function mergeInWorker(workerFile: URL): MergeUpdates & { close(): Promise<void> } {
  let worker: Worker | undefined;
  let nextId = 1;
  const pending = new Map<number, { resolve(m: Uint8Array): void; reject(e: Error): void }>();
  const failAll = (error: Error): void => {
    for (const p of pending.values()) p.reject(error);
    pending.clear();
    worker = undefined;
  };
  const start = (): Worker => {
    const w = new Worker(workerFile);
    w.unref();
    w.on('message', (reply: MergeReply) => {
      const p = pending.get(reply.id);
      pending.delete(reply.id);
      if (p === undefined) return;
      if ('merged' in reply) p.resolve(reply.merged);
      else p.reject(new Error(reply.error));
    });
    w.on('error', failAll);
    w.on('exit', () => failAll(new Error('the merge worker stopped')));
    return w;
  };
  const merge = (updates: readonly Uint8Array[]): Promise<Uint8Array> => {
    worker ??= start();
    const id = nextId++;
    const request: MergeRequest = { id, updates };
    const promise = new Promise<Uint8Array>((resolve, reject) =>
      pending.set(id, { resolve, reject }),
    );
    worker.postMessage(request);
    return promise;
  };
  return Object.assign(merge, {
    close: async (): Promise<void> => {
      const w = worker;
      worker = undefined;
      if (w !== undefined) await w.terminate();
    },
  });
}
