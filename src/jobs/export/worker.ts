/**
 * Web Worker entry of the export job: builds export files (editions, Word, XLIFF, TMX, change report)
 * off the main thread.
 */
import { exportProject } from '../../core/export/index.ts';
import { jobError } from '../job.ts';
import { englishSpeller } from '../speller.ts';
import type { ExportRequest, ExportResponse } from './protocol.ts';

declare const self: DedicatedWorkerGlobalScope;

self.addEventListener('message', (event: MessageEvent<ExportRequest>) => {
  const { kind, input: given } = event.data;
  // The change report checks the final text itself (issue 11 item 3), spelling included; a speller
  // (functions) cannot cross to a worker, so the worker adds its own.
  const input =
    kind === 'report' && given.qa
      ? { ...given, qa: { ...given.qa, speller: englishSpeller() } }
      : given;
  exportProject(kind, input).then(
    (result) =>
      self.postMessage(
        { type: 'done', result } satisfies ExportResponse,
        typeof result.data === 'string' ? [] : [result.data.buffer as ArrayBuffer],
      ),
    (error: unknown) => self.postMessage(jobError(error) satisfies ExportResponse),
  );
});
