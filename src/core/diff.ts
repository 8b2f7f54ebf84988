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
const WORD_CHAR = String.raw`(?:(?![${CJK}])[\p{L}\p{N}\p{M}])`;
/**
 * One CJK character; or a word (letters, digits, combining marks, apostrophes between them as in
 * "don't"); or a run of whitespace; or any other single code point (punctuation, symbols). Every
 * position matches, so the tokens of a text concatenate back to it.
 */
const TOKEN = new RegExp(String.raw`[${CJK}]|${WORD_CHAR}+(?:['’]${WORD_CHAR}+)*|\s+|[^]`, 'gu');
const WORDLIKE = /[\p{L}\p{N}]/u;

/** Splits text into diff tokens; `tokenize(t).join('') === t`. */
export function tokenize(text: string): string[] {
  return text.match(TOKEN) ?? [];
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
      text: Array.from(codes, (code) => encoded.tokens[code.charCodeAt(0)]!).join(''),
    })),
  );
}

/** Counts the words (and CJK characters) a diff inserts and deletes; spaces and punctuation don't count. */
export function diffStats(ops: readonly DiffOp[]): {
  inserted: number;
  deleted: number;
} {
  let inserted = 0;
  let deleted = 0;
  for (const op of ops) {
    if (op.kind === 'equal') continue;
    const words = tokenize(op.text).filter((token) => WORDLIKE.test(token)).length;
    if (op.kind === 'insert') inserted += words;
    else deleted += words;
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
  const codes = new Map<string, string>();
  const tokens: string[] = [];
  const encode = (list: readonly string[]): string | null => {
    let out = '';
    for (const token of list) {
      let code = codes.get(token);
      if (code === undefined) {
        if (codes.size >= TOKEN_CAPACITY) return null;
        const unit = codes.size < 0xd800 ? codes.size : codes.size + 0x800;
        code = String.fromCharCode(unit);
        codes.set(token, code);
        tokens[unit] = token;
      }
      out += code;
    }
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
