/**
 * Word-level diff of two versions of a segment, the one wrapper around diff-match-patch (GUIDE part 3).
 * Latin-script text differs by whole words; CJK text, written without spaces, by character.
 */
import DiffMatchPatch from 'diff-match-patch';

/** What a diff run does to the old text. */
export type DiffKind = 'equal' | 'insert' | 'delete';

/** One run of a diff: text kept, inserted or deleted. */
export interface DiffOp {
  readonly kind: DiffKind;
  readonly text: string;
}

const CJK = String.raw`\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}`;

/**
 * Splits text into diff tokens; `tokenize(t).join('') === t`. A token is one CJK character; or a word
 * (letters, digits, combining marks — CJK excepted — with apostrophes between them as in "don't");
 * or a run of whitespace; or any other single code point (punctuation, symbols, a lone surrogate).
 *
 * The same tokens as the regular expression
 * `[CJK]|W+(?:['’]W+)*|\s+|[^]` (W a non-CJK letter, digit or mark; tests compare the two), found
 * by a scan over a per-code-unit class table instead: the diff of every keystroke, report and review
 * copy tokenizes both texts, and the expression took half of a word diff's time.
 */
export function tokenize(text: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < text.length;) {
    const end = tokenEnd(text, i);
    out.push(text.slice(i, end));
    i = end;
  }
  return out;
}

/** What a diff token is: a word (non-CJK letters, digits, marks), one CJK character, white space, or other. */
export type TokenKind = 'word' | 'cjk' | 'space' | 'other';

/**
 * Calls `visit` with the offsets and kind of each token of `text`, the tokens of {@link tokenize},
 * without building their strings: the translation memory tokenizes every unit it indexes. `counted`
 * says whether the token counts as a word ({@link wordCount}: it has a letter or a digit).
 */
export function forEachToken(
  text: string,
  visit: (start: number, end: number, kind: TokenKind, counted: boolean) => void,
): void {
  for (let i = 0; i < text.length;) {
    const c = classOf(text.codePointAt(i)!);
    const end = tokenEnd(text, i);
    const kind = c & SPACE ? 'space' : c & WORD ? 'word' : c & WORDLIKE ? 'cjk' : 'other';
    visit(i, end, kind, tokenWordlike);
    i = end;
  }
}

/**
 * Words of a text as the diff counts them: its tokens with a letter or a digit (a CJK character is
 * one). Without building the tokens: the change report counts every segment's MT and final text.
 */
export function wordCount(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length;) {
    i = tokenEnd(text, i);
    if (tokenWordlike) count += 1;
  }
  return count;
}

/**
 * Class bits: KNOWN (the table entry is filled), WORD (a non-CJK letter, digit or mark), SPACE,
 * WORDLIKE (a letter or a digit, CJK included: what makes a token count as a word).
 */
const KNOWN = 1;
const WORD = 2;
const SPACE = 4;
const WORDLIKE = 8;
const CJK_CHAR = new RegExp(`[${CJK}]`, 'u');
const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const SPACE_CHAR = /\s/u;
/** Classes of the BMP's code units, filled on first sight. */
const classes = new Uint8Array(0x10000);

/** Whether the last token `tokenEnd` found has a letter or a digit. */
let tokenWordlike = false;

/** End of the token that starts at `i` (sets `tokenWordlike`). */
function tokenEnd(text: string, i: number): number {
  const n = text.length;
  const cp = text.codePointAt(i)!;
  const c = classOf(cp);
  let wordlike = c & WORDLIKE;
  i += cp > 0xffff ? 2 : 1;
  if (c & WORD) {
    for (;;) {
      while (i < n) {
        const next = text.codePointAt(i)!;
        const nc = classOf(next);
        if ((nc & WORD) === 0) break;
        wordlike |= nc & WORDLIKE;
        i += next > 0xffff ? 2 : 1;
      }
      const unit = text.charCodeAt(i);
      if ((unit !== 0x27 && unit !== 0x2019) || i + 1 >= n) break;
      if ((classOf(text.codePointAt(i + 1)!) & WORD) === 0) break;
      i += 1;
    }
  } else if (c & SPACE) {
    while (i < n) {
      const next = text.codePointAt(i)!;
      if ((classOf(next) & SPACE) === 0) break;
      i += next > 0xffff ? 2 : 1;
    }
  }
  tokenWordlike = wordlike !== 0;
  return i;
}

function classOf(cp: number): number {
  if (cp > 0xffff) return computeClass(cp);
  let c = classes[cp]!;
  if (c === 0) classes[cp] = c = computeClass(cp);
  return c;
}

function computeClass(cp: number): number {
  const ch = String.fromCodePoint(cp);
  const wordlike = LETTER_OR_DIGIT.test(ch) ? WORDLIKE : 0;
  if (CJK_CHAR.test(ch)) return KNOWN | wordlike;
  if (WORD_CHAR.test(ch)) return KNOWN | WORD | wordlike;
  if (SPACE_CHAR.test(ch)) return KNOWN | SPACE;
  return KNOWN;
}

/** Code units a token can be mapped to: all 65,536 but the 2,048 surrogates. */
const TOKEN_CAPACITY = 0x10000 - 0x800;

/** Time budget of one diff, in milliseconds (see {@link wordDiff}). */
export const MAX_DIFF_MS = 1000;

const KIND: Readonly<Record<number, DiffKind>> = {
  [DiffMatchPatch.DIFF_EQUAL]: 'equal',
  [DiffMatchPatch.DIFF_INSERT]: 'insert',
  [DiffMatchPatch.DIFF_DELETE]: 'delete',
};

/**
 * Diffs two texts by token. Each distinct token becomes one code unit, diff-match-patch diffs those
 * strings with `Diff_Timeout = 0` (no speed-up heuristics, so the minimal, deterministic diff), and
 * `diff_cleanupSemantic` runs on the token diff before decoding: after decoding it would split words
 * again (`[-sit][+sits]` → `[=sit][+s]`).
 *
 * Invariants: the `equal` and `delete` texts concatenate to `before`, `equal` and `insert` ones to
 * `after`; adjacent ops never share a kind; no op is empty.
 *
 * Two safety valves for pathological input, neither reached by real paragraphs: Myers' algorithm takes
 * time (length × edit distance), so after {@link MAX_DIFF_MS} what is left undiffed becomes one delete
 * plus one insert; and texts with more distinct tokens than code units (63,488) fall back to
 * diff-match-patch's character diff with semantic cleanup. Both stay correct, only coarser.
 */
export function wordDiff(before: string, after: string): DiffOp[] {
  const dmp = new DiffMatchPatch();
  dmp.Diff_Timeout = 0;
  const deadline = Date.now() + MAX_DIFF_MS;
  const encoded = encodeTokens(tokenize(before), tokenize(after));
  if (!encoded) {
    const diffs = dmp.diff_main(before, after, false, deadline);
    dmp.diff_cleanupSemantic(diffs);
    return mergeOps(diffs.map(([op, text]) => ({ kind: KIND[op]!, text })));
  }
  const diffs = dmp.diff_main(encoded.before, encoded.after, false, deadline);
  dmp.diff_cleanupSemantic(diffs);
  return mergeOps(
    diffs.map(([op, codes]) => ({
      kind: KIND[op]!,
      text: decode(codes, encoded.tokens),
    })),
  );
}

function decode(codes: string, tokens: readonly string[]): string {
  let text = '';
  for (let i = 0; i < codes.length; i += 1) text += tokens[codes.charCodeAt(i)]!;
  return text;
}

/** Counts the words (and CJK characters) a diff inserts and deletes; spaces and punctuation don't count. */
export function diffStats(ops: readonly DiffOp[]): {
  inserted: number;
  deleted: number;
} {
  let inserted = 0;
  let deleted = 0;
  for (const op of ops) {
    if (op.kind === 'insert') inserted += wordCount(op.text);
    else if (op.kind === 'delete') deleted += wordCount(op.text);
  }
  return { inserted, deleted };
}

/**
 * Maps each distinct token to one code unit (surrogates skipped, so the encoded strings are well
 * formed); `tokens[code]` decodes. `null` when the two texts have more distinct tokens than code units.
 */
function encodeTokens(
  before: readonly string[],
  after: readonly string[],
): { before: string; after: string; tokens: string[] } | null {
  const codes = new Map<string, number>();
  const tokens: string[] = [];
  const encode = (list: readonly string[]): string | null => {
    const units = new Array<number>(list.length);
    for (let i = 0; i < list.length; i += 1) {
      const token = list[i]!;
      let unit = codes.get(token);
      if (unit === undefined) {
        if (codes.size >= TOKEN_CAPACITY) return null;
        unit = codes.size < 0xd800 ? codes.size : codes.size + 0x800;
        codes.set(token, unit);
        tokens[unit] = token;
      }
      units[i] = unit;
    }
    let out = '';
    for (let i = 0; i < units.length; i += 4096)
      out += String.fromCharCode(...units.slice(i, i + 4096));
    return out;
  };
  const b = encode(before);
  const a = b === null ? null : encode(after);
  return b === null || a === null ? null : { before: b, after: a, tokens };
}

/** Joins adjacent ops of the same kind and drops empty ones. */
function mergeOps(ops: readonly DiffOp[]): DiffOp[] {
  const merged: DiffOp[] = [];
  for (const op of ops) {
    if (op.text === '') continue;
    const last = merged[merged.length - 1];
    if (last?.kind === op.kind)
      merged[merged.length - 1] = { kind: op.kind, text: last.text + op.text };
    else merged.push(op);
  }
  return merged;
}
