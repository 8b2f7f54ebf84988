/**
 * Matches for a segment (issue 16, deliverable 2): candidates from the index, re-scored by edit
 * distance, the best few scored in full (score.ts) with their diff.
 *
 * 1. The query's content terms are looked up in the key field's posting lists (source, or MT for a
 *    segment without a source), counting for each unit the tokens both share (a multiset
 *    intersection; two numbers always count as shared, see score.ts). A unit of `m` content tokens
 *    sharing `c` with a query of `n` has an edit distance of at least `max(n, m) − c`, so its base
 *    percentage is at most `100 · c / max(n, m)`: units below the threshold are never looked at.
 * 2. Units are taken in decreasing order of that bound and re-scored by the Levenshtein distance of
 *    their content tokens (the base of score.ts), until the bound falls below both the threshold and
 *    the `limit`-th best base found minus the largest penalty, or {@link DEFAULT_MAX_CANDIDATES}
 *    have been re-scored.
 * 3. The units that may still rank — base within the largest penalty of the `limit`-th best — are
 *    scored in full, diffed, marked 100 % or 101 % (context), ranked and cut to `limit`.
 */
import { wordDiff, type DiffOp } from '../text/diff.ts';
import {
  termsOf,
  postingCount,
  postingSlot,
  type FieldIndex,
  type Vocabulary,
} from './field-index.ts';
import { keyOf, type KeyField, type MemoryUnit, type UnitContext } from './model.ts';
import {
  MATCH_PENALTIES,
  scoreMatch,
  type MatchDifference,
  type MatchPenalties,
  type Substitution,
} from './score.ts';

/** What to find matches for: the focused segment. */
export interface LookupQuery {
  /** The segment's source; when it has none, its `mt` is compared with the units' MTs. */
  readonly source?: string;
  readonly mt?: string;
  /** The key texts (source, or MT) of the segments before and after it, for context matches. */
  readonly context?: UnitContext;
}

/** How many matches, how good. */
export interface LookupOptions {
  /** Lowest match percentage shown (default {@link DEFAULT_THRESHOLD}). */
  readonly threshold?: number;
  /** Most matches returned (default {@link DEFAULT_LIMIT}, the Ctrl+1…9 keys). */
  readonly limit?: number;
  /** Most units re-scored by edit distance (default {@link DEFAULT_MAX_CANDIDATES}). */
  readonly maxCandidates?: number;
  readonly penalties?: MatchPenalties;
}

/** Trados Studio's default minimum match value; memoQ's lowest fuzzy band starts at 50. */
export const DEFAULT_THRESHOLD = 70;
export const DEFAULT_LIMIT = 9;
export const DEFAULT_MAX_CANDIDATES = 300;

/** What kind of match: 101 % context, 100 % exact, or fuzzy. */
export type MatchKind = 'context' | 'exact' | 'fuzzy';

/** One match for the segment. */
export interface TmMatch {
  readonly unit: MemoryUnit;
  /** Which texts were compared: sources, or MTs ("this MT sentence was corrected before as…"). */
  readonly by: KeyField;
  /** 0–101: 101 a context match, 100 an exact one. */
  readonly score: number;
  readonly kind: MatchKind;
  readonly differences: readonly MatchDifference[];
  /** Diff from the stored text (the unit's source or MT) to the current one. */
  readonly diff: readonly DiffOp[];
  /** The unit's target, numbers and placeholders substituted (what Ctrl+N inserts). */
  readonly target: string;
  readonly substitutions: readonly Substitution[];
}

/** What the lookup reads of a memory. */
export interface LookupIndex {
  readonly vocabulary: Vocabulary;
  field(name: KeyField): FieldIndex;
  unitAt(slot: number): MemoryUnit | undefined;
  readonly slotCount: number;
}

let counts = new Uint16Array(1024);
let rows = new Int32Array(256);

/** The ranked matches for `query` (see the module comment). */
export function lookup(
  index: LookupIndex,
  query: LookupQuery,
  options: LookupOptions = {},
): TmMatch[] {
  const by: KeyField = query.source !== undefined ? 'source' : 'mt';
  const text = query.source ?? query.mt ?? '';
  const threshold = options.threshold ?? DEFAULT_THRESHOLD;
  const limit = options.limit ?? DEFAULT_LIMIT;
  const penalties = options.penalties ?? MATCH_PENALTIES;
  if (limit <= 0) return [];
  const field = index.field(by);
  const terms = termsOf(text, index.vocabulary, false);
  const n = terms.forward.length;
  if (n === 0) return [];
  const candidates = boundedCandidates(index, field, terms.terms, terms.numbers, n, threshold);
  const query32 = Int32Array.from(terms.forward);
  const maxCandidates = options.maxCandidates ?? DEFAULT_MAX_CANDIDATES;
  const bases: { slot: number; base: number }[] = [];
  const best: number[] = []; // the `limit` best bases, descending
  for (let k = 0; k < candidates.length && k < maxCandidates; k++) {
    const { slot, bound } = candidates[k]!;
    const floor = Math.max(threshold, (best[limit - 1] ?? 0) - penalties.maxTotal);
    if (bound < floor) break;
    const stored = field.forwardOf(slot);
    const longest = Math.max(n, stored.length);
    const allowed = longest - Math.ceil((floor * longest) / 100);
    const edits = levenshtein(query32, stored, allowed);
    if (edits > allowed) continue;
    const base = Math.floor((100 * (longest - edits)) / longest);
    bases.push({ slot, base });
    insertDescending(best, base, limit);
  }
  const cut = Math.max(threshold, (best[limit - 1] ?? 0) - penalties.maxTotal);
  const matches: TmMatch[] = [];
  for (const { slot, base } of bases) {
    if (base < cut) continue;
    const unit = index.unitAt(slot)!;
    const match = fullMatch(unit, by, text, query.context, penalties);
    if (match.score >= threshold) matches.push(match);
  }
  return matches.sort(byRank).slice(0, limit);
}

/** Units whose bound reaches the threshold, best bound first. */
function boundedCandidates(
  index: LookupIndex,
  field: FieldIndex,
  terms: readonly number[],
  queryNumbers: number,
  n: number,
  threshold: number,
): { slot: number; bound: number }[] {
  if (counts.length < index.slotCount) counts = new Uint16Array(index.slotCount * 2);
  const touched: number[] = [];
  const sorted = terms.filter((t) => t >= 0).sort((a, b) => a - b);
  for (let k = 0; k < sorted.length;) {
    const term = sorted[k]!;
    let run = 1;
    while (sorted[k + run] === term) run++;
    k += run;
    for (const posting of field.postingsOf(term)) {
      const slot = postingSlot(posting);
      const count = counts[slot]!;
      if (count === 0) touched.push(slot);
      counts[slot] = count + Math.min(run, postingCount(posting));
    }
  }
  const out: { slot: number; bound: number }[] = [];
  for (const slot of touched) {
    const shared = counts[slot]!;
    counts[slot] = 0;
    const m = field.lengths[slot]!;
    if (m < 0) continue;
    // Numbers count as shared up to the smaller count (any number aligns with any other).
    const numbers = Math.min(queryNumbers, field.numberCounts[slot]!);
    const bound = Math.floor((100 * Math.min(shared + numbers, m, n)) / Math.max(n, m));
    if (bound >= threshold) out.push({ slot, bound });
  }
  return out.sort((a, b) => b.bound - a.bound || a.slot - b.slot);
}

/** Scores one unit in full: percentage, 100/101 %, diff, substituted target. */
function fullMatch(
  unit: MemoryUnit,
  by: KeyField,
  current: string,
  context: UnitContext | undefined,
  penalties: MatchPenalties,
): TmMatch {
  const stored = (by === 'source' ? unit.source : unit.mt) ?? '';
  const scored = scoreMatch(current, stored, unit.target, penalties);
  const inContext = scored.score === 100 && sameContext(unit, by, context);
  return {
    unit,
    by,
    score: inContext ? 101 : scored.score,
    kind: inContext ? 'context' : scored.score === 100 ? 'exact' : 'fuzzy',
    differences: scored.differences,
    diff: wordDiff(stored, current),
    target: scored.target,
    substitutions: scored.substitutions,
  };
}

/**
 * memoQ's text-flow context: the segments before and after are the same as when the unit was
 * stored. Both sides must be known; the unit's context is of its key, so it counts only when the
 * lookup compares that key.
 */
function sameContext(unit: MemoryUnit, by: KeyField, context: UnitContext | undefined): boolean {
  const stored = unit.context;
  if (!stored || !context || keyOf(unit).field !== by) return false;
  return (
    stored.before !== undefined &&
    stored.after !== undefined &&
    stored.before === context.before &&
    stored.after === context.after
  );
}

/** Best first; among equals the most recently changed, then the most used, then by id. */
function byRank(a: TmMatch, b: TmMatch): number {
  return (
    b.score - a.score ||
    b.unit.changedAt - a.unit.changedAt ||
    b.unit.uses - a.unit.uses ||
    (a.unit.id < b.unit.id ? -1 : a.unit.id > b.unit.id ? 1 : 0)
  );
}

/** Keeps the `limit` largest values of `list` in descending order. */
function insertDescending(list: number[], value: number, limit: number): void {
  if (list.length >= limit && value <= list[limit - 1]!) return;
  let k = list.length;
  list.push(value);
  while (k > 0 && list[k - 1]! < value) {
    list[k] = list[k - 1]!;
    k--;
  }
  list[k] = value;
  if (list.length > limit) list.length = limit;
}

/**
 * Levenshtein distance of two id lists, or `allowed + 1` as soon as it must exceed `allowed` (every
 * cell of a row above it: the distance only grows from there).
 */
export function levenshtein(a: Int32Array, b: Int32Array, allowed: number): number {
  const n = a.length;
  const m = b.length;
  if (Math.abs(n - m) > allowed) return allowed + 1;
  if (rows.length < 2 * (m + 1)) rows = new Int32Array(4 * (m + 1));
  let previous = 0;
  let current = m + 1;
  for (let j = 0; j <= m; j++) rows[j] = j;
  for (let i = 1; i <= n; i++) {
    rows[current] = i;
    let rowMin = i;
    const ai = a[i - 1]!;
    for (let j = 1; j <= m; j++) {
      const diagonal = rows[previous + j - 1]! + (ai === b[j - 1] ? 0 : 1);
      const up = rows[previous + j]! + 1;
      const left = rows[current + j - 1]! + 1;
      const value = diagonal < up ? (diagonal < left ? diagonal : left) : up < left ? up : left;
      rows[current + j] = value;
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > allowed) return allowed + 1;
    const swap = previous;
    previous = current;
    current = swap;
  }
  return rows[previous + m]!;
}
