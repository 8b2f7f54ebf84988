/**
 * Finding forbidden term variants in text, fast whatever the size of the termbase. Whole-word and case
 * options mean what they mean in the find-and-replace dialog:
 *
 * - a whole-word literal variant starting with a word is anchored on that word: the scanner's words are looked
 *   up in a map, and only where one is the first word of some variant is a sticky pattern tried (a
 *   million-word document: one map lookup per word instead of a regex over 6 MB per variant);
 * - the other literal variants (starting with punctuation, or part-word) are combined into one
 *   alternation per case mode, one scan of the text each; escaped literals cannot backtrack badly;
 * - regular-expression variants, which users type, run on find-replace's linear-time engine (RE2), one
 *   scan each, so that no rule can freeze typing (issue 12, item 2).
 */
import { VersoInputError } from '../model/errors.ts';
import { compileFind, type CompiledFind } from '../review/find-replace.ts';
import { followCase } from '../text/case.ts';
import { literalRegExp } from '../text/user-regex.ts';
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
  /** Literal variants that cannot be anchored, combined. */
  readonly patterns: readonly CombinedPattern[];
  /** Regular-expression variants, each on the linear-time engine. */
  readonly expressions: readonly { readonly find: CompiledFind; readonly rule: TermRule }[];
  /** Lower-case words of the preferred terms: the spelling check never flags them. */
  readonly words: ReadonlySet<string>;
  /** Rules left out because a variant is not a valid pattern, with the reason. */
  readonly invalid: readonly { readonly rule: TermRule; readonly error: VersoInputError }[];
}

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
  const expressions: { find: CompiledFind; rule: TermRule }[] = [];
  const anchored: (AnchoredVariant & { length: number })[][] = [];
  for (const rule of rules) {
    for (const word of scanText(rule.preferred).words) words.add(word.lower);
    let compiled: (RegExp | CompiledFind)[];
    try {
      compiled = rule.forbidden.map((variant) => compileVariant(rule, variant));
    } catch (error) {
      if (!(error instanceof VersoInputError)) throw error;
      invalid.push({ rule, error });
      continue;
    }
    for (const [k, regex] of compiled.entries()) {
      const variant = rule.forbidden[k]!;
      if (!(regex instanceof RegExp)) {
        expressions.push({ find: regex, rule });
        continue;
      }
      // Only whole-word literals can be anchored on a word's start; a part-word one may start mid-word.
      const first = rule.wholeWord ? scanText(variant.pattern).words[0] : undefined;
      // Stryker disable next-line ConditionalExpression,EqualityOperator,BlockStatement: speed path — an unanchored literal is found by the combined pattern instead, and an id of -1 (a word with digits) is only a slower lookup.
      if (first?.start === 0 && first.id >= 0) {
        // Stryker disable next-line StringLiteral: a sticky pattern matches only at lastIndex, global or not.
        const sticky = new RegExp(regex.source, regex.flags.replace('g', '') + 'y');
        (anchored[first.id] ??= []).push({ regex: sticky, rule, length: variant.pattern.length });
        continue;
      }
      const list = byFlags.get(regex.flags) ?? [];
      list.push({ source: regex.source, rule, length: variant.pattern.length });
      byFlags.set(regex.flags, list);
    }
  }
  const patterns = [...byFlags].map(([flags, list]) => combine(flags, list));
  for (const list of anchored) list?.sort((a, b) => b.length - a.length);
  return { rules, anchored, patterns, expressions, words, invalid };
}

/**
 * The forbidden variants of the compiled rules found in `text`, in text order. A match that is
 * already the preferred term (a case-insensitive variant equal to it) is not a violation. `words`
 * are the text's scanned words, when the caller has them.
 */
export function findTermHits(
  text: string,
  terms: CompiledTerms,
  words?: readonly Word[],
): TermHit[] {
  const hits: TermHit[] = [];
  const add = (start: number, match: string, rule: TermRule): void => {
    const suggestion = followCase(rule.preferred, match);
    if (suggestion !== match)
      hits.push({ start, end: start + match.length, match, rule, suggestion });
  };
  const { anchored } = terms;
  // Stryker disable next-line ConditionalExpression,EqualityOperator: speed path — without anchored variants the words find nothing.
  if (anchored.length > 0) {
    // The longest variant that matches here; hits inside an earlier one go in `withoutOverlaps`.
    const tryAt = (start: number, candidates: readonly AnchoredVariant[]): void => {
      for (const { regex, rule } of candidates) {
        regex.lastIndex = start;
        const m = regex.exec(text);
        if (!m) continue;
        add(start, m[0], rule);
        return;
      }
    };
    for (const word of words ?? scanText(text).words) {
      // A word with digits has id -1: no variant is anchored there.
      const candidates = anchored[word.id];
      if (candidates !== undefined) tryAt(word.start, candidates);
      // "belt" is a whole word in "one-belt" and in "belt-road", as for Find: try every part of a
      // joined word too (the first part was left out until issue 11's mutation run showed it).
      // Stryker disable next-line ConditionalExpression: speed path — a word without joiners is its only part, tried above.
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
      // Stryker disable next-line ConditionalExpression: a match always comes from one of the alternatives.
      if (alternative) add(m.index, m[0], alternative.rule);
    }
  }
  for (const { find, rule } of terms.expressions) {
    for (const { start, end } of find.matches(text)) add(start, text.slice(start, end), rule);
  }
  return withoutOverlaps(hits.sort((a, b) => a.start - b.start || b.end - a.end));
}

/**
 * Hits in text order, longest first at each start, without those inside an earlier one: variants
 * matched apart (literals, then each expression) must not flag the same words twice, as one alternation
 * would not ("one belt and one road" wins over "one belt").
 */
function withoutOverlaps(sorted: readonly TermHit[]): TermHit[] {
  const kept: TermHit[] = [];
  let coveredTo = 0;
  for (const hit of sorted) {
    if (hit.start < coveredTo) continue;
    kept.push(hit);
    coveredTo = hit.end;
  }
  return kept;
}

/**
 * The parts of joined words, by form (a word is split once per thread). A cache:
 * whether it is used or bypassed changes no result, so Stryker leaves its conditions alone.
 */
// Stryker disable next-line ArrayDeclaration: a cache (see above).
const partsByForm: (readonly { offset: number; id: number }[] | undefined)[] = [];

function partsOf(word: Word): readonly { offset: number; id: number }[] {
  // Stryker disable next-line ConditionalExpression,EqualityOperator: a cache (see above).
  let parts = word.form >= 0 ? partsByForm[word.form] : undefined;
  // Stryker disable next-line ConditionalExpression: a cache (see above).
  if (!parts) {
    // Stryker disable next-line ArrayDeclaration: an item that is not a part names no word id.
    const list: { offset: number; id: number }[] = [];
    let offset = 0;
    for (const part of word.lower.split(JOINER)) {
      list.push({ offset, id: lexeme(part).id });
      offset += part.length + 1;
    }
    parts = list;
    // Stryker disable next-line ConditionalExpression,EqualityOperator: a cache (see above).
    if (word.form >= 0) partsByForm[word.form] = parts;
  }
  return parts;
}

/**
 * One variant with the rule's options: a literal as a JavaScript pattern (escaped, so it cannot
 * backtrack badly, and fast to combine), a regular expression as find-replace compiles one (RE2).
 *
 * @throws VersoInputError as `compileFind`
 */
export function compileVariant(rule: TermRule, variant: ForbiddenVariant): RegExp | CompiledFind {
  // Stryker disable next-line StringLiteral: the replacement is never used, only the matching.
  const options = { find: variant.pattern, replace: '', matchCase: rule.matchCase };
  if (variant.regex) return compileFind({ ...options, wholeWord: rule.wholeWord, regex: true });
  // compileFind says what is wrong with an empty variant (it refuses an empty text with any options).
  // Stryker disable next-line ConditionalExpression,ObjectLiteral,BooleanLiteral: compileFind accepts every other literal, so calling it always changes nothing, and it refuses an empty one whatever the options.
  if (variant.pattern === '') compileFind({ ...options, wholeWord: false, regex: false });
  return literalRegExp(variant.pattern, {
    ignoreCase: !rule.matchCase,
    wholeWord: rule.wholeWord,
  });
}

/**
 * One alternation of the literal variants, longest first (a regex alternation takes the first
 * alternative that matches, not the longest: "one belt and one road" must win over "one belt"). Each
 * is an escaped literal: alternative k is capture group k.
 */
function combine(
  flags: string,
  list: readonly { source: string; rule: TermRule; length: number }[],
): CombinedPattern {
  const sorted = [...list].sort((a, b) => b.length - a.length);
  return {
    regex: new RegExp(sorted.map((i) => `(${i.source})`).join('|'), flags),
    alternatives: sorted.map((item, i) => ({ group: i + 1, rule: item.rule })),
  };
}
