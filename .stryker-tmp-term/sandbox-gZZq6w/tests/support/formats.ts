/** Helpers shared by the format tests. */
// @ts-nocheck

import { readFileSync } from 'node:fs';

/** UTF-8 bytes of a string. */
export const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

/** UTF-16 bytes of a string with a byte-order mark. */
export function utf16(text: string, littleEndian: boolean): Uint8Array {
  const bytes = new Uint8Array(2 + text.length * 2);
  const view = new DataView(bytes.buffer);
  view.setUint16(0, 0xfeff, littleEndian);
  for (let i = 0; i < text.length; i++) view.setUint16(2 + 2 * i, text.charCodeAt(i), littleEndian);
  return bytes;
}

/** A fixture of corpus/fixtures/bilingual. */
export const fixture = (name: string): Uint8Array =>
  new Uint8Array(readFileSync(`corpus/fixtures/bilingual/${name}`));
