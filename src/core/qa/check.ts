/**
 * What a check is and what it is given. Each check looks at one segment (its text scanned once), with
 * the context prepared once per run and, for cross-segment checks, the document's statistics.
 */
import type { Segment } from '../model/model.ts';
import { compileTerms, type CompiledTerms } from '../terms/matcher.ts';
import type { FindingSpec } from './finding.ts';
import type { DocumentStats } from './stats.ts';
import type { ScannedText } from '../text/words.ts';
import type { QaContext, Speller } from './types.ts';

/** The context with everything derived from it computed once (see {@link prepareContext}). */
export interface PreparedContext {
  readonly ctx: QaContext;
  readonly terms: CompiledTerms;
  /** Lower-case words never flagged as misspelt: the project's word list and the terms' words. */
  readonly knownWords: ReadonlySet<string>;
  readonly disabled: ReadonlySet<string>;
  /** The speller, when there is one for the target's language (see `spellerFor`). */
  readonly speller: Speller | undefined;
  /** The target is written without CJK characters (checks for leftovers apply). */
  readonly latinTarget: boolean;
}

/** What a check sees of one segment. */
export interface CheckInput {
  readonly segment: Segment;
  readonly scan: ScannedText;
  readonly context: PreparedContext;
  /** Statistics of the whole document; absent in a live check without them. */
  readonly doc: DocumentStats | undefined;
  /** The segment's position in the document, when the caller knows it (a whole-document run). */
  readonly index?: number;
}

/** How a check hands over what it found. */
export type Report = (spec: FindingSpec) => void;

/** One check: an id (the findings' `rule`) and a function reporting what it finds. */
export interface Check {
  readonly id: string;
  readonly run: (input: CheckInput, report: Report) => void;
}

/** The primary subtag of a BCP 47 tag, lower-cased (`zh` of `zh-Hans-CN`). */
export function primaryLanguage(lang: string | undefined): string {
  return (lang ?? '').trim().toLowerCase().split(/[-_]/)[0] ?? '';
}

/**
 * The context's speller when its dictionary is in the target's language (an English dictionary on a
 * German target flags "Drücken" and "Sie": issue 11 item 7); `undefined` otherwise.
 */
export function spellerFor(ctx: QaContext): Speller | undefined {
  const { speller } = ctx;
  if (!speller || speller.lang === undefined) return speller;
  return primaryLanguage(speller.lang) === primaryLanguage(ctx.targetLang) ? speller : undefined;
}

/** Language tags whose script is CJK (BCP 47 primary subtags). */
const CJK_LANGUAGES = new Set(['zh', 'ja', 'ko', 'yue', 'wuu', 'cmn', 'hak', 'nan', 'gan', 'lzh']);

/** True when `lang` is written in CJK scripts. */
export function isCjkLanguage(lang: string | undefined): boolean {
  return CJK_LANGUAGES.has(primaryLanguage(lang));
}

// Keyed by the arrays themselves: the app keeps them immutable, so a new context object made for each
// keystroke still reuses the compiled terms and word sets.
const compiledByTerms = new WeakMap<readonly unknown[], CompiledTerms>();
const wordsByLists = new WeakMap<readonly unknown[], WeakMap<readonly unknown[], Set<string>>>();

/** Derives what the checks need from `ctx`; cached by the identity of its term and word lists. */
export function prepareContext(ctx: QaContext): PreparedContext {
  let terms = compiledByTerms.get(ctx.terms);
  if (!terms) {
    terms = compileTerms(ctx.terms);
    compiledByTerms.set(ctx.terms, terms);
  }
  let byWords = wordsByLists.get(ctx.terms);
  if (!byWords) wordsByLists.set(ctx.terms, (byWords = new WeakMap()));
  let knownWords = byWords.get(ctx.projectWords);
  if (!knownWords) {
    knownWords = new Set(terms.words);
    for (const word of ctx.projectWords) knownWords.add(word.trim().toLowerCase());
    byWords.set(ctx.projectWords, knownWords);
  }
  return {
    ctx,
    terms,
    knownWords,
    disabled: new Set(ctx.disabledRules ?? []),
    speller: spellerFor(ctx),
    latinTarget: !isCjkLanguage(ctx.targetLang),
  };
}
