/**
 * Automatic classification of a reviewer's edits (issue 5, deliverable 6). The word diff of the MT and
 * the final text (diff.ts) is cut into changes — a run of deleted and/or inserted text between kept
 * text — and each change gets one label, the first of these that fits:
 *
 * 1. word order: a deleted block whose words are inserted elsewhere in the segment (what a TER block
 *    shift does; compared case-insensitively, white space collapsed);
 * 2. terminology: the change is part of replacing a term pair's `from` (a forbidden variant of a term
 *    rule, or a learned fix's phrase; a plural or possessive of it too) in the MT by its `to` in the
 *    final text — "comprehensive experimental zone" → "comprehensive pilot zone" changes only
 *    "experimental" → "pilot" (issue 11 item 11) — or it brings in the whole `to` the deleted text
 *    did not have;
 * 3. capitalisation: only letter case differs;
 * 4. punctuation/spacing: only punctuation, symbols or white space differ (letters and digits equal);
 * 5. number/date: digits, CJK numerals or month/day names are involved;
 * 6. omission: words inserted only — the MT left them out and the reviewer added them back;
 * 7. addition: words deleted only — the MT added them and the reviewer removed them;
 * 8. other: any other substitution.
 */
import { wordDiff, type DiffOp } from '../text/diff.ts';

/** The labels, in the order of the rules above (and of reports). */
export const EDIT_KINDS = [
  'word-order',
  'terminology',
  'capitalisation',
  'punctuation',
  'number',
  'omission',
  'addition',
  'other',
] as const;

/** What kind of edit a change is. `number` covers dates; `punctuation` covers spacing. */
export type EditKind = (typeof EDIT_KINDS)[number];

/** One labelled change: the MT text it replaced (`''` for an insertion) and the final text. */
export interface ClassifiedEdit {
  readonly kind: EditKind;
  readonly from: string;
  readonly to: string;
}

/** A term rule or learned fix: `to` is the preferred wording, `from` what it replaces (may be ''). */
export interface TermPair {
  readonly from: string;
  readonly to: string;
  /** `from` is a regular expression (a term rule's variant may be one; see termPairsOf). */
  readonly regex?: boolean;
}

/** Options of {@link classifyEdits}. */
export interface ClassifyOptions {
  /** Term rules and learned fixes; an edit that brings one's `to` in is terminology. */
  readonly terms?: readonly TermPair[];
}

const NUMBER_OR_DATE = new RegExp(
  [
    String.raw`\p{Nd}`,
    // CJK numerals: a run of them, or one with a date or time unit (一 alone is a common word part).
    '[〇零一二三四五六七八九十百千万亿两]{2,}|[〇零一二三四五六七八九十两][年月日号时分秒]',
    String.raw`\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b`,
  ].join('|'),
  'iu',
);
const NOT_LETTER_OR_DIGIT = /[^\p{L}\p{N}\p{M}]/gu;

/** The labelled changes from `mt` to `final`, in text order (moves at their deletion). */
export function classifyEdits(
  mt: string,
  final: string,
  options: ClassifyOptions = {},
): ClassifiedEdit[] {
  return mt === final ? [] : classifyDiff(wordDiff(mt, final), options);
}

/** The labelled changes of a word diff already computed (see {@link classifyEdits}). */
export function classifyDiff(
  ops: readonly DiffOp[],
  options: ClassifyOptions = {},
): ClassifiedEdit[] {
  return locateEdits(ops, options).map(({ kind, from, to }) => ({ kind, from, to }));
}

/**
 * A classified edit with where it is: its MT text at `[mtStart, mtEnd)` of the MT, its final text at
 * `[finalStart, finalEnd)` of the final text. A move (word order) is placed where its words were in
 * the MT and where they are in the final text.
 */
export interface LocatedEdit extends ClassifiedEdit {
  readonly mtStart: number;
  readonly mtEnd: number;
  readonly finalStart: number;
  readonly finalEnd: number;
}

/** The labelled changes of a word diff with their places (see {@link classifyDiff}, same order). */
export function locateEdits(ops: readonly DiffOp[], options: ClassifyOptions = {}): LocatedEdit[] {
  const changes = changesOf(ops);
  const moved = findMoves(changes);
  const terms = options.terms ?? [];
  const replaced = terms.length > 0 ? termReplacements(ops, terms) : undefined;
  const edits: LocatedEdit[] = [];
  changes.forEach((change, i) => {
    const move = moved.get(i);
    if (move?.role === 'source') {
      const target = changes[move.partner]!;
      edits.push({
        kind: 'word-order',
        from: change.from,
        to: change.from,
        mtStart: change.mtStart,
        mtEnd: change.mtEnd,
        finalStart: target.finalStart,
        finalEnd: target.finalEnd,
      });
    }
    if (move !== undefined) return;
    const kind = replaced?.(change) ? 'terminology' : kindOf(change, terms);
    const { from, to, mtStart, mtEnd, finalStart, finalEnd } = change;
    edits.push({ kind, from, to, mtStart, mtEnd, finalStart, finalEnd });
  });
  return edits;
}

/** Where a term pair's `from` stands in the MT and its `to` in the final text. */
interface Span {
  readonly start: number;
  readonly end: number;
  readonly pair: number;
}

/**
 * A test of whether a change lies inside a place where the MT had a pair's `from` and the final text
 * has its `to` (each allowed a plural or possessive ending, case ignored).
 */
function termReplacements(
  ops: readonly DiffOp[],
  terms: readonly TermPair[],
): (change: Change) => boolean {
  let mt = '';
  let final = '';
  for (const op of ops) {
    if (op.kind !== 'insert') mt += op.text;
    if (op.kind !== 'delete') final += op.text;
  }
  const fromSpans: Span[] = [];
  const toSpans: Span[] = [];
  terms.forEach((pair, k) => {
    if (pair.from.trim() === '' || pair.to.trim() === '') return;
    const from = pair.regex ? safeRegex(pair.from) : phrasePattern(pair.from);
    if (from) for (const span of spansOf(from, mt, k)) fromSpans.push(span);
    for (const span of spansOf(phrasePattern(pair.to), final, k)) toSpans.push(span);
  });
  if (fromSpans.length === 0 || toSpans.length === 0) return () => false;
  const inside = (spans: readonly Span[], start: number, end: number, pair: number) =>
    spans.some((s) => s.pair === pair && s.start <= start && end <= s.end);
  return (change) =>
    fromSpans.some(
      (s) =>
        inside(fromSpans, change.mtStart, change.mtEnd, s.pair) &&
        inside(toSpans, change.finalStart, change.finalEnd, s.pair),
    );
}

function spansOf(pattern: RegExp, text: string, pair: number): Span[] {
  return [...text.matchAll(pattern)]
    .filter((m) => m[0] !== '')
    .map((m) => ({ start: m.index, end: m.index + m[0].length, pair }));
}

/** A literal phrase as whole words, any case, with an optional plural or possessive ending. */
function phrasePattern(phrase: string): RegExp {
  const escaped = phrase
    .trim()
    .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    .replace(/\s+/g, '\\s+');
  return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?:e?s|['’]s)?(?![\\p{L}\\p{N}])`, 'giu');
}

/** A rule's regular expression, global and case-insensitive; `undefined` when it is not valid. */
function safeRegex(source: string): RegExp | undefined {
  try {
    return new RegExp(source, 'giu');
  } catch {
    return undefined;
  }
}

/** How many edits of each kind (every kind present, 0 when none). */
export function countEdits(edits: readonly ClassifiedEdit[]): Record<EditKind, number> {
  const counts = Object.fromEntries(EDIT_KINDS.map((k) => [k, 0])) as Record<EditKind, number>;
  for (const e of edits) counts[e.kind] += 1;
  return counts;
}

interface Change {
  readonly from: string;
  readonly to: string;
  /** Where `from` is in the MT and `to` in the final text. */
  readonly mtStart: number;
  readonly mtEnd: number;
  readonly finalStart: number;
  readonly finalEnd: number;
}

/** Runs of deleted and inserted text between kept text. */
function changesOf(ops: readonly DiffOp[]): Change[] {
  const changes: Change[] = [];
  let from = '';
  let to = '';
  let mtAt = 0;
  let finalAt = 0;
  const flush = () => {
    if (from !== '' || to !== '') {
      changes.push({
        from,
        to,
        mtStart: mtAt - from.length,
        mtEnd: mtAt,
        finalStart: finalAt - to.length,
        finalEnd: finalAt,
      });
    }
    from = '';
    to = '';
  };
  for (const op of ops) {
    if (op.kind === 'equal') {
      flush();
      mtAt += op.text.length;
      finalAt += op.text.length;
    } else if (op.kind === 'delete') {
      from += op.text;
      mtAt += op.text.length;
    } else {
      to += op.text;
      finalAt += op.text.length;
    }
  }
  flush();
  return changes;
}

/**
 * Pairs a pure deletion with a pure insertion of the same words: the deletion is the move's `source`,
 * the insertion its `target` (dropped from the output, the move being one edit).
 */
function findMoves(
  changes: readonly Change[],
): Map<number, { readonly role: 'source' | 'target'; readonly partner: number }> {
  const moved = new Map<number, { readonly role: 'source' | 'target'; readonly partner: number }>();
  // The words of each pure insertion, found once (not once per deletion compared with it).
  const inserted = changes.map((c) => (c.from === '' ? wordsOf(c.to) : undefined));
  changes.forEach((deletion, i) => {
    if (deletion.to !== '' || moved.has(i)) return;
    const words = wordsOf(deletion.from);
    if (words === '') return;
    const j = inserted.findIndex((w, k) => w === words && k !== i && !moved.has(k));
    if (j < 0) return;
    moved.set(i, { role: 'source', partner: j });
    moved.set(j, { role: 'target', partner: i });
  });
  return moved;
}

function wordsOf(text: string): string {
  return text.replace(/\s+/gu, ' ').trim().toLowerCase();
}

function kindOf(change: Change, terms: readonly TermPair[]): EditKind {
  const { from, to } = change;
  const lowerFrom = from.toLowerCase();
  const lowerTo = to.toLowerCase();
  const bringsTerm = terms.some((t) => {
    const term = t.to.trim().toLowerCase();
    return term !== '' && lowerTo.includes(term) && !lowerFrom.includes(term);
  });
  if (bringsTerm) return 'terminology';
  if (from !== to && lowerFrom === lowerTo) return 'capitalisation';
  if (lettersOf(from) === lettersOf(to)) return 'punctuation';
  if (NUMBER_OR_DATE.test(from) || NUMBER_OR_DATE.test(to)) return 'number';
  if (from.trim() === '') return 'omission';
  if (to.trim() === '') return 'addition';
  return 'other';
}

function lettersOf(text: string): string {
  return text.replace(NOT_LETTER_OR_DIGIT, '').toLowerCase();
}
