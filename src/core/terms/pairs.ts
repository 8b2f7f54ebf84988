/**
 * Term rules as the term pairs the edit classifier takes (metrics/classify.ts; issue 11 item 11): one
 * pair per forbidden variant — regular expressions included — with the preferred term, so that a fix
 * from the term pack ("comprehensive experimental zone" → "comprehensive pilot zone") counts as
 * terminology in History, Metrics and the change report. A rule without variants gives its preferred
 * term alone.
 */
import type { TermPair } from '../metrics/classify.ts';
import type { TermRule } from './model.ts';

/** The pairs of `rules`, in order. */
export function termPairsOf(rules: readonly TermRule[]): TermPair[] {
  return rules.flatMap((rule): TermPair[] =>
    rule.forbidden.length === 0
      ? [{ from: '', to: rule.preferred }]
      : rule.forbidden.map((f) => ({
          from: f.pattern,
          to: rule.preferred,
          ...(f.regex ? { regex: true } : {}),
        })),
  );
}
