/**
 * Finding forbidden term variants in text, fast whatever the size of the termbase. Each variant is
 * compiled by find-replace's `compileFind`, so whole-word and case options mean exactly what they mean
 * in the find-and-replace dialog; then:
 *
 * - a whole-word literal variant starting with a word is anchored on that word: the scanner's words are looked
 *   up in a map, and only where one is the first word of some variant is a sticky pattern tried (a
 *   million-word document: one map lookup per word instead of a regex over 6 MB per variant);
 * - the other variants (regular expressions, or starting with punctuation) are combined into one
 *   alternation per case mode, one scan of the text each.
 */
// @ts-nocheck

import { VersoInputError } from '../model/errors.ts';
import { compileFind } from '../review/find-replace.ts';
import { followCase } from '../text/case.ts';
import { scanText } from '../text/document-scan.ts';
import { lexeme } from '../text/lexicon.ts';
import type { Word } from '../text/words.ts';
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

/** A literal variant tried where its first word stands. */
interface AnchoredVariant {
  /** Sticky: matches only at `lastIndex`. */
  readonly regex: RegExp;
  readonly rule: TermRule;
}

/** Rules compiled for matching (see {@link compileTerms}). */
export interface CompiledTerms {
  readonly rules: readonly TermRule[];
  /**
   * Literal variants by the word id (qa/lexicon.ts) of their first word, lower case; longest variant
   * first. Word ids are per thread: compiled terms are not sent to a worker, the rules are.
   */
  readonly anchored: readonly (readonly AnchoredVariant[] | undefined)[];
  /** Variants that cannot be anchored, combined. */
  readonly patterns: readonly CombinedPattern[];
  /** Lower-case words of the preferred terms: the spelling check never flags them. */
  readonly words: ReadonlySet<string>;
  /** Rules left out because a variant is not a valid pattern, with the reason. */
  readonly invalid: readonly { readonly rule: TermRule; readonly error: VersoInputError }[];
}

/** Backreferences (`\1`, `\k<name>`) refer to group numbers that change inside a combined pattern. */
// Stryker disable next-line Regex: a pattern kept apart needlessly is only slower (speed path only)
const BACKREFERENCE = /\\(?:[1-9]|k<)/;
/** What joins the parts of a scanned word (text-scan.ts). */
const JOINER = /['’‐‑-]/;

/**
 * Compiles rules for {@link findTermHits}. A rule with an invalid variant (bad regex, or one that can
 * match empty text) is left out and listed in `invalid`, so one bad entry does not stop the QA run.
 */
export function compileTerms(rules: readonly TermRule[]): CompiledTerms {
  const words = new Set<string>();
  const invalid: { rule: TermRule; error: VersoInputError }[] = [];
  const byFlags = new Map<string, { source: string; rule: TermRule; length: number }[]>();
  const separate: CombinedPattern[] = [];
  const anchored: (AnchoredVariant & { length: number })[][] = [];
  for (const rule of rules) {
    for (const word of scanText(rule.preferred).words) words.add(word.lower);
    let compiled: RegExp[];
    try {
      compiled = rule.forbidden.map((variant) => compileVariant(rule, variant));
    } catch (error) {
      // Stryker disable next-line ConditionalExpression: compileFind throws nothing but VersoInputError
      if (!(error instanceof VersoInputError)) throw error;
      invalid.push({ rule, error });
      continue;
    }
    for (const [k, regex] of compiled.entries()) {
      const variant = rule.forbidden[k]!;
      // Only whole-word literals can be anchored on a word's start; a part-word one may start mid-word.
      const first =
        // Stryker disable next-line all: speed path only: the same hits come through the combined patterns (equivalent mutants)
        variant.regex || !rule.wholeWord ? undefined : scanText(variant.pattern).words[0];
      // Stryker disable next-line all: speed path only: the same hits come through the combined patterns (equivalent mutants)
      if (first?.start === 0 && first.id >= 0) {
        // Stryker disable next-line StringLiteral: sticky matching ignores the global flag
        const sticky = new RegExp(regex.source, regex.flags.replace('g', '') + 'y');
        (anchored[first.id] ??= []).push({ regex: sticky, rule, length: variant.pattern.length });
        continue;
      }
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
  for (const list of anchored) list?.sort((a, b) => b.length - a.length);
  return { rules, anchored, patterns: [...patterns, ...separate], words, invalid };
}

/**
 * The forbidden variants of the compiled rules found in `text`, in text order. A match that is
 * already the preferred term (a case-insensitive variant equal to it) is not a violation. `words`
 * are the text's scanned words, when the caller has them.
 */
export function findTermHits(
  text: string,
  terms: CompiledTerms,
  // Stryker disable next-line all: speed path only: the same hits come through the combined patterns (equivalent mutants)
  words: readonly Word[] = terms.anchored.length > 0 ? scanText(text).words : [],
): TermHit[] {
  const hits: TermHit[] = [];
  const add = (start: number, match: string, rule: TermRule): void => {
    const suggestion = followCase(rule.preferred, match);
    if (suggestion !== match)
      hits.push({ start, end: start + match.length, match, rule, suggestion });
  };
  const { anchored } = terms;
  // Stryker disable next-line all: speed path only: the same hits come through the combined patterns (equivalent mutants)
  if (anchored.length > 0) {
    let coveredTo = 0;
    const tryAt = (start: number, candidates: readonly AnchoredVariant[]): void => {
      if (start < coveredTo) return;
      for (const { regex, rule } of candidates) {
        regex.lastIndex = start;
        const m = regex.exec(text);
        if (!m) continue;
        add(start, m[0], rule);
        coveredTo = start + m[0].length;
        return;
      }
    };
    for (const word of words) {
      // Stryker disable next-line all: speed path only: the same hits come through the combined patterns (equivalent mutants)
      const candidates = word.id >= 0 ? anchored[word.id] : undefined;
      if (candidates !== undefined) tryAt(word.start, candidates);
      // "belt" is a whole word inside "one-belt": try the parts of joined words too.
      // Stryker disable next-line ConditionalExpression: a word that is not joined has no parts after its first
      if (word.joined) {
        for (const { offset, id } of partsOf(word)) {
          const inner = anchored[id];
          if (inner !== undefined) tryAt(word.start + offset, inner);
        }
      }
    }
  }
  for (const { regex, alternatives } of terms.patterns) {
    for (const m of text.matchAll(regex)) {
      const alternative =
        alternatives.length === 1
          ? alternatives[0]
          : alternatives.find((a) => m[a.group] !== undefined);
      // Stryker disable next-line ConditionalExpression: some alternative always matched
      if (alternative) add(m.index, m[0], alternative.rule);
    }
  }
  return terms.patterns.length > 0 ? hits.sort((a, b) => a.start - b.start || b.end - a.end) : hits;
}

/** The parts after the first of joined words, by form (a word is split once per thread). */
// Stryker disable next-line ArrayDeclaration: a cache
const partsByForm: (readonly { offset: number; id: number }[] | undefined)[] = [];

function partsOf(word: Word): readonly { offset: number; id: number }[] {
  // Stryker disable next-line all: a cache
  let parts = word.form >= 0 ? partsByForm[word.form] : undefined;
  // Stryker disable next-line ConditionalExpression: a cache
  if (!parts) {
    const list: { offset: number; id: number }[] = [];
    let offset = 0;
    for (const part of word.lower.split(JOINER)) {
      if (offset > 0) list.push({ offset, id: lexeme(part).id });
      offset += part.length + 1;
    }
    // Stryker disable next-line all: an unknown id is never anchored anyway
    parts = list.filter((p) => p.id >= 0);
    // Stryker disable next-line all: a cache
    if (word.form >= 0) partsByForm[word.form] = parts;
  }
  return parts;
}

/** One variant as a pattern, with the rule's options. @throws VersoInputError as `compileFind` */
export function compileVariant(rule: TermRule, variant: ForbiddenVariant): RegExp {
  return compileFind({
    find: variant.pattern,
    // Stryker disable next-line StringLiteral: the pattern does not depend on the replacement
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
  // Stryker disable next-line StringLiteral,OptionalChaining: the empty alternative matches any string at 0
  return (new RegExp(`${source}|`, flags.replace('g', '')).exec('')?.length ?? 1) - 1;
}
