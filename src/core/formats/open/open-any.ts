/**
 * The one way Verso opens a file (issue 10): a bilingual interchange file (XLIFF, TMX, TSV, CSV), a
 * project backup or a plain document. The app runs it in the import worker for a picked or dropped file,
 * the CLI runs it in process; both then make their project from what it found.
 */
import type { BilingualDocument } from '../common/bilingual.ts';
import type { CancelSignal, ProgressCallback } from '../common/import-options.ts';
import { openFile, type OpenedFile } from './document-file.ts';
import { isBilingualFile } from './detect.ts';
import { openBilingual, type OpenBilingualOptions } from './open-bilingual.ts';

/** What a file turned out to be: a document split into paragraphs, a backup, or a bilingual file. */
export type OpenedAny =
  OpenedFile | { readonly kind: 'bilingual'; readonly document: BilingualDocument };

/**
 * Reads any file Verso opens, choosing by extension and content (see `isBilingualFile`, `openFile`).
 *
 * @throws VersoInputError for any problem in the file, naming the file and where
 */
export function openAnyFile(
  bytes: Uint8Array,
  fileName: string,
  onProgress?: ProgressCallback,
  signal?: CancelSignal,
  options: OpenBilingualOptions = {},
): OpenedAny {
  if (isBilingualFile(fileName, bytes)) {
    return {
      kind: 'bilingual',
      document: openBilingual(bytes, fileName, onProgress, signal, options),
    };
  }
  return openFile(
    bytes,
    fileName,
    options.encoding === undefined ? {} : { encoding: options.encoding },
  );
}
