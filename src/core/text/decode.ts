/**
 * Bytes → text for documents the user opens. Refuses, with a message naming the file and the position,
 * anything that would otherwise be shown as mojibake: binary files, UTF-16 without a byte-order mark,
 * bytes that are neither UTF-8 nor plausible GB18030 (the legacy encoding of Chinese documents).
 */
import { VersoInputError } from '../model/errors.ts';

import { MAX_FILE_BYTES } from '../model/limits.ts';

export { MAX_FILE_BYTES };

/** Decoded text (byte-order mark removed) and the encoding it was read with. */
export interface Decoded {
  text: string;
  encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';
}

type Encoding = Decoded['encoding'];

/** How much of the file the binary and UTF-16 sniffers look at (Git sniffs its first 8,000 bytes alike). */
const SNIFF_BYTES = 8 * 1024;
/** Share of control bytes in the sniffed prefix above which a file is binary, not text. */
const MAX_CONTROL_SHARE = 0.1;
/** Share of Han characters among letters and digits below which GB18030 is taken for an accident. */
const MIN_HAN_SHARE = 0.2;

const BOMS: readonly {
  readonly bytes: readonly number[];
  readonly encoding: Encoding;
}[] = [
  { bytes: [0xef, 0xbb, 0xbf], encoding: 'utf-8' },
  { bytes: [0xff, 0xfe], encoding: 'utf-16le' },
  { bytes: [0xfe, 0xff], encoding: 'utf-16be' },
];

/**
 * Decodes a text document. With a byte-order mark the mark decides (and is stripped); without one the
 * bytes must be strict UTF-8, or else strict GB18030 that reads as Chinese text.
 *
 * `checkSize: false` leaves the size to the caller: a translation memory's TMX file has a limit of its
 * own (tm/tmx-read.ts).
 *
 * @throws VersoInputError `errors.tooLarge`, `errors.empty`, `errors.binary`, `errors.utf16NoBom` or
 *   `errors.undecodable`, each naming the file and, where there is one, the byte offset.
 */
export function decodeText(
  bytes: Uint8Array,
  fileName: string,
  { checkSize = true }: { readonly checkSize?: boolean } = {},
): Decoded {
  const file = fileName; // short name for the many messages below
  if (checkSize) assertFileSize(bytes.length, file);
  const bom = BOMS.find((b) => b.bytes.every((byte, i) => bytes[i] === byte));
  const decoded = bom
    ? decodeWithBom(bytes, bom.bytes.length, bom.encoding, file)
    : decodeWithoutBom(bytes, file);
  if (decoded.text.trim() === '') throw emptyFileError(file);
  return decoded;
}

/**
 * Refuses files above {@link MAX_FILE_BYTES} before any work is done on them.
 *
 * @throws VersoInputError `errors.tooLarge` with the file, its size and the limit.
 */
export function assertFileSize(size: number, fileName: string): void {
  if (size <= MAX_FILE_BYTES) return;
  throw new VersoInputError(
    'errors.tooLarge',
    { file: fileName, size, limit: MAX_FILE_BYTES },
    `${fileName} is ${megabytes(size)} (${size} bytes); Verso opens files of up to ${megabytes(MAX_FILE_BYTES)}.`,
  );
}

/** `errors.empty` for a file with no text in it. */
export function emptyFileError(fileName: string): VersoInputError {
  return new VersoInputError(
    'errors.empty',
    { file: fileName },
    `${fileName} is empty: it has no text to review.`,
  );
}

function decodeWithBom(
  bytes: Uint8Array,
  bomLength: number,
  encoding: Encoding,
  file: string,
): Decoded {
  const body = bytes.subarray(bomLength);
  // A UTF-16 file is full of NUL bytes by nature; only a UTF-8 one can be sniffed for binary content.
  if (encoding === 'utf-8') refuseBinary(body, bomLength, file);
  const text = strictDecode(body, encoding);
  if (text === null) {
    const invalid =
      encoding === 'utf-8'
        ? firstInvalidUtf8(body)
        : firstInvalidUtf16(body, encoding === 'utf-16le');
    throw undecodable(
      bytes,
      bomLength + invalid,
      encoding,
      `is not valid ${encoding.toUpperCase()}`,
      file,
    );
  }
  return { text, encoding };
}

function decodeWithoutBom(bytes: Uint8Array, file: string): Decoded {
  refuseUtf16WithoutBom(bytes, file);
  refuseBinary(bytes, 0, file);
  const utf8 = strictDecode(bytes, 'utf-8');
  if (utf8 !== null) return { text: utf8, encoding: 'utf-8' };
  const gb = strictDecode(bytes, 'gb18030');
  if (gb !== null && readsAsChinese(gb)) return { text: gb, encoding: 'gb18030' };
  const what = 'is not valid UTF-8 and does not read as GB18030 Chinese text either';
  throw undecodable(bytes, firstInvalidUtf8(bytes), 'utf-8', what, file);
}

/** `null` when the bytes are not valid in `encoding`. */
function strictDecode(bytes: Uint8Array, encoding: Encoding): string | null {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

/**
 * UTF-16 without a BOM: in the sniffed prefix, NUL bytes sit (almost) only at even or only at odd
 * offsets, and never two in one code unit (U+0000 does not occur in text; it does in binary formats).
 */
function refuseUtf16WithoutBom(bytes: Uint8Array, file: string): void {
  const end = Math.min(bytes.length, SNIFF_BYTES) & ~1;
  const nulsAt = [0, 0];
  let first = -1;
  for (let i = 0; i < end; i += 2) {
    const even = bytes[i] === 0;
    const odd = bytes[i + 1] === 0;
    if (even && odd) return;
    if (even || odd) {
      if (first < 0) first = even ? i : i + 1;
      nulsAt[even ? 0 : 1]! += 1;
    }
  }
  const total = nulsAt[0]! + nulsAt[1]!;
  if (total < 2 || Math.max(nulsAt[0]!, nulsAt[1]!) < 0.95 * total) return;
  throw new VersoInputError(
    'errors.utf16NoBom',
    { file },
    `${file} looks like UTF-16 text without a byte-order mark (NUL bytes alternate with text from byte offset ${first}). Save it as UTF-8, or as UTF-16 with a byte-order mark, and open it again.`,
  );
}

/** A NUL byte, or many control bytes, in the sniffed prefix mean a binary file. */
function refuseBinary(bytes: Uint8Array, base: number, file: string): void {
  const end = Math.min(bytes.length, SNIFF_BYTES);
  let controls = 0;
  let firstControl = -1;
  for (let i = 0; i < end; i++) {
    const b = bytes[i]!;
    if (b === 0) {
      throw new VersoInputError(
        'errors.binary',
        { file, offset: base + i },
        `${file} is not a text file: it has a NUL byte at byte offset ${base + i}.`,
      );
    }
    if (isControlByte(b)) {
      controls++;
      if (firstControl < 0) firstControl = i;
    }
  }
  if (end > 0 && controls / end > MAX_CONTROL_SHARE) {
    throw new VersoInputError(
      'errors.binary',
      { file, offset: base + firstControl },
      `${file} is not a text file: ${controls} of its first ${end} bytes are control codes (the first at byte offset ${base + firstControl}).`,
    );
  }
}

/** C0 controls and DEL, except tab, line feed, vertical tab, form feed, carriage return and escape. */
function isControlByte(b: number): boolean {
  return (b < 0x20 && !(b >= 0x09 && b <= 0x0d) && b !== 0x1b) || b === 0x7f;
}

/**
 * GB18030 decodes most byte soup without error (Latin-1 "résumé" becomes Han characters), so strict
 * decoding alone proves little: the result must also look like Chinese text.
 */
function readsAsChinese(text: string): boolean {
  // Controls, C1 controls, U+FFFD and private use (where GB18030 puts unassigned codes) never occur in
  // real Chinese prose.
  if (/[\u0000-\u0008\u000E-\u001F\u007F-\u009F\uE000-\uF8FF\uFFFD]/u.test(text)) return false;
  // A prefix is a fair sample and keeps a 50 MB file from building 50 million-entry match arrays.
  const sample = text.slice(0, 64 * 1024);
  const han = sample.match(/\p{Script=Han}/gu)?.length ?? 0;
  const alnum = sample.match(/[\p{L}\p{N}]/gu)?.length ?? 0;
  return han > 0 && han >= MIN_HAN_SHARE * alnum;
}

/**
 * Offset of the first byte that starts an ill-formed UTF-8 sequence, by the WHATWG decoder's rules
 * (no overlongs, no surrogates, nothing above U+10FFFF), or `bytes.length` when all are valid.
 */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i]!;
    if (lead < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let lower = 0x80;
    let upper = 0xbf;
    if (lead >= 0xc2 && lead <= 0xdf) need = 1;
    else if (lead >= 0xe0 && lead <= 0xef) {
      need = 2;
      if (lead === 0xe0) lower = 0xa0; // overlong
      if (lead === 0xed) upper = 0x9f; // surrogates
    } else if (lead >= 0xf0 && lead <= 0xf4) {
      need = 3;
      if (lead === 0xf0) lower = 0x90; // overlong
      if (lead === 0xf4) upper = 0x8f; // above U+10FFFF
    } else return i;
    for (let k = 1; k <= need; k++) {
      const next = bytes[i + k];
      if (next === undefined || next < lower || next > upper) return i;
      lower = 0x80;
      upper = 0xbf;
    }
    i += need + 1;
  }
  return i;
}

/** Offset of the first unpaired surrogate or dangling odd byte, or `bytes.length` when all are valid. */
function firstInvalidUtf16(bytes: Uint8Array, littleEndian: boolean): number {
  const unitAt = (i: number): number =>
    littleEndian ? bytes[i]! | (bytes[i + 1]! << 8) : (bytes[i]! << 8) | bytes[i + 1]!;
  let i = 0;
  while (i + 1 < bytes.length) {
    const unit = unitAt(i);
    if (unit >= 0xdc00 && unit <= 0xdfff) return i;
    if (unit >= 0xd800 && unit <= 0xdbff) {
      if (i + 3 >= bytes.length) return i;
      const low = unitAt(i + 2);
      if (low < 0xdc00 || low > 0xdfff) return i;
      i += 4;
    } else i += 2;
  }
  return i;
}

function undecodable(
  bytes: Uint8Array,
  offset: number,
  encoding: Encoding,
  what: string,
  file: string,
): VersoInputError {
  // Everything before `offset` is valid, so a lenient decode of it counts line breaks exactly.
  const before = new TextDecoder(encoding, { ignoreBOM: true }).decode(bytes.subarray(0, offset));
  const line = before.split('\n').length;
  return new VersoInputError(
    'errors.undecodable',
    { file, offset, line },
    `${file} ${what}: bad bytes at byte offset ${offset} (line ${line}). Save it as UTF-8 and open it again.`,
  );
}

function megabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
