/**
 * `duplicate`: a segment whose text, or MT, repeats an earlier segment's (the seed's title appears
 * twice). Reported on the later copies only, as `info`: a repeated heading may be intended, a repeated
 * paragraph is usually an extraction slip to exclude.
 */
// @ts-nocheck

import type { Check } from './check.ts';
import type { DocumentStats, DuplicateOf } from './stats.ts';

/** Fewer words than this repeat innocently ("Notes", "(2) Significance"). */
export const MIN_DUPLICATE_WORDS = 3;

/** Anything {@link duplicateKey} would change: a run of spaces, other white space, space at an end. */
const UNNORMALISED = /\s\s|[^\S ]|^ | $/;

/** The form two texts are compared in: spaces collapsed, ends trimmed. */
export function duplicateKey(text: string): string {
  // Most texts are already in that form: testing is far cheaper than rebuilding a copy.
  return UNNORMALISED.test(text) ? text.replace(/\s+/g, ' ').trim() : text;
}

/** Flags the later copy, whole segment as span, naming the first (1-based); no suggestion. */
export const duplicateCheck: Check = {
  id: 'duplicate',
  run({ segment, scan: { text, words }, doc, index: known }, report) {
    if (!doc || words.length < MIN_DUPLICATE_WORDS) return;
    const index = known ?? doc.indexById.get(segment.id);
    if (index === undefined) return;
    const duplicate =
      doc.texts[index] === text
        ? doc.duplicateOf[index]
        : liveDuplicateOf(segment.mt, text, index, doc);
    if (!duplicate) return;
    report({
      rule: 'duplicate',
      severity: 'info',
      start: 0,
      end: text.length,
      key: duplicate.by === 'text' ? 'qa.duplicate.text' : 'qa.duplicate.mt',
      params: { segment: duplicate.index + 1 },
    });
  },
};

/** For a text changed since the statistics: the earlier segment it now duplicates, if any. */
function liveDuplicateOf(
  mt: string,
  text: string,
  index: number,
  doc: DocumentStats,
): DuplicateOf | undefined {
  const sameText = doc.firstByText.get(duplicateKey(text));
  if (sameText !== undefined && sameText < index) return { index: sameText, by: 'text' };
  const sameMt = mt === '' ? undefined : doc.firstByMt.get(duplicateKey(mt));
  return sameMt !== undefined && sameMt < index ? { index: sameMt, by: 'mt' } : undefined;
}
