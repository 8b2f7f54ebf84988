/**
 * Term rules (issue 4, deliverable 2): a preferred term and the variants that must not be used for it.
 * A project's termbase, a shared one and the shipped packs are all lists of these.
 */
// @ts-nocheck


/** A variant that must not be used: literal text, or a regular expression (JavaScript, `u` flag). */
export interface ForbiddenVariant {
  readonly pattern: string;
  readonly regex: boolean;
}

/** One term rule. Forbidden variants found in a segment become `term` findings suggesting `preferred`. */
export interface TermRule {
  /** Stable id (termbase entry id, or generated). */
  readonly id: string;
  /** The rendering to use. */
  readonly preferred: string;
  readonly forbidden: readonly ForbiddenVariant[];
  /** The source-language term; when the source has it, the target should have `preferred`. */
  readonly sourceTerm?: string;
  /** Variants match only as whole words (no letter or digit touching them). */
  readonly wholeWord: boolean;
  /** Variants match only with the case as written. */
  readonly matchCase: boolean;
  /** Why: the source of the rendering, a usage note. */
  readonly note?: string;
  /** Id of the pack the rule comes from (`belt-and-road`); absent for the project's own rules. */
  readonly pack?: string;
}
