/**
 * `variant`: a rare near-variant of a phrase the document uses often (see variants.ts).
 *
 * Only a minimal, same-slot difference gets a suggestion (issue 11 item 5): the differing word is
 * another form of the frequent one (inflection, spelling, hyphenation). A different content word
 * ("one belt and one way" beside "one belt and one road") is flagged without one — the reviewer
 * decides — and a different word in a name ("Free Comprehensive Pilot Zone" beside "Free Trade Pilot
 * Zone": two zones) is not flagged at all. A suggestion is marked `needsPreview`: fix-all leaves it
 * out unless the reviewer has seen it (see `fixAll`).
 */
import type { Check } from './check.ts';
import { findVariants } from './variants.ts';

/** Flags the rare phrase (needs the document's stats). */
export const variantCheck: Check = {
  id: 'variant',
  run({ scan, doc }, report) {
    if (!doc) return;
    for (const hit of findVariants(scan, doc.variants)) {
      if (hit.name && !hit.sameWord) continue;
      report({
        rule: 'variant',
        severity: 'warning',
        start: hit.start,
        end: hit.end,
        ...(hit.sameWord ? { suggestion: hit.suggestion, needsPreview: true } : {}),
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
