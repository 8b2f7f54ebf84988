/**
 * Web Worker: builds export files (editions, Word, XLIFF, TMX, change report) off the main thread.
 */
// @ts-nocheck

import { exportProject, type ExportInput, type ExportKind } from '../core/export/index.ts';
import { jobError, type JobResponse } from '../state/worker-job.ts';
import type { ExportedFile } from '../core/export/index.ts';

/** What the page asks the export worker. */
export interface ExportRequest {
  readonly kind: ExportKind;
  readonly input: ExportInput;
}

const scope = self as unknown as {
  postMessage(message: JobResponse<ExportedFile>, transfer?: Transferable[]): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<ExportRequest>) => void): void;
};

scope.addEventListener('message', (event) => {
  const { kind, input } = event.data;
  exportProject(kind, input).then(
    (result) =>
      scope.postMessage(
        { type: 'done', result },
        typeof result.data === 'string' ? [] : [result.data.buffer as ArrayBuffer],
      ),
    (error: unknown) => scope.postMessage(jobError(error)),
  );
});
