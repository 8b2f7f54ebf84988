import type { TmRequest, TmService } from './protocol.ts';

/** A `TmService` over a function that sends one request and resolves to its answer. */
export function tmService(send: (request: TmRequest) => Promise<unknown>): TmService {
  const ask = <T>(request: TmRequest) => send(request) as Promise<T>;
  return {
    open: (info, units) => ask({ kind: 'open', info, units }),
    put: (memoryId, units) => ask({ kind: 'put', memoryId, units }),
    lookup: (memoryId, query, options) =>
      ask({ kind: 'lookup', memoryId, query, ...(options ? { options } : {}) }),
    concordance: (memoryId, query) => ask({ kind: 'concordance', memoryId, query }),
    readTmx: (memoryId, bytes, fileName, now) =>
      ask({ kind: 'readTmx', memoryId, bytes, fileName, now }),
    exportTmx: (memoryId, now) => ask({ kind: 'exportTmx', memoryId, now }),
  };
}
