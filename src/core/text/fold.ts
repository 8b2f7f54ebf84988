/**
 * Text as search compares it (issue 12, item 14): "café" typed with a composed é must find "café"
 * stored with e + combining acute, and "istanbul" must find "İstanbul". Searching runs on a folded
 * copy — each character with its combining marks in NFC, and, unless case matters, case-folded — and a
 * map leads every offset of the copy back to the original, so hits replace the original characters.
 */

/** A folded copy of a text, and the way back to the original's offsets. */
export interface FoldedText {
  readonly text: string;
  /**
   * The original offset of folded offset `i` (0 ≤ i ≤ text.length), or -1 when `i` falls inside what
   * one original character became ("ß" folds to "ss": the offset between the two s has none).
   */
  original(i: number): number;
}

/** The next character that is not ASCII. */
const NON_ASCII = /[^\x00-\x7f]/g;
/** A combining mark: it belongs to the character before it. */
const MARK = /\p{M}/u;
/** Folded units by unit; bounded so a hostile text cannot grow it without end. */
const cache = new Map<string, string>();
const CACHE_LIMIT = 10_000;

/**
 * Where folding changed the length of the text: `length` original units became `foldedLength` units
 * at `folded` (offsets between them have no original).
 */
interface Change {
  readonly original: number;
  readonly length: number;
  readonly folded: number;
  readonly foldedLength: number;
}

/**
 * The folded copy of `text`: NFC per character, and with `caseFold` the full case folding of each
 * character (ß and ẞ → ss, İ and ı → i, ς → σ, ﬁ → fi), so that lengths may change. ASCII runs are
 * folded whole; only where a length changes is a note kept, so most offsets map back by a difference.
 */
export function foldText(text: string, caseFold: boolean): FoldedText {
  const parts: string[] = [];
  const changes: Change[] = [];
  let folded = 0;
  let i = 0;
  while (i < text.length) {
    NON_ASCII.lastIndex = i;
    let next = NON_ASCII.exec(text)?.index ?? text.length;
    // A combining mark belongs to the (ASCII) character before it: "e" + U+0301 is one é.
    if (next > i && next < text.length && isMark(text, next)) next -= 1;
    if (next > i) {
      const run = text.slice(i, next);
      parts.push(caseFold ? run.toLowerCase() : run);
      folded += next - i;
      i = next;
      if (i >= text.length) break;
    }
    let end = i + ((text.codePointAt(i) ?? 0) > 0xffff ? 2 : 1);
    while (end < text.length && isMark(text, end)) end += 1;
    const unit = text.slice(i, end);
    const result = isPlain(unit) ? unit : foldUnit(unit, caseFold);
    if (result.length !== unit.length) {
      changes.push({ original: i, length: unit.length, folded, foldedLength: result.length });
    }
    parts.push(result);
    folded += result.length;
    i = end;
  }
  return { text: parts.join(''), original: (offset) => originalOffset(changes, offset, folded) };
}

function isMark(text: string, i: number): boolean {
  return text.charCodeAt(i) >= 0x300 && MARK.test(text[i]!);
}

/** CJK ideographs, kana and hangul have no case and no decomposition: most non-ASCII text. */
function isPlain(unit: string): boolean {
  if (unit.length !== 1) return false;
  const c = unit.charCodeAt(0);
  return (c >= 0x3040 && c <= 0x9fff) || (c >= 0xac00 && c <= 0xd7a3);
}

function originalOffset(changes: readonly Change[], offset: number, length: number): number {
  if (offset < 0 || offset > length) return -1;
  // The last change starting at or before `offset` (binary search: changes are in text order).
  let low = 0;
  let high = changes.length - 1;
  let found: Change | undefined;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const change = changes[mid]!;
    if (change.folded <= offset) {
      found = change;
      low = mid + 1;
    } else high = mid - 1;
  }
  if (found === undefined) return offset;
  const after = found.folded + found.foldedLength;
  if (offset === found.folded) return found.original;
  if (offset < after) return -1;
  return found.original + found.length + (offset - after);
}
function foldUnit(unit: string, caseFold: boolean): string {
  const key = caseFold ? `f${unit}` : `n${unit}`;
  let folded = cache.get(key);
  if (folded === undefined) {
    folded = unit.normalize('NFC');
    if (caseFold) {
      // Lower, upper, lower: upper case expands ß to SS and maps ς to Σ, ı to I. İ is I with a dot
      // above, whose lower case keeps the dot (i + U+0307); Turkish text means plain i by it.
      folded = folded
        .replace(/\u0130/g, 'I')
        .toLowerCase()
        .toUpperCase()
        .toLowerCase();
      folded = folded.normalize('NFC');
    }
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(key, folded);
  }
  return folded;
}
