/**
 * `duplicate`: a segment whose text, or MT, repeats an earlier segment's (the seed's title appears
 * twice). Reported on the later copies only, as `info`: a repeated heading may be intended, a repeated
 * paragraph is usually an extraction slip to exclude.
 */
import type { Check } from './check.ts';

/** Fewer words than this repeat innocently ("Notes", "(2) Significance"). */
export const MIN_DUPLICATE_WORDS = 3;

/** Anything {@link duplicateKey} would change: a run of spaces, other white space, space at an end. */
const UNNORMALISED = /\s\s|[^\S ]|^ | $/;

/** The form two texts are compared in: spaces collapsed, ends trimmed. */
export function duplicateKey(text: string): string {
  // Most texts are already in that form: testing is far cheaper than rebuilding a copy.
  return UNNORMALISED.test(text) ? text.replace(/\s+/g, ' ').trim() : text;
}

export const duplicateCheck: Check = {
  id: 'duplicate',
  run({ segment, scan: { text, words }, doc }, report) {
    const index = doc?.indexById.get(segment.id);
    if (!doc || index === undefined || words.length < MIN_DUPLICATE_WORDS) return;
    const sameText = doc.firstByText.get(duplicateKey(text));
    const sameMt = segment.mt === '' ? undefined : doc.firstByMt.get(duplicateKey(segment.mt));
    const first = sameText !== undefined && sameText < index ? sameText : sameMt;
    if (first === undefined || first >= index) return;
    report({
      rule: 'duplicate',
      severity: 'info',
      start: 0,
      end: text.length,
      key: first === sameText ? 'qa.duplicate.text' : 'qa.duplicate.mt',
      params: { segment: first + 1 },
    });
  },
};
