import type { TmService } from './protocol.ts';
import { TmHolder } from './run.ts';
import { tmService } from './service.ts';

/**
 * The TM worker's twin on the calling thread (tests; a page without workers). Answers asynchronously,
 * like the worker, with structured copies so no caller shares an object with the memory.
 */
export function inProcessTm(): TmService {
  const holder = new TmHolder();
  return tmService((request) =>
    Promise.resolve().then(() => structuredClone(holder.handle(structuredClone(request)))),
  );
}
