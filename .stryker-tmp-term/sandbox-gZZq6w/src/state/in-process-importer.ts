// @ts-nocheck
import { runBilingual, runPair, type JobSignal } from '../workers/import-jobs.ts';
import { cancelledError, type Cancellable, type Importer } from './importer.ts';

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
