/**
 * Guessing the encoding of a file that is neither UTF-8 nor marked by a byte-order mark (issue 12,
 * item 7): a Latin-1 "Größe für Mädchen" also decodes as GB18030 ("Gr鲞e f黵 M鋎chen"), so decoding
 * without an error proves nothing. chardet (ICU's detector, pure JavaScript) scores the candidates by
 * their byte statistics; only a clear winner is taken, and otherwise the user is asked, with each
 * reading to compare.
 */
import { analyse } from 'chardet';

/** A reading of the file in one encoding. */
export interface EncodingCandidate {
  /** The WHATWG name (`windows-1252`, `gb18030`…), as TextDecoder reports it. */
  readonly encoding: string;
  /** chardet's confidence, 0–100. */
  readonly confidence: number;
  /** The file's first line with a non-ASCII character, read in this encoding (at most 80 characters). */
  readonly preview: string;
  readonly text: string;
}

/** What {@link detectEncoding} concludes. */
export type Detection =
  | { readonly kind: 'sure'; readonly candidate: EncodingCandidate }
  | { readonly kind: 'unsure'; readonly candidates: readonly EncodingCandidate[] };

/** Bytes chardet looks at: its statistics settle long before, and it costs milliseconds per 10 KB. */
const SAMPLE_BYTES = 32 * 1024;
/** Confidence a winner needs, and its lead over the next reading that decodes. */
const SURE_CONFIDENCE = 80;
const SURE_LEAD = 25;
const MAX_CANDIDATES = 3;
const PREVIEW_CHARS = 80;

/**
 * The encodings `bytes` decode in without error, best first, and whether the best is a clear winner.
 * `gb18030` is always tried (chardet may not rank Chinese it cannot sample well).
 */
export function detectEncoding(bytes: Uint8Array): Detection {
  const matches = analyse(bytes.subarray(0, SAMPLE_BYTES));
  const seen = new Set<string>();
  const candidates: EncodingCandidate[] = [];
  const consider = (label: string, confidence: number): void => {
    const encoding = canonical(label);
    if (encoding === undefined || seen.has(encoding) || encoding.startsWith('utf-')) return;
    seen.add(encoding);
    const text = decodeStrictly(bytes, encoding);
    // Encodings that read the file alike (Windows-1252, ISO-8859-2 and -9 on German) are one reading.
    if (text === undefined || candidates.some((c) => c.text === text)) return;
    candidates.push({ encoding, confidence, preview: preview(text), text });
  };
  for (const m of matches) consider(m.name, m.confidence);
  consider('gb18030', 0);
  candidates.sort((a, b) => b.confidence - a.confidence);
  const [best, next] = candidates;
  const sure =
    best !== undefined &&
    (next === undefined ||
      (best.confidence >= SURE_CONFIDENCE && best.confidence - next.confidence >= SURE_LEAD));
  return sure
    ? { kind: 'sure', candidate: best }
    : { kind: 'unsure', candidates: candidates.slice(0, MAX_CANDIDATES) };
}

/** The WHATWG name of an encoding label, or `undefined` when TextDecoder does not know it. */
export function canonical(label: string): string | undefined {
  try {
    return new TextDecoder(label).encoding;
  } catch {
    return undefined;
  }
}

function decodeStrictly(bytes: Uint8Array, encoding: string): string | undefined {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/**
 * How the start of `bytes` reads in each of `encodings` (issue 12 item 7: the app asks which reading is
 * right). Only a prefix is decoded, not fatally, so it is cheap on the page whatever the file's size.
 */
export function encodingReadings(
  bytes: Uint8Array,
  encodings: readonly string[],
): { readonly encoding: string; readonly preview: string }[] {
  const head = bytes.subarray(0, SAMPLE_BYTES);
  return encodings.flatMap((label) => {
    const encoding = canonical(label);
    return encoding === undefined
      ? []
      : [
          {
            encoding,
            preview: preview(new TextDecoder(encoding, { ignoreBOM: true }).decode(head)),
          },
        ];
  });
}

/** The first line holding a non-ASCII character: where two readings differ. */
function preview(text: string): string {
  const at = text.search(/[^\x00-\x7f]/);
  const start = at < 0 ? 0 : Math.max(text.lastIndexOf('\n', at) + 1, at - 30);
  const end = text.indexOf('\n', start);
  const line = text.slice(start, end < 0 ? undefined : end).trim();
  return line.length > PREVIEW_CHARS ? `${line.slice(0, PREVIEW_CHARS)}…` : line;
}
