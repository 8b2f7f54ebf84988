import { VersoInputError } from '../core/errors.ts';
import { runBilingual, runPair, type JobSignal } from '../workers/import-jobs.ts';
import type { Cancellable, Importer } from './importer.ts';

/** Cancelled before it finished. */
export function cancelledError(): VersoInputError {
  return new VersoInputError('errors.cancelled', {}, 'Import cancelled.');
}

function inProcess<T>(work: (signal: JobSignal) => T): Cancellable<T> {
  const signal: JobSignal = { aborted: false };
  const promise = new Promise<T>((resolve) => {
    // Next task, so a cancel() right after the call is honoured, as with the worker.
    setTimeout(() => resolve(signal.aborted ? Promise.reject(cancelledError()) : work(signal)), 0);
  });
  return { promise, cancel: () => (signal.aborted = true) };
}

/** Runs imports on the calling thread: tests, the CLI, browsers without module workers. */
export const inProcessImporter: Importer = {
  bilingual: (bytes, fileName, onProgress) =>
    inProcess((signal) => runBilingual(bytes, fileName, onProgress, signal)),
  pair: (input, onProgress) => inProcess((signal) => runPair(input, onProgress, signal)),
};
