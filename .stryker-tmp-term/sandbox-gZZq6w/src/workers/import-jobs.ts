/**
 * The import work itself, shared by the Web Worker and the in-process importer: parse an interchange
 * file, or read two text files and align them. Pure core calls; `signal` stops it between units.
 */
// @ts-nocheck

import { align } from '../core/align/index.ts';
import type { BilingualDocument } from '../core/formats/common/bilingual.ts';
import { segmentsFromLinks } from '../core/project/from-bilingual.ts';
import { openBilingual } from '../core/formats/open/open-bilingual.ts';
import { readTextPair } from '../core/formats/text/text-pair.ts';
import type { NewSegment } from '../core/project/repository.ts';
import type { ImportProgress, TextPairInput } from '../state/importer.ts';

export interface JobSignal {
  aborted: boolean;
}

/** Parses an XLIFF, TMX, TSV or CSV file. */
export function runBilingual(
  bytes: Uint8Array,
  fileName: string,
  onProgress: (p: ImportProgress) => void,
  signal: JobSignal,
): BilingualDocument {
  return openBilingual(bytes, fileName, (done, total) => onProgress({ done, total }), signal);
}

/** Reads two plain-text files and aligns their paragraphs. */
export function runPair(
  input: TextPairInput,
  onProgress: (p: ImportProgress) => void,
  signal: JobSignal,
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
