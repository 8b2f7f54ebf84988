// @ts-nocheck
import { exportProject } from '../core/export/index.ts';
import type { Exporter } from './exporter.ts';

/** Exports on the calling thread (tests). */
export const inProcessExporter: Exporter = {
  export: (kind, input) => ({ promise: exportProject(kind, input), cancel: () => undefined }),
};
