// @ts-nocheck
import type { BilingualDocument } from '../core/formats/common/bilingual.ts';
import type { NewSegment } from '../core/project/repository.ts';
import type { TextPairInput } from '../state/importer.ts';
import type { JobResponse } from '../state/worker-job.ts';

/** What the page asks the import worker. */
export type WorkerRequest =
  | { readonly kind: 'bilingual'; readonly bytes: Uint8Array; readonly fileName: string }
  | { readonly kind: 'pair'; readonly input: TextPairInput };

/** What the import worker answers: progress, then a result or an error. */
export type WorkerResponse = JobResponse<BilingualDocument | NewSegment[]>;
