/**
 * "A term found this way can become a term rule" (issue 16, deliverable 3): a concordance search
 * shows how a phrase was rendered; the reviewer picks the rendering to keep and, optionally, the
 * renderings to refuse, and the project gets a term rule (terms/model.ts) that QA then enforces.
 */
import type { TermRule } from '../terms/model.ts';
import { hash64 } from './units.ts';

/** What the reviewer chose in the concordance dialog. */
export interface TermChoice {
  /** The rendering to use (a target text span, or typed). */
  readonly preferred: string;
  /** The phrase searched, when it was a source (or the term's source) text. */
  readonly sourceTerm?: string;
  /** Renderings to flag (other target spans the search showed). */
  readonly forbidden?: readonly string[];
  readonly note?: string;
}

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

/**
 * The term rule of a concordance choice: literal forms, any case, whole words unless the preferred
 * term starts or ends with a CJK character (no word boundaries there). The id is derived from the
 * choice, so making the same rule twice gives the same id. Empty and duplicate forbidden forms, and
 * the preferred term itself, are left out.
 */
export function termRuleFromConcordance(choice: TermChoice): TermRule {
  const preferred = choice.preferred.trim();
  const sourceTerm = choice.sourceTerm?.trim() || undefined;
  const forbidden = [...new Set((choice.forbidden ?? []).map((f) => f.trim()))].filter(
    (f) => f !== '' && f.toLowerCase() !== preferred.toLowerCase(),
  );
  const cjkEdge = CJK.test(preferred.slice(0, 1)) || CJK.test(preferred.slice(-1));
  const id = `tm-${hash64([preferred, sourceTerm ?? '', ...forbidden].join('\u0000'))}`;
  return {
    id,
    preferred,
    forbidden: forbidden.map((pattern) => ({ pattern, regex: false })),
    ...(sourceTerm === undefined ? {} : { sourceTerm }),
    wholeWord: !cjkEdge,
    matchCase: false,
    note:
      choice.note ??
      (sourceTerm === undefined
        ? 'From the translation memory (concordance).'
        : `From the translation memory (concordance of “${sourceTerm}”).`),
  };
}
