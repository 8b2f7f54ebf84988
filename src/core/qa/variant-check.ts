/** `variant`: a rare near-variant of a phrase the document uses often (see variants.ts). */
import type { Check } from './check.ts';
import { findVariants } from './variants.ts';

/** Flags the rare phrase, suggesting it with the frequent form's word (needs the document's stats). */
export const variantCheck: Check = {
  id: 'variant',
  run({ scan, doc }, report) {
    if (!doc) return;
    for (const hit of findVariants(scan, doc.variants)) {
      report({
        rule: 'variant',
        severity: 'warning',
        start: hit.start,
        end: hit.end,
        suggestion: hit.suggestion,
        key: 'qa.variant.rare',
        params: {
          variant: scan.text.slice(hit.start, hit.end),
          frequent: hit.suggestion,
          count: hit.entry.count,
          frequentCount: hit.entry.frequentCount,
        },
      });
    }
  },
};
