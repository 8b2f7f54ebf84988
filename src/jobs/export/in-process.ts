import { exportProject } from '../../core/export/index.ts';
import type { Exporter } from './protocol.ts';

/** The export worker's twin on the calling thread (tests, the CLI). */
export const inProcessExporter: Exporter = {
  export: (kind, input) => ({ promise: exportProject(kind, input), cancel: () => undefined }),
};
