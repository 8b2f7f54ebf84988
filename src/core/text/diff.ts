/**
 * Word-level diff of two versions of a segment, the one wrapper around diff-match-patch (GUIDE part 3).
 * Latin-script text differs by whole words; CJK text, written without spaces, by character.
 */
import DiffMatchPatch from 'diff-match-patch';
import { tokenize, wordCount } from './tokens.ts';

export { forEachToken, tokenize, wordCount, type TokenKind } from './tokens.ts';

/** What a diff run does to the old text. */
export type DiffKind = 'equal' | 'insert' | 'delete';

/** One run of a diff: text kept, inserted or deleted. */
export interface DiffOp {
  readonly kind: DiffKind;
  readonly text: string;
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
  // Stryker disable next-line ArrayDeclaration: a start value is overwritten, as the first token gets code 0
  const tokens: string[] = [];
  const encode = (list: readonly string[]): string | null => {
    // Stryker disable next-line ArrayDeclaration: the length only preallocates; every index is then set
    const units = new Array<number>(list.length);
    for (let i = 0; i < list.length; i += 1) {
      const token = list[i]!;
      let unit = codes.get(token);
      if (unit === undefined) {
        if (codes.size >= TOKEN_CAPACITY) return null;
        // Stryker disable next-line EqualityOperator: token 55,296 coded 0xD800 instead of 0xE000, and no code is reused; diff-match-patch treats both units alike (not a letter, digit or space)
        unit = codes.size < 0xd800 ? codes.size : codes.size + 0x800;
        codes.set(token, unit);
        tokens[unit] = token;
      }
      units[i] = unit;
    }
    let out = '';
    // Stryker disable next-line EqualityOperator: one more pass at i = units.length appends String.fromCharCode() = ''
    for (let i = 0; i < units.length; i += 4096)
      out += String.fromCharCode(...units.slice(i, i + 4096));
    return out;
  };
  const b = encode(before);
  if (b === null) return null;
  const a = encode(after);
  return a === null ? null : { before: b, after: a, tokens };
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
