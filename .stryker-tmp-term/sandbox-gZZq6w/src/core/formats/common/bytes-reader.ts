/** The one way every bilingual reader turns the bytes of a file into text before reading it. */
// @ts-nocheck

import type { BilingualDocument } from './bilingual.ts';
import { decodeText, type Decoded } from '../../text/decode.ts';

/** A reader of decoded text (what openBilingual calls once it has decoded and sniffed the file). */
export type TextReader<O> = (decoded: Decoded, fileName: string, options?: O) => BilingualDocument;

/** A reader of a file's bytes. */
export type BytesReader<O> = (
  bytes: Uint8Array,
  fileName: string,
  options?: O,
) => BilingualDocument;

/**
 * The reader of a file's bytes made from a reader of text: decodeText first (UTF-8 with or without
 * BOM, UTF-16 with BOM, GB18030; its errors name the file and position), then `read`.
 */
export function readingBytes<O>(read: TextReader<O>): BytesReader<O> {
  return (bytes, fileName, options) => read(decodeText(bytes, fileName), fileName, options);
}
