/**
 * Find and replace across segments: one compiled pattern, hits listed with their replacement so the
 * reviewer can untick some before anything changes, then applied per segment.
 */
// @ts-nocheck

import { VersoInputError } from '../model/errors.ts';

/** What the find-and-replace dialog asks for. */
export interface FindOptions {
  find: string;
  replace: string;
  matchCase: boolean;
  wholeWord: boolean;
  regex: boolean;
}

/** One match in one segment, with the text that would replace it. Offsets are UTF-16 code units. */
export interface FindHit {
  readonly segmentId: string;
  /** 0-based position of the segment in the list searched. */
  readonly segmentIndex: number;
  readonly start: number;
  readonly end: number;
  readonly match: string;
  readonly replacement: string;
}

/** Strings probed for empty matches: anchors, boundaries and lookarounds match nothing elsewhere. */
const EMPTY_MATCH_PROBES = ['', 'a', 'A', ' ', '0', '_', '.', 'a b', 'ab', '\n', '你好', 'é'];

/**
 * Compiles the options to a global, Unicode-aware pattern. Literal text is escaped unless `regex`;
 * whole word means no letter, digit or underscore (any script) touches the match on either side.
 *
 * @throws VersoInputError `errors.emptyFind` (nothing to find), `errors.invalidRegex` (with the
 *   engine's message) or `errors.emptyMatch` (the pattern can match empty text, which would "replace"
 *   between every character).
 */
export function compileFind(opts: FindOptions): RegExp {
  if (opts.find === '') {
    throw new VersoInputError('errors.emptyFind', {}, 'Type the text to find.');
  }
  let source = opts.regex ? opts.find : escapeRegExp(opts.find);
  if (opts.wholeWord) source = String.raw`(?<![\p{L}\p{N}_])(?:${source})(?![\p{L}\p{N}_])`;
  const flags = opts.matchCase ? 'gu' : 'giu';
  let pattern: RegExp;
  try {
    pattern = new RegExp(source, flags);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new VersoInputError(
      'errors.invalidRegex',
      { message },
      `The regular expression is not valid: ${message}`,
    );
  }
  if (canMatchEmpty(pattern)) throw emptyMatchError(opts.find);
  return pattern;
}

/**
 * Lists the matches in the given segments, in document order, at most `limit` of them. With `regex`
 * the replacement expands `$1`, `$&`, `$<name>`, `$$`… exactly as `String.prototype.replace` does;
 * without it the replacement is literal (`$` is just a dollar sign).
 *
 * @throws VersoInputError as {@link compileFind}; `errors.emptyMatch` also when a pattern the probes
 *   missed turns out to match empty text in a segment.
 */
export function findHits(
  segments: readonly { id: string; text: string }[],
  opts: FindOptions,
  limit = Infinity,
): FindHit[] {
  const pattern = compileFind(opts);
  // Same pattern, sticky and not global: `replace` then expands the template for the match at lastIndex
  // only, with the whole segment as context (so `$\`` and `$'` work too).
  const single = new RegExp(pattern.source, pattern.flags.replace('g', '') + 'y');
  const hits: FindHit[] = [];
  search: for (const [segmentIndex, segment] of segments.entries()) {
    for (const m of segment.text.matchAll(pattern)) {
      if (hits.length >= limit) break search;
      const match = m[0];
      if (match === '') throw emptyMatchError(opts.find);
      const start = m.index;
      const end = start + match.length;
      hits.push({
        segmentId: segment.id,
        segmentIndex,
        start,
        end,
        match,
        replacement: opts.regex ? expandAt(segment.text, single, start, end) : opts.replace,
      });
    }
  }
  return hits;

  function expandAt(text: string, sticky: RegExp, start: number, end: number): string {
    sticky.lastIndex = start;
    const replaced = text.replace(sticky, opts.replace);
    return replaced.slice(start, replaced.length - (text.length - end));
  }
}

/**
 * Applies hits of one segment to its text, from the end so earlier offsets stay valid. Hits may come
 * in any order.
 *
 * @throws RangeError when hits overlap or no longer match the text (it changed since the search).
 */
export function applyHits(text: string, hits: readonly FindHit[]): string {
  const ordered = [...hits].sort((a, b) => b.start - a.start);
  let result = text;
  let limit = text.length;
  for (const hit of ordered) {
    if (hit.end > limit) throw new RangeError(`Overlapping hits at ${hit.start}–${hit.end}.`);
    if (text.slice(hit.start, hit.end) !== hit.match) {
      throw new RangeError(`Hit at ${hit.start}–${hit.end} no longer matches "${hit.match}".`);
    }
    result = result.slice(0, hit.start) + hit.replacement + result.slice(hit.end);
    limit = hit.start;
  }
  return result;
}

/**
 * Groups hits (or anything else of a segment, such as QA findings) by segment id, segments in order of
 * first hit, hits in their given order.
 */
export function groupHitsBySegment<T extends { readonly segmentId: string }>(
  hits: readonly T[],
): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const hit of hits) {
    const group = groups.get(hit.segmentId);
    if (group) group.push(hit);
    else groups.set(hit.segmentId, [hit]);
  }
  return groups;
}

/** Escapes the characters that are syntax in a `u`-flag pattern (where needless escapes are errors). */
function escapeRegExp(text: string): string {
  return text.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&');
}

/** `matchAll` works on a copy of the pattern, so probing leaves its `lastIndex` alone. */
function canMatchEmpty(pattern: RegExp): boolean {
  return EMPTY_MATCH_PROBES.some((text) => [...text.matchAll(pattern)].some((m) => m[0] === ''));
}

function emptyMatchError(find: string): VersoInputError {
  return new VersoInputError(
    'errors.emptyMatch',
    { pattern: find },
    `The regular expression /${find}/ can match empty text; make it match at least one character.`,
  );
}
