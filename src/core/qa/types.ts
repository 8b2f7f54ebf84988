/**
 * The shapes of Verso's QA engine (issue 4): findings, the context checks run in, the speller port.
 * Plain data only, so findings cross a worker boundary (structured clone) and persist as they are.
 */
import type { TermRule } from '../terms/model.ts';

/** How bad a finding is: `error` is very likely wrong, `warning` worth a look, `info` a hint. */
export type Severity = 'error' | 'warning' | 'info';

/** An i18n message: `key` is under `qa.` in the locale files, `params` its interpolation values. */
export interface QaMessage {
  readonly key: string;
  readonly params: Readonly<Record<string, string | number>>;
}

/** One problem found in one segment's current text. */
export interface Finding {
  /**
   * Stable identity, `${rule}:${segmentId}:${start}:${end}:${hash}` (hash of the flagged text), so an
   * ignored finding is recognised again when the checks run again on the same text.
   */
  readonly id: string;
  /** The check that found it: 'repeated-word', 'term', 'variant', 'spelling'… (see `QA_RULES`). */
  readonly rule: string;
  readonly severity: Severity;
  readonly segmentId: string;
  /** Offsets (UTF-16 code units) in the segment's current text; `start === end` for "missing" findings. */
  readonly start: number;
  readonly end: number;
  /** The flagged text, `text.slice(start, end)`. */
  readonly text: string;
  /** Replacement for [start, end) when a one-click fix exists. */
  readonly suggestion?: string;
  /**
   * The suggestion is a guess that may change meaning (an inconsistent variant, issue 11 item 5): the
   * UI shows it (its before/after) before applying it, and `fixAll` leaves it out unless told that the
   * reviewer has seen it.
   */
  readonly needsPreview?: true;
  readonly message: QaMessage;
}

/**
 * A spelling dictionary, behind an interface so that `core` does not care how it was loaded (nspell
 * over dictionary-en in the worker and the CLI; anything in tests).
 */
export interface Speller {
  correct(word: string): boolean;
  suggest(word: string): string[];
  /**
   * BCP 47 language of the dictionary (`en`): targets in another language are not spell-checked
   * (issue 11 item 7). Absent: the speller is taken to fit any target (tests).
   */
  readonly lang?: string;
}

/** What the checks need besides the segments. */
export interface QaContext {
  /** Term rules in force: the project's termbase, shared ones and enabled packs. */
  readonly terms: readonly TermRule[];
  /** Words the reviewer added to the project's word list: never misspellings. */
  readonly projectWords: readonly string[];
  /** Dictionary of the target language; without one, spelling is not checked. */
  readonly speller?: Speller;
  /** BCP 47 tags; the source's decides how numbers and lengths are compared. */
  readonly sourceLang?: string;
  readonly targetLang: string;
  /** Rule ids switched off. */
  readonly disabledRules?: readonly string[];
}
