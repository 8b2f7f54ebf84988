/**
 * The plain-document part of the import job, loaded on the page when a small document is opened (see
 * routed.ts): decode and split into paragraphs, the same `openFile` the worker runs.
 */
import { openFile } from '../../core/formats/open/document-file.ts';
import { inProcessJob } from '../job.ts';
import type { Importer } from './protocol.ts';

export const openDocumentHere: Importer['open'] = (bytes, fileName, _onProgress, encoding) =>
  inProcessJob(() => openFile(bytes, fileName, encoding ? { encoding } : {}));
