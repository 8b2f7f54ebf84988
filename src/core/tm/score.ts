/**
 * The match percentage of a stored unit for the current segment (issue 16, deliverable 2), as CAT
 * tools compute it:
 *
 * 1. **Content similarity** (OmegaT's `FuzzyMatcher.calcSimilarity`): the token-level Levenshtein
 *    distance `d` between the two texts' content tokens — words for Latin scripts, each CJK character
 *    on its own, numbers — and `base = ⌊100 · (max(n, m) − d) / max(n, m)⌋` for texts of `n` and `m`
 *    content tokens. Case and compatibility forms (`Ａ`/`A`) do not count here, nor does the value of
 *    a number: any number aligns with any other (step 2 prices that).
 * 2. **Fixed penalties** for what CAT tools call near-exact differences (memoQ, "Match rates from
 *    translation memories": 95–99 % when "numbers, tags, punctuation marks and spaces might be
 *    different"; Trados Studio's TM penalties, default 1 % for missing or different formatting), one
 *    per kind of difference, whatever the number of places: {@link MATCH_PENALTIES}. A differing
 *    number costs 1 when it can be substituted in the stored target (memoQ, "TM match scoring and
 *    number substitution": "if two segments differ only in numbers, and the numbers in the
 *    translation can be fixed up automatically, the match rate is 99 %"), 2 when it cannot; the
 *    match's target then carries the current numbers. Inline-code placeholders are substituted alike.
 * 3. `score = min(99, base − penalties)`: only identical texts score 100. Context (101 %) is the
 *    lookup's.
 *
 * The alignment that gives both is one dynamic programme over all non-space tokens, minimising
 * content edits first and then the penalised differences, so the diff categories come from the same
 * alignment as the percentage.
 */
import { isContent, matchTokens, type MatchToken } from './tokens.ts';

/** Kinds of difference between the stored and the current text. `text`: content words differ. */
export type MatchDifference = 'text' | 'case' | 'numbers' | 'punctuation' | 'codes' | 'whitespace';

/** Points taken off the content similarity per kind of difference (see the module comment). */
export interface MatchPenalties {
  /** Words that differ only in case or compatibility form. */
  readonly case: number;
  /** White space alone (doubled, missing between CJK words, leading, trailing). */
  readonly whitespace: number;
  /** Punctuation added, removed or changed (full-width for half-width included). */
  readonly punctuation: number;
  /** Inline codes added, removed or different. */
  readonly codes: number;
  /** Numbers that differ, all substituted in the target. */
  readonly numbers: number;
  /** Numbers that differ, not all of which could be substituted in the target. */
  readonly numbersNotSubstituted: number;
  /** At most this much in all: near-exact differences alone stay in memoQ's 95–99 % band. */
  readonly maxTotal: number;
}

/** Verso's penalties (issue 16; the sources in the module comment). */
export const MATCH_PENALTIES: MatchPenalties = {
  case: 1,
  whitespace: 1,
  punctuation: 1,
  codes: 1,
  numbers: 1,
  numbersNotSubstituted: 2,
  maxTotal: 5,
};

/** A number or placeholder of the stored text replaced by the current one in the target. */
export interface Substitution {
  readonly from: string;
  readonly to: string;
}

/** How a stored text compares with the current one. */
export interface MatchScore {
  /** The match percentage, 0–100 (100 only for identical texts). */
  readonly score: number;
  /** The content similarity alone (step 1), 0–100. */
  readonly base: number;
  /** Content tokens inserted, deleted or replaced. */
  readonly edits: number;
  /** The kinds of difference, in the order of {@link MatchDifference}'s declaration. */
  readonly differences: readonly MatchDifference[];
  /** The stored target with the current numbers and placeholders put in where that was certain. */
  readonly target: string;
  /** The substitutions made in `target`. */
  readonly substitutions: readonly Substitution[];
}

const ORDER: readonly MatchDifference[] = [
  'text',
  'case',
  'numbers',
  'punctuation',
  'codes',
  'whitespace',
];

/** Cost of one content edit in the alignment; a penalised difference costs 1. */
const EDIT = 1 << 12;
const NEVER = 1 << 29;
/** Alignments larger than this (cells) fall back to content-only scoring. */
const MAX_CELLS = 4_000_000;

/**
 * Scores `stored` (a unit's source or MT) against `current` (the segment's), and adapts the unit's
 * `target` (see the module comment for the formula).
 */
export function scoreMatch(
  current: string,
  stored: string,
  target: string,
  penalties: MatchPenalties = MATCH_PENALTIES,
): MatchScore {
  if (current === stored) {
    return { score: 100, base: 100, edits: 0, differences: [], target, substitutions: [] };
  }
  const q = matchTokens(current);
  const s = matchTokens(stored);
  const aligned = align(q, s, current, stored);
  const found = new Set<MatchDifference>(aligned.differences);
  const { text, substitutions, complete } = substitute(target, aligned.changed);
  if (found.size === 0) found.add('whitespace'); // different, yet every token agrees
  const contentQ = q.filter(isContent).length;
  const contentS = s.filter(isContent).length;
  const longest = Math.max(contentQ, contentS);
  const base = longest === 0 ? 100 : Math.floor((100 * (longest - aligned.edits)) / longest);
  let minor = 0;
  for (const kind of found) {
    if (kind === 'numbers') minor += complete ? penalties.numbers : penalties.numbersNotSubstituted;
    else if (kind !== 'text') minor += penalties[kind];
  }
  const score = Math.min(99, Math.max(0, base - Math.min(minor, penalties.maxTotal)));
  return {
    score,
    base,
    edits: aligned.edits,
    differences: ORDER.filter((kind) => found.has(kind)),
    target: text,
    substitutions,
  };
}

/** A stored number or placeholder and what the current text has in its place (`undefined`: nothing). */
interface Changed {
  readonly from: MatchToken;
  readonly to: string | undefined;
}

interface Alignment {
  readonly edits: number;
  readonly differences: readonly MatchDifference[];
  /** Every number and placeholder of the stored text, with its counterpart, in stored order. */
  readonly changed: readonly Changed[];
}

let table = new Int32Array(0);

/** The cheapest alignment of the current tokens `q` with the stored tokens `s` (module comment). */
function align(
  q: readonly MatchToken[],
  s: readonly MatchToken[],
  current: string,
  stored: string,
): Alignment {
  const n = q.length;
  const m = s.length;
  const width = m + 1;
  if ((n + 1) * width > MAX_CELLS) return contentOnly(q, s);
  if (table.length < (n + 1) * width) table = new Int32Array((n + 1) * width * 2);
  const cost = table;
  cost[0] = 0;
  for (let j = 1; j <= m; j++) cost[j] = cost[j - 1]! + gapCost(s[j - 1]!);
  for (let i = 1; i <= n; i++) {
    const row = i * width;
    const a = q[i - 1]!;
    const gapA = gapCost(a);
    cost[row] = cost[row - width]! + gapA;
    for (let j = 1; j <= m; j++) {
      const b = s[j - 1]!;
      const diagonal = cost[row - width + j - 1]! + pairCost(a, b);
      const up = cost[row - width + j]! + gapA;
      const left = cost[row + j - 1]! + gapCost(b);
      cost[row + j] =
        diagonal <= up ? (diagonal <= left ? diagonal : left) : up <= left ? up : left;
    }
  }
  // Walk back, preferring pairs, and name what each step changed.
  const differences = new Set<MatchDifference>();
  const changed: Changed[] = [];
  let edits = 0;
  const gap = (token: MatchToken): void => {
    if (isContent(token)) {
      edits++;
      differences.add('text');
    } else differences.add(token.kind === 'code' ? 'codes' : 'punctuation');
  };
  let i = n;
  let j = m;
  // White space is compared between tokens paired with each other, when their neighbours (or the
  // ends of the texts) are paired too: elsewhere it moved with a token added or removed.
  let pairedAfter = true;
  while (i > 0 || j > 0) {
    const here = cost[i * width + j]!;
    const a = q[i - 1];
    const b = s[j - 1];
    if (a && b && cost[(i - 1) * width + j - 1]! + pairCost(a, b) === here) {
      if (pairCost(a, b) >= EDIT) {
        edits++;
        differences.add('text');
      } else if (a.text !== b.text) differences.add(kindOfChange(a));
      if (pairedAfter && spaceAfter(q, i, current) !== spaceAfter(s, j, stored))
        differences.add('whitespace');
      pairedAfter = true;
      if (b.kind === 'number' || b.kind === 'code') changed.push({ from: b, to: a.text });
      i--;
      j--;
    } else if (a && cost[(i - 1) * width + j]! + gapCost(a) === here) {
      gap(a);
      pairedAfter = false;
      i--;
    } else {
      gap(b!);
      if (b!.kind === 'number' || b!.kind === 'code') changed.push({ from: b!, to: undefined });
      pairedAfter = false;
      j--;
    }
  }
  if (pairedAfter && n > 0 && m > 0 && q[0]!.space !== s[0]!.space) differences.add('whitespace');
  return { edits, differences: [...differences], changed: changed.reverse() };
}

/** The white space after the `k`-th token (1-based): before the next one, or at the end. */
function spaceAfter(tokens: readonly MatchToken[], k: number, text: string): string {
  return k < tokens.length ? tokens[k]!.space : text.slice(tokens[k - 1]!.end);
}

function kindOfChange(token: MatchToken): MatchDifference {
  switch (token.kind) {
    case 'word':
      return 'case';
    case 'number':
      return 'numbers';
    case 'code':
      return 'codes';
    case 'punct':
      return 'punctuation';
  }
}

/** Cost of leaving a token unmatched: a content edit, or one penalised difference. */
function gapCost(token: MatchToken): number {
  return isContent(token) ? EDIT : 1;
}

/** Cost of aligning two tokens (see the module comment); `NEVER` across content and the rest. */
function pairCost(a: MatchToken, b: MatchToken): number {
  if (a.kind === 'word' || a.kind === 'number') {
    if (b.kind !== a.kind) return b.kind === 'word' || b.kind === 'number' ? EDIT : NEVER;
    if (a.text === b.text) return 0;
    return a.kind === 'number' || a.norm === b.norm ? 1 : EDIT;
  }
  if (a.kind !== b.kind) return NEVER;
  return a.text === b.text ? 0 : 1;
}

/** Huge texts: content tokens only, two rows, no categories beyond `text`. */
function contentOnly(q: readonly MatchToken[], s: readonly MatchToken[]): Alignment {
  const a = q.filter(isContent).map((t) => (t.kind === 'number' ? '\u0000#' : t.norm));
  const b = s.filter(isContent).map((t) => (t.kind === 'number' ? '\u0000#' : t.norm));
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      const same = a[i - 1] === b[j - 1] ? 0 : 1;
      row[j] = Math.min(previous[j - 1]! + same, previous[j]! + 1, row[j - 1]! + 1);
    }
    previous = row;
  }
  const edits = previous[b.length]!;
  return { edits, differences: edits > 0 ? ['text'] : [], changed: [] };
}

/**
 * The target with the stored numbers and placeholders that changed replaced by the current ones.
 * A value is replaced only when the target has it as often as the stored text (each occurrence then
 * maps to the one in the same rank); `complete` is false when a changed number could not be placed.
 */
function substitute(
  target: string,
  changed: readonly Changed[],
): { text: string; substitutions: Substitution[]; complete: boolean } {
  const differing = changed.filter((c) => c.to !== c.from.text);
  if (differing.length === 0) return { text: target, substitutions: [], complete: true };
  const targetTokens = matchTokens(target);
  const edits: { start: number; end: number; text: string }[] = [];
  const substitutions: Substitution[] = [];
  let complete = true;
  for (const value of new Set(differing.map((c) => c.from.text))) {
    const stored = changed.filter((c) => c.from.text === value);
    const kind = stored[0]!.from.kind;
    const places = targetTokens.filter((t) => t.text === value && t.kind === kind);
    if (places.length !== stored.length || stored.some((c) => c.to === undefined)) {
      if (kind === 'number') complete = false;
      continue;
    }
    stored.forEach((c, k) => {
      if (c.to === value || c.to === undefined) return;
      edits.push({ start: places[k]!.start, end: places[k]!.end, text: c.to });
      substitutions.push({ from: value, to: c.to });
    });
  }
  edits.sort((a, b) => b.start - a.start);
  let text = target;
  for (const e of edits) text = text.slice(0, e.start) + e.text + text.slice(e.end);
  return { text, substitutions, complete };
}
