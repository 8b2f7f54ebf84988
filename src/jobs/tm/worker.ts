/**
 * Web Worker entry of the TM job (issue 16): holds the open memories and their indexes off the main
 * thread and answers lookups, concordance searches and TMX reads and writes, each request by its id.
 * The page reaches it through `workerTm` (client.ts).
 */
import { jobError } from '../job.ts';
import type { TmAnswer, TmEnvelope } from './protocol.ts';
import { TmHolder } from './run.ts';

declare const self: DedicatedWorkerGlobalScope;

const holder = new TmHolder();

self.addEventListener('message', (event: MessageEvent<TmEnvelope>) => {
  const { id, ...request } = event.data;
  try {
    const result = holder.handle(request);
    self.postMessage({ id, type: 'done', result } satisfies TmAnswer);
  } catch (error) {
    self.postMessage({ id, ...jobError(error) } satisfies TmAnswer);
  }
});
