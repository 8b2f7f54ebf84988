/**
 * What every bilingual importer accepts besides the bytes: progress reporting and cancellation. The UI
 * runs importers in a Web Worker and wires both (issue 3, "import shows progress for large files and is
 * cancellable").
 */
// @ts-nocheck

import { VersoInputError } from '../../model/errors.ts';

/** Progress: `done` of `total` units read so far (`total` may be an estimate until the end). */
export type ProgressCallback = (done: number, total: number) => void;

/** A cancellation flag the caller sets; importers check it between units. */
export interface CancelSignal {
  readonly aborted: boolean;
}

export interface ImportOptions {
  readonly onProgress?: ProgressCallback;
  readonly signal?: CancelSignal;
}

/** Units between two progress callbacks: often enough for a smooth bar, rare enough to cost nothing. */
export const PROGRESS_EVERY = 1000;

/** `errors.cancelled`: the user stopped the import. */
export function cancelledError(): VersoInputError {
  return new VersoInputError('errors.cancelled', {}, 'Import cancelled.');
}

/** Throws `errors.cancelled` when the signal is set. */
export function throwIfCancelled(signal: CancelSignal | undefined): void {
  if (signal?.aborted) throw cancelledError();
}

/**
 * Counts units as an importer reads them (the parsers count each unit as it is parsed, the bulk of the
 * work): checks for cancellation at each one and calls the progress callback every
 * {@link PROGRESS_EVERY} units and once at the end.
 */
export class ProgressCounter {
  private done = 0;
  private reported = 0;

  constructor(
    private total: number,
    private readonly options: ImportOptions,
  ) {}

  /** One more unit read. @throws VersoInputError `errors.cancelled` */
  step(): void {
    throwIfCancelled(this.options.signal);
    this.done++;
    if (this.done > this.total) this.total = this.done;
    if (this.done - this.reported >= PROGRESS_EVERY) {
      this.reported = this.done;
      this.options.onProgress?.(this.done, this.total);
    }
  }

  /** All units read: reports `done` of `done`. */
  finish(): void {
    this.options.onProgress?.(this.done, this.done);
  }
}

/**
 * How many start tags of elements named `local` (any prefix) the text has: the expected total for
 * progress while a file is parsed (a tag inside a comment or CDATA would count too; it is an estimate).
 */
export function countStartTags(text: string, local: string): number {
  return text.match(new RegExp(`<(?:[\\w.-]+:)?${local}[\\s/>]`, 'g'))?.length ?? 0;
}
