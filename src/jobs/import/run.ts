/**
 * The import work itself, shared by the Web Worker and the in-process importer: open any file, or read
 * two text files and align them. Pure core calls; `signal` stops it between units.
 */
import { align } from '../../core/align/index.ts';
import type { CancelSignal } from '../../core/formats/common/import-options.ts';
import { openAnyFile, type OpenedAny } from '../../core/formats/open/open-any.ts';
import { readTextPair } from '../../core/formats/text/text-pair.ts';
import { segmentsFromLinks } from '../../core/project/from-bilingual.ts';
import type { NewSegment } from '../../core/project/repository.ts';
import type { JobProgress } from '../job.ts';
import type { TextPairInput } from './protocol.ts';

/** Opens a document, a backup or a bilingual file. */
export function runOpen(
  bytes: Uint8Array,
  fileName: string,
  onProgress: (p: JobProgress) => void,
  signal: CancelSignal,
  encoding?: string,
): OpenedAny {
  const progress = (done: number, total: number) => onProgress({ done, total });
  return openAnyFile(bytes, fileName, progress, signal, encoding ? { encoding } : {});
}

/** Reads two plain-text files and aligns their paragraphs. */
export function runPair(
  input: TextPairInput,
  onProgress: (p: JobProgress) => void,
  signal: CancelSignal,
): NewSegment[] {
  const { source, target } = readTextPair(
    input.source,
    input.sourceName,
    input.target,
    input.targetName,
  );
  onProgress({ done: 0, total: source.length + target.length });
  const links = align(source, target, {
    sourceLang: input.sourceLang,
    targetLang: input.targetLang,
    signal,
  });
  onProgress({ done: source.length + target.length, total: source.length + target.length });
  return segmentsFromLinks(source, target, links);
}
