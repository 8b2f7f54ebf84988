import type { BilingualDocument } from '../core/bilingual.ts';
import type { NewSegment } from '../core/repository.ts';
import type { TextPairInput } from '../state/importer.ts';

/** What the page asks the import worker. */
export type WorkerRequest =
  | { readonly kind: 'bilingual'; readonly bytes: Uint8Array; readonly fileName: string }
  | { readonly kind: 'pair'; readonly input: TextPairInput };

/** What the import worker answers: progress, then a result or an error. */
export type WorkerResponse =
  | { readonly type: 'progress'; readonly done: number; readonly total: number }
  | { readonly type: 'done'; readonly result: BilingualDocument | NewSegment[] }
  | {
      readonly type: 'error';
      readonly error: {
        readonly code: string;
        readonly params: Record<string, string | number>;
        readonly message: string;
      };
    };
