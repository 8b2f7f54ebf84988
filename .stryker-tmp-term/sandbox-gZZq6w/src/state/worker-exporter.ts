// @ts-nocheck
import type { ExportedFile } from '../core/export/index.ts';
import type { ExportRequest } from '../workers/export-worker.ts';
import type { Exporter } from './exporter.ts';
import { runWorkerJob } from './worker-job.ts';

const spawn = () =>
  new Worker(new URL('../workers/export-worker.ts', import.meta.url), {
    type: 'module',
    name: 'verso-export',
  });

/** Exports in a Web Worker so the page stays responsive on large projects. */
export const workerExporter: Exporter = {
  export: (kind, input) =>
    runWorkerJob<ExportedFile>(spawn, { kind, input } satisfies ExportRequest),
};
