/**
 * Learned fixes (issue 4, deliverable 4): when a reviewer's correction replaces a phrase, Verso finds
 * the same phrase in other segments and offers the same change there. A fix is learned from the word
 * diff of one correction; each hit comes with its replacement (cased like the text it replaces) and a
 * diff to preview; the fix can also be kept as a term rule.
 */
import { wordDiff, type DiffOp } from '../text/diff.ts';
import { findHits, type FindHit } from './find-replace.ts';
import { followCase } from '../text/case.ts';
import { hashText } from '../qa/finding.ts';
import { isStopWord } from '../text/stop-words.ts';
import type { TermRule } from '../terms/model.ts';

/** A change learned from one correction, as find-and-replace options. */
export interface LearnedFix {
  /** Stable id (hash of the change), e.g. to remember a dismissed offer. */
  readonly id: string;
  /** The phrase to look for: the text replaced, with a word of context on each side when needed. */
  readonly find: string;
  /** What replaces it, with the same context. */
  readonly replace: string;
  /** The change itself, without context: what the reviewer deleted and what they typed. */
  readonly removed: string;
  readonly inserted: string;
  /** Only for changes of case alone ("one" → "One"): otherwise any case matches. */
  readonly matchCase: boolean;
  /** True when the phrase starts and ends with a word character (the usual case). */
  readonly wholeWord: boolean;
  /**
   * How well the correction supports applying the fix elsewhere (issue 11 item 6): `strong` for a
   * phrase of content words, a spelling fix, or a change whose context includes a content word (a
   * capitalised neighbour for a change of case: "Liaoning province" → "Liaoning Province"); `weak`
   * when the context is only function words or punctuation, or missing. Weak hits are not pre-ticked.
   */
  readonly evidence: 'strong' | 'weak';
}

/** One place where a learned fix applies: a find-replace hit plus what the preview shows. */
export interface LearnedHit extends FindHit {
  /**
   * About {@link CONTEXT_CHARS} characters of the segment before and after the hit, whole words only,
   * with "…" where the segment goes on (the preview shows them as they are).
   */
  readonly contextBefore: string;
  readonly contextAfter: string;
  /** Word diff of the hit's text to its replacement. */
  readonly diff: readonly DiffOp[];
  /** Whether the preview ticks the hit to begin with: only when the evidence is strong. */
  readonly preselected: boolean;
}

/** How many hits a learned fix has, and in how many segments (the offer says both). */
export interface LearnedHitCounts {
  readonly hits: number;
  readonly segments: number;
}

/** The counts of `hits` (see LearnedHitCounts). */
export function countLearnedHits(hits: readonly LearnedHit[]): LearnedHitCounts {
  return { hits: hits.length, segments: new Set(hits.map((h) => h.segmentId)).size };
}

/** Characters of context a preview shows on each side of a hit. */
export const CONTEXT_CHARS = 40;
/** Hunks separated by this few words ("one belt [and] one way") are one change. */
const JOIN_GAP_WORDS = 2;
const WORD = /[\p{L}\p{N}]/u;
const WORD_TOKEN = /[\p{L}\p{N}][\p{L}\p{N}\p{M}'’-]*/gu;
const SENTENCE_BREAK = /[.!?;:。！？；：\n]/;

interface Hunk {
  start: number;
  end: number;
  inserted: string;
}

/**
 * The fixes one correction teaches: each changed phrase of the word diff of `before` → `after`. Edits
 * of white space or punctuation alone are ignored unless they are the only change. A change of fewer
 * than two words, or of function words only, gets one word of context on each side ("Unicom" →
 * "connectivity" is learned as "Facilities Unicom" → "Facilities connectivity"), except a one-word
 * spelling fix ("Fourty" → "Forty"), which is safe everywhere.
 */
export function learnFix(before: string, after: string): LearnedFix[] {
  const hunks = hunksOf(wordDiff(before, after));
  const meaningful = hunks.filter(
    (h) => WORD.test(before.slice(h.start, h.end)) || WORD.test(h.inserted),
  );
  const chosen = meaningful.length > 0 ? meaningful : hunks.slice(0, 1);
  const fixes: LearnedFix[] = [];
  for (const hunk of chosen) {
    const fix = fixOf(before, hunk);
    if (fix && !fixes.some((f) => f.id === fix.id)) fixes.push(fix);
  }
  return fixes;
}

/**
 * Where `fix` applies in `segments` (all but `exceptSegmentId`, the one it was learned from), in
 * document order: find-replace hits whose replacement follows the case of the text found, with a
 * preview. Hits whose text is already the replacement are left out.
 */
export function findLearnedHits(
  fix: LearnedFix,
  segments: readonly { id: string; text: string }[],
  exceptSegmentId: string,
): LearnedHit[] {
  const hits = findHits(segments, {
    find: fix.find,
    replace: fix.replace,
    matchCase: fix.matchCase,
    wholeWord: fix.wholeWord,
    regex: false,
  });
  const texts = new Map(segments.map((s) => [s.id, s.text]));
  const out: LearnedHit[] = [];
  for (const hit of hits) {
    if (hit.segmentId === exceptSegmentId) continue;
    const replacement = fix.matchCase ? fix.replace : followCase(caseless(fix), hit.match);
    if (replacement === hit.match) continue;
    const text = texts.get(hit.segmentId) ?? '';
    out.push({
      ...hit,
      replacement,
      contextBefore: contextBefore(text, hit.start),
      contextAfter: contextAfter(text, hit.end),
      diff: wordDiff(hit.match, replacement),
      preselected: fix.evidence === 'strong',
    });
  }
  return out;
}

const BREAK = /[\s\p{P}]/u;

/** The text before `at`: about CONTEXT_CHARS characters, starting at a word, "…" when cut. */
function contextBefore(text: string, at: number): string {
  if (at <= CONTEXT_CHARS) return text.slice(0, at);
  const from = at - CONTEXT_CHARS;
  let slice = text.slice(from, at);
  // A slice that starts inside a word loses that word's end, so the preview starts with a whole word.
  if (!BREAK.test(text[from - 1]!)) {
    const cut = slice.search(BREAK);
    slice = cut < 0 ? '' : slice.slice(cut + 1);
  }
  return `…${slice.trimStart()}`;
}

/** The text after `at`: about CONTEXT_CHARS characters, ending with a whole word, "…" when cut. */
function contextAfter(text: string, at: number): string {
  if (text.length - at <= CONTEXT_CHARS) return text.slice(at);
  const to = at + CONTEXT_CHARS;
  let slice = text.slice(at, to);
  if (!BREAK.test(text[to]!)) {
    const breaks = [...slice.matchAll(/[\s\p{P}]/gu)];
    slice = slice.slice(0, breaks.at(-1)?.index ?? 0);
  }
  return `${slice.trimEnd()}…`;
}

/**
 * The replacement without the capital it got from where it was learned: "Fourty" → "Forty" at a
 * sentence start is "fourty" → "forty" elsewhere. A replacement that starts with a capital the found
 * text did not have ("one belt" → "Belt and Road") keeps it: that capital is the point.
 */
function caseless(fix: LearnedFix): string {
  const capital = (text: string) => /^\p{Lu}(?!\p{Lu})/u.test(text);
  return capital(fix.find) && capital(fix.replace)
    ? fix.replace[0]!.toLowerCase() + fix.replace.slice(1)
    : fix.replace;
}

/** A learned fix kept as a term rule: the replacement preferred, the phrase found forbidden. */
export function toTermRule(fix: LearnedFix): TermRule {
  return {
    id: `learned-${fix.id}`,
    preferred: fix.replace,
    forbidden: [{ pattern: fix.find, regex: false }],
    wholeWord: fix.wholeWord,
    matchCase: fix.matchCase,
    note: `Learned from a correction: "${fix.removed}" → "${fix.inserted}".`,
  };
}

/**
 * The changed stretches of the diff's old text, as [start, end) replaced by `inserted`; stretches
 * separated by at most {@link JOIN_GAP_WORDS} words within a sentence are joined, gap included.
 */
function hunksOf(ops: readonly DiffOp[]): Hunk[] {
  const hunks: Hunk[] = [];
  let at = 0;
  let open: Hunk | undefined;
  let gap: { text: string; start: number } | undefined;
  for (const op of ops) {
    if (op.kind === 'equal') {
      if (open) gap = { text: op.text, start: at };
      at += op.text.length;
      continue;
    }
    const joinable =
      open !== undefined &&
      gap !== undefined &&
      gap.start === open.end &&
      (gap.text.match(WORD_TOKEN)?.length ?? 0) <= JOIN_GAP_WORDS &&
      !SENTENCE_BREAK.test(gap.text);
    if (open && joinable && gap) {
      open.inserted += gap.text;
      open.end = gap.start + gap.text.length;
    } else if (!open || open.end !== at) {
      open = { start: at, end: at, inserted: '' };
      hunks.push(open);
    }
    gap = undefined;
    if (op.kind === 'delete') {
      open.end = at + op.text.length;
      at += op.text.length;
    } else open.inserted += op.text;
  }
  return hunks;
}

/** The fix for one hunk, with context as {@link learnFix} describes; undefined when nothing is left. */
function fixOf(before: string, hunk: Hunk): LearnedFix | undefined {
  // White space at the edges of either side belongs to the context, not the change (a doubled space
  // fixed next to a phrase is a white-space edit, ignored as such).
  let { start, end, inserted } = hunk;
  while (start < end && /\s/.test(before[start]!)) start++;
  while (start < end && /\s/.test(before[end - 1]!)) end--;
  inserted = inserted.trim();
  const removed = before.slice(start, end);
  let left = '';
  let right = '';
  let evidence: LearnedFix['evidence'] = 'strong';
  const wordBefore =
    /(?:^|[^\p{L}\p{N}])([\p{L}\p{N}][\p{L}\p{N}\p{M}'’-]*[ \t]+)$/u.exec(
      before.slice(0, start),
    )?.[1] ?? '';
  const wordAfter =
    /^([ \t]+[\p{L}\p{N}][\p{L}\p{N}\p{M}'’-]*)/u.exec(before.slice(end))?.[1] ?? '';
  if (!WORD.test(removed) && !WORD.test(inserted)) {
    // Punctuation: the context is the run of punctuation it belongs to ("——" → "—" deletes one of
    // two dashes; learned as "—" → "" it would delete every dash).
    left = /[^\s\p{L}\p{N}]*$/u.exec(before.slice(0, start))?.[0] ?? '';
    right = /^[^\s\p{L}\p{N}]*/u.exec(before.slice(end))?.[0] ?? '';
    if (left + right === '') evidence = 'weak';
  } else if (isCaseOfOneWord(removed, inserted)) {
    // "province" → "Province" is right in "Liaoning Province", wrong in "the whole province": a
    // change of case is offered only beside the capitalised word that makes it a name, or else
    // with both neighbours, as a weak guess (issue 11 item 6).
    const capitalised = (w: string) => /^\p{Lu}/u.test(w.trim());
    if (capitalised(wordBefore)) left = wordBefore;
    else if (capitalised(wordAfter)) right = wordAfter;
    else {
      [left, right] = [wordBefore, wordAfter];
      evidence = 'weak';
    }
    if (left + right === '') return undefined;
  } else if (needsContext(removed, inserted)) {
    [left, right] = [wordBefore, wordAfter];
    // An insertion between two words needs both to say where it goes.
    if (removed === '' && (left === '' || right === '')) return undefined;
    const contentContext = (left + right)
      .match(WORD_TOKEN)
      ?.some((w) => !isStopWord(w.toLowerCase()));
    if (!contentContext) evidence = 'weak';
  }
  const find = left + removed + right;
  const replace = left + inserted + right;
  if (find.trim() === '' || find === replace) return undefined;
  const matchCase = find.toLowerCase() === replace.toLowerCase();
  return {
    id: hashText(`${find}\u0000${replace}`),
    find,
    replace,
    removed,
    inserted,
    matchCase,
    wholeWord: WORD.test(find[0] ?? '') && WORD.test(find.at(-1) ?? ''),
    evidence,
  };
}

/** A change of the case of one word alone ("province" → "Province"). */
function isCaseOfOneWord(removed: string, inserted: string): boolean {
  return (
    removed !== inserted &&
    removed.toLowerCase() === inserted.toLowerCase() &&
    (removed.match(WORD_TOKEN)?.length ?? 0) === 1
  );
}

/** A change of one word, or of function words only, is too general to apply everywhere as is. */
function needsContext(removed: string, inserted: string): boolean {
  const words = removed.match(WORD_TOKEN) ?? [];
  if (words.length >= 2 && words.some((w) => !isStopWord(w.toLowerCase()))) return false;
  const [word] = words;
  const typed = inserted.match(WORD_TOKEN) ?? [];
  const spellingFix =
    words.length === 1 &&
    typed.length === 1 &&
    word !== undefined &&
    word.length >= 4 &&
    !isStopWord(word.toLowerCase()) &&
    editDistance(word.toLowerCase(), typed[0].toLowerCase()) <= 2;
  return !spellingFix;
}

/** Levenshtein distance (small words only: the quadratic table is fine). */
function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      row.push(
        Math.min(
          previous[j]! + 1,
          row[j - 1]! + 1,
          previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1),
        ),
      );
    }
    previous = row;
  }
  return previous[b.length]!;
}
