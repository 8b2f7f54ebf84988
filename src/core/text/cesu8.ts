/**
 * CESU-8 (Unicode TR #26; Java's "modified UTF-8" without its NUL rule): UTF-8 in which a character
 * beyond U+FFFF is written as its two UTF-16 surrogates, three bytes each (ED A0–AF xx, ED B0–BF xx).
 * Strict UTF-8 refuses those bytes; a reader guessing another encoding made "😀" into "頎€戆€" (issue
 * 12, item 7). A file that is valid UTF-8 but for well-paired surrogate sequences can only be CESU-8.
 */

/**
 * The text of CESU-8 bytes, or `undefined` when they are not CESU-8 with at least one surrogate pair
 * (plain UTF-8 is for the UTF-8 decoder; a lone surrogate is not text).
 */
export function decodeCesu8(bytes: Uint8Array): string | undefined {
  const parts: string[] = [];
  let start = 0;
  let pairs = 0;
  for (let i = 0; i + 5 < bytes.length; i++) {
    if (bytes[i] !== 0xed || !isHigh(bytes, i)) continue;
    if (bytes[i + 3] !== 0xed || !isLow(bytes, i + 3)) return undefined;
    const high = surrogate(bytes, i);
    const low = surrogate(bytes, i + 3);
    const utf8 = strictUtf8(bytes.subarray(start, i));
    if (utf8 === undefined) return undefined;
    parts.push(utf8, String.fromCharCode(high, low));
    pairs++;
    i += 5;
    start = i + 1;
  }
  const rest = strictUtf8(bytes.subarray(start));
  if (pairs === 0 || rest === undefined) return undefined;
  parts.push(rest);
  return parts.join('');
}

function isHigh(bytes: Uint8Array, i: number): boolean {
  const b = bytes[i + 1]!;
  return b >= 0xa0 && b <= 0xaf && (bytes[i + 2]! & 0xc0) === 0x80;
}

function isLow(bytes: Uint8Array, i: number): boolean {
  const b = bytes[i + 1]!;
  return b >= 0xb0 && b <= 0xbf && (bytes[i + 2]! & 0xc0) === 0x80;
}

/** The UTF-16 unit a three-byte surrogate sequence stands for. */
function surrogate(bytes: Uint8Array, i: number): number {
  return ((bytes[i]! & 0x0f) << 12) | ((bytes[i + 1]! & 0x3f) << 6) | (bytes[i + 2]! & 0x3f);
}

function strictUtf8(bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return undefined;
  }
}
