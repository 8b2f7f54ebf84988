/**
 * Bytes → text for documents the user opens. Refuses, with a message naming the file and the position,
 * anything that would otherwise be shown as mojibake: binary files (a NUL or a run of control bytes
 * anywhere, issue 12 item 8), UTF-16 without a byte-order mark, and bytes whose encoding cannot be told
 * (issue 12, item 7): without a BOM, UTF-8 is taken when the bytes are valid UTF-8, CESU-8 when they
 * are but for surrogate pairs, and another encoding (GB18030, Windows-1252…) only when the detector
 * (detect-encoding.ts) is sure; otherwise the error lists the candidate readings for the user to pick
 * one, which a second call passes as `encoding`.
 */
import { VersoInputError } from '../model/errors.ts';
import { decodeCesu8 } from './cesu8.ts';
import { canonical, detectEncoding, type EncodingCandidate } from './detect-encoding.ts';

import { MAX_FILE_BYTES } from '../model/limits.ts';
import { assertFileSize } from './file-size.ts';

export { MAX_FILE_BYTES, assertFileSize };

/** Decoded text (byte-order mark removed) and the encoding it was read with. */
export interface Decoded {
  text: string;
  /** The WHATWG name (`utf-8`, `utf-16le`, `gb18030`, `windows-1252`…), or `cesu-8`. */
  encoding: string;
}

/** What the caller knows of a file's encoding. */
export interface DecodeOptions {
  /** An encoding label (`latin1`, `windows-1252`, `gb18030`…) to read the file in, unguessed. */
  readonly encoding?: string;
  /** False leaves the size limit to the caller (a translation memory's TMX has its own). */
  readonly checkSize?: boolean;
}

type Encoding = string;

/**
 * `errors.encodingUncertain`: the bytes read in several encodings and none is clearly right. Carries
 * each reading (`candidates`, best first, with a preview) so that the UI can ask which one.
 */
export class EncodingUncertainError extends VersoInputError {
  constructor(
    file: string,
    readonly candidates: readonly Omit<EncodingCandidate, 'text'>[],
  ) {
    const list = candidates.map((c) => c.encoding).join(', ');
    const readings = candidates.map((c) => `${c.encoding}: “${c.preview}”`).join('; ');
    super(
      'errors.encodingUncertain',
      { file, candidates: list, readings },
      `${file} is not UTF-8, and Verso cannot tell its encoding for sure; it reads as ${readings}. Open it again choosing the encoding (verso: --encoding NAME), or save it as UTF-8.`,
    );
    this.name = 'EncodingUncertainError';
  }
}

/** How much of the file the UTF-16 sniffer looks at (Git sniffs its first 8,000 bytes alike). */
const SNIFF_BYTES = 8 * 1024;
/** Window over which control bytes are counted: the whole file is checked, window by window. */
const WINDOW_BYTES = 8 * 1024;
/** Share of control bytes in a window above which a file is binary, not text. */
const MAX_CONTROL_SHARE = 0.1;

const BOMS: readonly {
  readonly bytes: readonly number[];
  readonly encoding: Encoding;
}[] = [
  { bytes: [0xef, 0xbb, 0xbf], encoding: 'utf-8' },
  { bytes: [0xff, 0xfe], encoding: 'utf-16le' },
  { bytes: [0xfe, 0xff], encoding: 'utf-16be' },
];

/**
 * Decodes a text document. With `options.encoding` that encoding is used; else with a byte-order mark
 * the mark decides (and is stripped); without one see the module comment.
 *
 * @throws VersoInputError `errors.tooLarge`, `errors.empty`, `errors.binary`, `errors.utf16NoBom`,
 *   `errors.unknownEncoding`, `errors.undecodable` or {@link EncodingUncertainError}
 *   `errors.encodingUncertain`, each naming the file and, where there is one, the byte offset.
 *
 * `checkSize: false` leaves the size to the caller: a translation memory's TMX file has a limit of its
 * own (tm/tmx-read.ts).
 */
export function decodeText(
  bytes: Uint8Array,
  fileName: string,
  options: DecodeOptions = {},
): Decoded {
  const file = fileName; // short name for the many messages below
  if (options.checkSize !== false) assertFileSize(bytes.length, file);
  const bom = BOMS.find((b) => b.bytes.every((byte, i) => bytes[i] === byte));
  const decoded =
    options.encoding !== undefined
      ? decodeAs(bytes, options.encoding, file)
      : bom
        ? decodeWithBom(bytes, bom.bytes.length, bom.encoding, file)
        : decodeWithoutBom(bytes, file);
  if (decoded.text.trim() === '') throw emptyFileError(file);
  return decoded;
}

/** The bytes in the encoding the user chose (a byte-order mark of it is skipped). */
function decodeAs(bytes: Uint8Array, label: string, file: string): Decoded {
  const encoding = label.toLowerCase() === 'cesu-8' ? 'cesu-8' : canonical(label);
  if (encoding === undefined) {
    throw new VersoInputError(
      'errors.unknownEncoding',
      { file, encoding: label },
      `${file}: "${label}" is not an encoding Verso knows (try utf-8, windows-1252, iso-8859-2, gb18030, big5, shift_jis…).`,
    );
  }
  const bom = BOMS.find((b) => b.encoding === encoding && b.bytes.every((x, i) => bytes[i] === x));
  const skip = bom?.bytes.length ?? 0;
  if (!encoding.startsWith('utf-16')) refuseBinary(bytes.subarray(skip), skip, file);
  const body = bytes.subarray(skip);
  const text =
    encoding === 'cesu-8' ? decodeCesu8(body) : (strictDecode(body, encoding) ?? undefined);
  if (text === undefined) {
    const offset = encoding === 'utf-8' ? skip + firstInvalidUtf8(body) : skip;
    throw undecodable(
      bytes,
      offset,
      encoding === 'cesu-8' ? 'utf-8' : encoding,
      `is not valid ${encoding}`,
      file,
    );
  }
  if (encoding.startsWith('utf-16')) refuseNulCharacter(text, skip, file);
  return { text, encoding };
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
  // A UTF-16 file is full of NUL bytes by nature: its text is checked for U+0000 once decoded.
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
  if (encoding !== 'utf-8') refuseNulCharacter(text, bomLength, file);
  return { text, encoding };
}

function decodeWithoutBom(bytes: Uint8Array, file: string): Decoded {
  refuseUtf16WithoutBom(bytes, file);
  refuseBinary(bytes, 0, file);
  const utf8 = strictDecode(bytes, 'utf-8');
  if (utf8 !== null) return { text: utf8, encoding: 'utf-8' };
  const cesu = decodeCesu8(bytes);
  if (cesu !== undefined) return { text: cesu, encoding: 'cesu-8' };
  const detection = detectEncoding(bytes);
  if (detection.kind === 'sure') {
    const { text, encoding } = detection.candidate;
    return { text, encoding };
  }
  if (detection.candidates.length > 0) {
    throw new EncodingUncertainError(
      file,
      detection.candidates.map(({ encoding, confidence, preview }) => ({
        encoding,
        confidence,
        preview,
      })),
    );
  }
  const what = 'is not valid UTF-8, and no other encoding reads it';
  throw undecodable(bytes, firstInvalidUtf8(bytes), 'utf-8', what, file);
}

/** U+0000 in UTF-16 text: binary data, like a NUL byte in UTF-8 (XML and IndexedDB keys choke on it). */
function refuseNulCharacter(text: string, base: number, file: string): void {
  const at = text.indexOf('\0');
  if (at < 0) return;
  // Before the NUL, every character of UTF-16 text is one or two 2-byte units: 2 bytes per unit.
  const offset = base + 2 * at;
  throw new VersoInputError(
    'errors.binary',
    { file, offset },
    `${file} is not a text file: it has a NUL character (U+0000) at byte offset ${offset}.`,
  );
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

/**
 * A NUL byte anywhere, or many control bytes in any window of the file, mean a binary file: the whole
 * file is checked (issue 12, item 8: binary data after the first 8 KB was stored).
 */
function refuseBinary(bytes: Uint8Array, base: number, file: string): void {
  const nul = bytes.indexOf(0);
  if (nul >= 0) {
    throw new VersoInputError(
      'errors.binary',
      { file, offset: base + nul },
      `${file} is not a text file: it has a NUL byte at byte offset ${base + nul}.`,
    );
  }
  for (let start = 0; start < bytes.length; start += WINDOW_BYTES) {
    const end = Math.min(bytes.length, start + WINDOW_BYTES);
    // A table lookup per byte, no branch: the whole file is checked (a 6 MiB document in ≈ 5 ms).
    let controls = 0;
    for (let i = start; i < end; i++) controls += CONTROL_BYTES[bytes[i]!]!;
    if (controls === 0) continue;
    let firstControl = start;
    while (CONTROL_BYTES[bytes[firstControl]!] === 0) firstControl++;
    if (controls / (end - start) > MAX_CONTROL_SHARE) {
      throw new VersoInputError(
        'errors.binary',
        { file, offset: base + firstControl },
        `${file} is not a text file: ${controls} of its ${end - start} bytes from byte offset ${base + start} are control codes (the first at byte offset ${base + firstControl}).`,
      );
    }
  }
}

/** 1 for each control byte (see {@link isControlByte}), 0 for the others. */
const CONTROL_BYTES = Uint8Array.from({ length: 256 }, (_, b) => (isControlByte(b) ? 1 : 0));

/** C0 controls and DEL, except tab, line feed, vertical tab, form feed, carriage return and escape. */
function isControlByte(b: number): boolean {
  return (b < 0x20 && !(b >= 0x09 && b <= 0x0d) && b !== 0x1b) || b === 0x7f;
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
