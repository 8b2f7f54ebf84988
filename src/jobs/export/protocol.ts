/**
 * The export job (issue 10): what state asks of it (`Exporter`) and the messages between the page and
 * the export worker. The work itself is core's `exportProject`.
 */
import type { ExportedFile, ExportInput, ExportKind } from '../../core/export/index.ts';
import type { Cancellable, JobResponse } from '../job.ts';

/** Produces export files (in a Web Worker in the app: a 20,000-segment DOCX takes seconds). */
export interface Exporter {
  export(kind: ExportKind, input: ExportInput): Cancellable<ExportedFile>;
}

/** What the page asks the export worker. */
export interface ExportRequest {
  readonly kind: ExportKind;
  readonly input: ExportInput;
}

/** What the export worker answers. */
export type ExportResponse = JobResponse<ExportedFile>;
