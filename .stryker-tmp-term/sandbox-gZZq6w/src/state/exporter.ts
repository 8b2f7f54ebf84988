// @ts-nocheck
import type { ExportedFile, ExportInput, ExportKind } from '../core/export/index.ts';
import type { Cancellable } from './importer.ts';

/** Produces export files (in a Web Worker in the app: a 20,000-segment DOCX takes seconds). */
export interface Exporter {
  export(kind: ExportKind, input: ExportInput): Cancellable<ExportedFile>;
}
