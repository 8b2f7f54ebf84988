import type { ExportedFile } from '../../core/export/index.ts';
import { runWorkerJob } from '../job.ts';
import type { ExportRequest, Exporter } from './protocol.ts';

const spawn = () =>
  new Worker(new URL('./worker.ts', import.meta.url), { type: 'module', name: 'verso-export' });

/** Exports in a Web Worker so the page stays responsive on large projects. */
export const workerExporter: Exporter = {
  export: (kind, input) =>
    runWorkerJob<ExportedFile>(spawn, { kind, input } satisfies ExportRequest),
};
