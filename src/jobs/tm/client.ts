import { VersoInputError } from '../../core/model/errors.ts';
import type { TmAnswer, TmRequest, TmService } from './protocol.ts';
import { tmService } from './service.ts';

/**
 * The TM worker, started with the first request and kept for the page's life (it holds the indexes).
 * Answers are matched to requests by id. A worker that dies rejects what is pending; the next request
 * starts a fresh one, whose memories the caller opens again (state's TmFlow does on `errors.tmNotOpen`).
 */
export function workerTmService(): TmService {
  let worker: Worker | undefined;
  let next = 1;
  const pending = new Map<
    number,
    { resolve: (v: unknown) => void; reject: (e: unknown) => void }
  >();
  const start = (): Worker => {
    const w = new Worker(new URL('./worker.ts', import.meta.url), {
      type: 'module',
      name: 'verso-tm',
    });
    w.addEventListener('message', (event: MessageEvent<TmAnswer>) => {
      const answer = event.data;
      const waiting = pending.get(answer.id);
      if (!waiting || answer.type === 'progress') return;
      pending.delete(answer.id);
      if (answer.type === 'done') waiting.resolve(answer.result);
      else {
        const { code, params, message } = answer.error;
        waiting.reject(new VersoInputError(code, params, message));
      }
    });
    w.addEventListener('error', (event) => {
      w.terminate();
      if (worker === w) worker = undefined;
      const error = new Error(event.message || 'The translation memory worker failed.');
      for (const waiting of pending.values()) waiting.reject(error);
      pending.clear();
    });
    return w;
  };
  return tmService(
    (request: TmRequest) =>
      new Promise((resolve, reject) => {
        const id = next++;
        pending.set(id, { resolve, reject });
        (worker ??= start()).postMessage({ id, ...request });
      }),
  );
}

/** The app's TM service (one worker per page). */
export const workerTm: TmService = workerTmService();
