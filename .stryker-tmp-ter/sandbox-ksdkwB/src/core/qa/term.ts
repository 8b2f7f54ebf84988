/**
 * `term`: term-rule violations — a forbidden variant in the correction (error, the preferred term as
 * suggestion, cased like the text it replaces), or, when the segment has a source containing a rule's
 * source term, a correction without the preferred term (warning, nothing to click).
 */
// @ts-nocheck

import { findTermHits } from '../terms/matcher.ts';
import type { Check } from './check.ts';

/** Flags forbidden variants (suggestion: the preferred term) and, with a source, missing terms. */
export const termCheck: Check = {
  id: 'term',
  run({ segment, scan, context }, report) {
    const { text } = scan;
    const { terms } = context;
    if (terms.patterns.length === 0 && terms.anchored.length === 0 && !segment.source) return;
    const violated = new Set<string>();
    for (const hit of findTermHits(text, terms, scan.words)) {
      violated.add(hit.rule.id);
      report({
        rule: 'term',
        severity: 'error',
        start: hit.start,
        end: hit.end,
        suggestion: hit.suggestion,
        key: 'qa.term.forbidden',
        params: {
          found: hit.match,
          preferred: hit.rule.preferred,
          ...(hit.rule.note ? { note: hit.rule.note } : {}),
        },
      });
    }
    const source = segment.source?.toLowerCase();
    if (!source) return;
    const lower = text.toLowerCase();
    for (const rule of terms.rules) {
      const sourceTerm = rule.sourceTerm?.toLowerCase();
      if (!sourceTerm || violated.has(rule.id) || !source.includes(sourceTerm)) continue;
      if (lower.includes(rule.preferred.toLowerCase())) continue;
      report({
        rule: 'term',
        severity: 'warning',
        start: 0,
        end: 0,
        key: 'qa.term.missing',
        params: { source: rule.sourceTerm!, preferred: rule.preferred },
        discriminator: rule.id,
      });
    }
  },
};
