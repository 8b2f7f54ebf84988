/**
 * Finding forbidden term variants in text, fast: all variants of all rules are compiled once into one
 * alternation per case mode, so a segment is scanned once (or twice) whatever the size of the
 * termbase. Each variant is compiled by find-replace's `compileFind`, so whole-word and case options
 * mean exactly what they mean in the find-and-replace dialog.
 */
import { VersoInputError } from '../errors.ts';
import { compileFind } from '../find-replace.ts';
import { followCase } from '../qa/case.ts';
import { scanText } from '../qa/text-scan.ts';
import type { ForbiddenVariant, TermRule } from './model.ts';

/** A forbidden variant found in a text. */
export interface TermHit {
  readonly start: number;
  readonly end: number;
  readonly match: string;
  readonly rule: TermRule;
  /** The preferred term, cased like the match (see `followCase`). */
  readonly suggestion: string;
}

/** A variant's capture group in a combined pattern. */
interface Alternative {
  readonly group: number;
  readonly rule: TermRule;
}

interface CombinedPattern {
  readonly regex: RegExp;
  readonly alternatives: readonly Alternative[];
}

/** Rules compiled for matching (see {@link compileTerms}). */
export interface CompiledTerms {
  readonly rules: readonly TermRule[];
  readonly patterns: readonly CombinedPattern[];
  /** Lower-case words of the preferred terms: the spelling check never flags them. */
  readonly words: ReadonlySet<string>;
  /** Rules left out because a variant is not a valid pattern, with the reason. */
  readonly invalid: readonly { readonly rule: TermRule; readonly error: VersoInputError }[];
}

/** Backreferences (`\1`, `\k<name>`) refer to group numbers that change inside a combined pattern. */
const BACKREFERENCE = /\\(?:[1-9]|k<)/;

/**
 * Compiles rules for {@link findTermHits}. A rule with an invalid variant (bad regex, or one that can
 * match empty text) is left out and listed in `invalid`, so one bad entry does not stop the QA run.
 */
export function compileTerms(rules: readonly TermRule[]): CompiledTerms {
  const words = new Set<string>();
  const invalid: { rule: TermRule; error: VersoInputError }[] = [];
  const byFlags = new Map<string, { source: string; rule: TermRule; length: number }[]>();
  const separate: CombinedPattern[] = [];
  for (const rule of rules) {
    for (const word of scanText(rule.preferred).words) words.add(word.lower);
    let compiled: RegExp[];
    try {
      compiled = rule.forbidden.map((variant) => compileVariant(rule, variant));
    } catch (error) {
      if (!(error instanceof VersoInputError)) throw error;
      invalid.push({ rule, error });
      continue;
    }
    for (const [k, regex] of compiled.entries()) {
      if (BACKREFERENCE.test(regex.source)) {
        separate.push({ regex, alternatives: [{ group: 0, rule }] });
        continue;
      }
      const list = byFlags.get(regex.flags) ?? [];
      list.push({ source: regex.source, rule, length: rule.forbidden[k]?.pattern.length ?? 0 });
      byFlags.set(regex.flags, list);
    }
  }
  const patterns = [...byFlags].flatMap(([flags, list]) => combine(flags, list));
  return { rules, patterns: [...patterns, ...separate], words, invalid };
}

/**
 * The forbidden variants of the compiled rules found in `text`, in text order. A match that is
 * already the preferred term (a case-insensitive variant equal to it) is not a violation.
 */
export function findTermHits(text: string, terms: CompiledTerms): TermHit[] {
  const hits: TermHit[] = [];
  for (const { regex, alternatives } of terms.patterns) {
    for (const m of text.matchAll(regex)) {
      const alternative =
        alternatives.length === 1
          ? alternatives[0]
          : alternatives.find((a) => m[a.group] !== undefined);
      if (!alternative) continue;
      const match = m[0];
      const suggestion = followCase(alternative.rule.preferred, match);
      if (suggestion === match) continue;
      hits.push({ start: m.index, end: m.index + match.length, match, rule: alternative.rule, suggestion });
    }
  }
  return terms.patterns.length > 1 ? hits.sort((a, b) => a.start - b.start || b.end - a.end) : hits;
}

/** One variant as a pattern, with the rule's options. @throws VersoInputError as `compileFind` */
export function compileVariant(rule: TermRule, variant: ForbiddenVariant): RegExp {
  return compileFind({
    find: variant.pattern,
    replace: '',
    matchCase: rule.matchCase,
    wholeWord: rule.wholeWord,
    regex: variant.regex,
  });
}

/**
 * One alternation of the variants, longest first (a regex alternation takes the first alternative
 * that matches, not the longest: "one belt and one road" must win over "one belt"). If the engine
 * refuses the combination (named groups repeated across variants), each variant is its own pattern.
 */
function combine(
  flags: string,
  list: readonly { source: string; rule: TermRule; length: number }[],
): CombinedPattern[] {
  const sorted = [...list].sort((a, b) => b.length - a.length);
  const alternatives: Alternative[] = [];
  let group = 1;
  for (const item of sorted) {
    alternatives.push({ group, rule: item.rule });
    group += 1 + groupCount(item.source, flags);
  }
  try {
    return [
      { regex: new RegExp(sorted.map((i) => `(${i.source})`).join('|'), flags), alternatives },
    ];
  } catch {
    return sorted.map((i) => ({
      regex: new RegExp(i.source, flags),
      alternatives: [{ group: 0, rule: i.rule }],
    }));
  }
}

/** Capture groups in a pattern: an alternation with the empty pattern always matches, with all of them. */
function groupCount(source: string, flags: string): number {
  return (new RegExp(`${source}|`, flags.replace('g', '')).exec('')?.length ?? 1) - 1;
}
