// @ts-nocheck
import type { BilingualDocument } from '../core/formats/common/bilingual.ts';
import { VersoInputError } from '../core/model/errors.ts';
import type { NewSegment } from '../core/project/repository.ts';

/** Progress of a long import: units or paragraphs done out of total (total 0 = unknown). */
export interface ImportProgress {
  readonly done: number;
  readonly total: number;
}

/** Work that can be stopped: `cancel()` makes `promise` reject with `errors.cancelled`. */
export interface Cancellable<T> {
  readonly promise: Promise<T>;
  cancel(): void;
}

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
 * Parses and aligns files, off the main thread in the app (a Web Worker running src/core) and in
 * process in tests. Errors are `VersoInputError`s naming the problem and where.
 */
export interface Importer {
  bilingual(
    bytes: Uint8Array,
    fileName: string,
    onProgress: (p: ImportProgress) => void,
  ): Cancellable<BilingualDocument>;
  pair(input: TextPairInput, onProgress: (p: ImportProgress) => void): Cancellable<NewSegment[]>;
}

/** The error a cancelled import rejects with. */
export function cancelledError(): VersoInputError {
  return new VersoInputError('errors.cancelled', {}, 'Import cancelled.');
}
