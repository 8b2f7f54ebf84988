/**
 * Termbase recognition (issue 16, deliverable 4): the project's term rules that concern a segment,
 * shown with their preferred rendering before QA flags anything.
 *
 * - A rule with a source term, on a segment with a source: the source term is looked for in the
 *   source ("the glossary expects `preferred` here").
 * - Otherwise (no source term, or no source): the rule's forms are looked for in the MT — a forbidden
 *   variant (the `term` QA check will flag it: findTermHits in terms/matcher.ts, the same matcher)
 *   or the preferred term itself (already right).
 *
 * Each form matches with its rule's options (whole word, case) as in find and replace, but a whole
 * word never needs a boundary next to a CJK character: Chinese has no spaces between words.
 */
import { literalRegExp } from '../text/user-regex.ts';
import { compileTerms, findTermHits, type CompiledTerms } from '../terms/matcher.ts';
import type { TermRule } from '../terms/model.ts';

/** What was found: the source term, a forbidden variant in the MT, or the preferred term in the MT. */
export type RecognizedForm = 'source' | 'forbidden' | 'preferred';

/** A term rule that concerns the segment, and where. */
export interface RecognizedTerm {
  readonly rule: TermRule;
  /** The text it was found in. */
  readonly side: 'source' | 'mt';
  readonly start: number;
  readonly end: number;
  /** The text found. */
  readonly text: string;
  readonly form: RecognizedForm;
  /** What the glossary expects in the target: the rule's preferred term. */
  readonly preferred: string;
}

/** The segment's texts. */
export interface RecognitionInput {
  readonly source?: string;
  readonly mt: string;
}

/** Term rules prepared for recognition (compile once per termbase, recognise per segment). */
export interface TermRecognizer {
  readonly rules: readonly TermRule[];
  /** The terms of `segment`, in order of side (source first), then offset; overlaps left out. */
  recognize(segment: RecognitionInput): RecognizedTerm[];
}

const CJK_EDGE = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

/**
 * Prepares `rules` for recognition. Rules with an invalid forbidden variant still recognise their
 * source and preferred terms; forbidden variants go through terms/matcher.ts exactly as QA does.
 */
export function termRecognizer(rules: readonly TermRule[]): TermRecognizer {
  const compiled: CompiledTerms = compileTerms(rules);
  const sourcePatterns = new Map<TermRule, RegExp>();
  const preferredPatterns = new Map<TermRule, RegExp>();
  for (const rule of rules) {
    const source = literal(rule.sourceTerm, rule);
    if (source) sourcePatterns.set(rule, source);
    const preferred = literal(rule.preferred, rule);
    if (preferred) preferredPatterns.set(rule, preferred);
  }
  return {
    rules,
    recognize(segment) {
      const found: RecognizedTerm[] = [];
      const source = segment.source ?? '';
      const onSource = (rule: TermRule) => source !== '' && sourcePatterns.has(rule);
      if (source !== '') {
        for (const [rule, pattern] of sourcePatterns) {
          for (const m of source.matchAll(pattern)) {
            found.push(term(rule, 'source', 'source', m.index, m[0]));
          }
        }
      }
      for (const hit of findTermHits(segment.mt, compiled)) {
        if (!onSource(hit.rule))
          found.push(term(hit.rule, 'mt', 'forbidden', hit.start, hit.match));
      }
      for (const [rule, pattern] of preferredPatterns) {
        if (onSource(rule)) continue;
        for (const m of segment.mt.matchAll(pattern)) {
          found.push(term(rule, 'mt', 'preferred', m.index, m[0]));
        }
      }
      return withoutOverlaps(found);
    },
  };
}

/** The terms of one segment (compiles the rules each time: {@link termRecognizer} to reuse them). */
export function recognizeTerms(
  segment: RecognitionInput,
  rules: readonly TermRule[],
): RecognizedTerm[] {
  return termRecognizer(rules).recognize(segment);
}

function term(
  rule: TermRule,
  side: 'source' | 'mt',
  form: RecognizedForm,
  start: number,
  text: string,
): RecognizedTerm {
  return { rule, side, start, end: start + text.length, text, form, preferred: rule.preferred };
}

/** A literal term as a pattern with the rule's options; undefined for an empty term. */
function literal(text: string | undefined, rule: TermRule): RegExp | undefined {
  const find = text?.trim();
  if (!find) return undefined;
  const cjkEdge = CJK_EDGE.test(find) || CJK_EDGE.test(find.slice(-1));
  return literalRegExp(find, {
    ignoreCase: !rule.matchCase,
    wholeWord: rule.wholeWord && !cjkEdge,
  });
}

/** Sorted by side and start; a term inside a longer one found at the same place is dropped. */
function withoutOverlaps(found: RecognizedTerm[]): RecognizedTerm[] {
  found.sort(
    (a, b) =>
      (a.side === b.side ? 0 : a.side === 'source' ? -1 : 1) || a.start - b.start || b.end - a.end,
  );
  const out: RecognizedTerm[] = [];
  for (const t of found) {
    const last = out[out.length - 1];
    if (last && last.side === t.side && t.start < last.end) continue;
    out.push(t);
  }
  return out;
}
