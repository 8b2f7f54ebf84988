/**
 * Web Worker entry of the export job: builds export files (editions, Word, XLIFF, TMX, change report)
 * off the main thread.
 */
import { exportProject } from '../../core/export/index.ts';
import { jobError } from '../job.ts';
import type { ExportRequest, ExportResponse } from './protocol.ts';

declare const self: DedicatedWorkerGlobalScope;

self.addEventListener('message', (event: MessageEvent<ExportRequest>) => {
  const { kind, input } = event.data;
  exportProject(kind, input).then(
    (result) =>
      self.postMessage(
        { type: 'done', result } satisfies ExportResponse,
        typeof result.data === 'string' ? [] : [result.data.buffer as ArrayBuffer],
      ),
    (error: unknown) => self.postMessage(jobError(error) satisfies ExportResponse),
  );
});
