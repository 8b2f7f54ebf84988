/**
 * The compaction worker's entry (built to dist-server/merge-worker.js): merges the updates it is sent
 * (merge.ts). Its own module graph, so its copy of yjs never meets the main thread's.
 */
import { parentPort } from 'node:worker_threads';
import { mergeUpdatesNow, type MergeReply, type MergeRequest } from './merge.ts';

parentPort?.on('message', (request: MergeRequest) => {
  let reply: MergeReply;
  try {
    reply = { id: request.id, merged: mergeUpdatesNow(request.updates) };
  } catch (error) {
    reply = { id: request.id, error: error instanceof Error ? error.message : String(error) };
  }
  parentPort?.postMessage(reply, 'merged' in reply ? [reply.merged.buffer as ArrayBuffer] : []);
});
