/**
 * The worker thread's entry (built to dist-server/worker.js): runs the jobs it is sent (jobs.ts). Its
 * own module graph, so its copy of yjs never meets the main thread's.
 */
import { parentPort } from 'node:worker_threads';
import { mergeUpdatesNow, prepareProjectNow } from './jobs.ts';
import type { JobReply, JobRequest } from './pool.ts';

parentPort?.on('message', (request: JobRequest) => {
  let reply: JobReply;
  const transfer: ArrayBuffer[] = [];
  try {
    if (request.kind === 'merge') {
      const merged = mergeUpdatesNow(request.updates);
      transfer.push(merged.buffer as ArrayBuffer);
      reply = { id: request.id, result: merged };
    } else {
      const prepared = prepareProjectNow(request.upload);
      if (prepared.ok) transfer.push(prepared.state.buffer as ArrayBuffer);
      reply = { id: request.id, result: prepared };
    }
  } catch (error) {
    reply = { id: request.id, error: error instanceof Error ? error.message : String(error) };
  }
  parentPort?.postMessage(reply, transfer);
});
