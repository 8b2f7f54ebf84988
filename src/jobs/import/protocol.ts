/**
 * The import job (issue 10): what state asks of it (`Importer`) and the messages between the page and
 * the import worker. Opening any file — document, backup or bilingual interchange file — and aligning a
 * source text with its MT both run here, off the main thread in the app.
 */
import type { OpenedAny } from '../../core/formats/open/open-any.ts';
import type { NewSegment } from '../../core/project/repository.ts';
import type { Cancellable, JobProgress, JobResponse } from '../job.ts';

/** Two plain-text files to align: the source text and its machine translation. */
export interface TextPairInput {
  readonly source: Uint8Array;
  readonly sourceName: string;
  readonly target: Uint8Array;
  readonly targetName: string;
  readonly sourceLang: string;
  readonly targetLang: string;
}

/**
 * Opens and aligns files, off the main thread in the app (a Web Worker running src/core) and in process
 * in tests and the CLI. Errors are `VersoInputError`s naming the problem and where.
 */
export interface Importer {
  /** Reads any file Verso opens (see core's `openAnyFile`). */
  open(
    bytes: Uint8Array,
    fileName: string,
    onProgress: (p: JobProgress) => void,
    /** The encoding the reviewer chose for a text file (issue 12 item 7); detected when absent. */
    encoding?: string,
  ): Cancellable<OpenedAny>;
  /** Reads a source text and its MT and aligns their paragraphs. */
  pair(input: TextPairInput, onProgress: (p: JobProgress) => void): Cancellable<NewSegment[]>;
}

/** What the page asks the import worker. */
export type ImportRequest =
  | {
      readonly kind: 'open';
      readonly bytes: Uint8Array;
      readonly fileName: string;
      readonly encoding?: string;
    }
  | { readonly kind: 'pair'; readonly input: TextPairInput };

/** What the import worker answers: progress, then a result or an error. */
export type ImportResponse = JobResponse<OpenedAny | NewSegment[]>;
