/**
 * Two plain-text files, the source and its machine translation, read into paragraphs for the aligner
 * (src/core/align/) to pair up. Both are read like any document Verso opens: decodeText (UTF-8 with or
 * without BOM, UTF-16 with BOM, GB18030) and splitParagraphs.
 */
// @ts-nocheck

import { decodeText } from '../../text/decode.ts';
import { splitParagraphs } from '../../text/paragraphs.ts';

/** The paragraphs of a source file and of its translation. */
export interface TextPair {
  readonly source: string[];
  readonly target: string[];
}

/**
 * Reads the two files of a text pair.
 *
 * @throws VersoInputError any error of decodeText for either file (a file without text is
 *   `errors.empty`), naming that file
 */
export function readTextPair(
  sourceBytes: Uint8Array,
  sourceName: string,
  targetBytes: Uint8Array,
  targetName: string,
): TextPair {
  return {
    source: splitParagraphs(decodeText(sourceBytes, sourceName).text),
    target: splitParagraphs(decodeText(targetBytes, targetName).text),
  };
}
