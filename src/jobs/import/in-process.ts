import { inProcessJob } from '../job.ts';
import type { Importer } from './protocol.ts';
import { runOpen, runPair } from './run.ts';

/** The import worker's twin on the calling thread: tests, the CLI, browsers without module workers. */
export const inProcessImporter: Importer = {
  open: (bytes, fileName, onProgress, encoding) =>
    inProcessJob((signal) => runOpen(bytes, fileName, onProgress, signal, encoding)),
  pair: (input, onProgress) => inProcessJob((signal) => runPair(input, onProgress, signal)),
};
