/**
 * What the History dialog shows of one segment (issue 10: the edit classification runs in state, not in
 * the element): its revisions newest first, each with what produced it, the kinds of edit it made and
 * its diffs against the previous revision and against the MT.
 */
import {
  classifyEdits,
  countEdits,
  EDIT_KINDS,
  type EditKind,
} from '../../core/metrics/classify.ts';
import type { Revision, Segment } from '../../core/model/model.ts';
import { wordDiff, type DiffOp } from '../../core/text/diff.ts';

/** One revision as History lists it. */
export interface RevisionView {
  readonly revision: Revision;
  /** 1-based, oldest first. */
  readonly number: number;
  /** The segment's current revision (nothing to restore). */
  readonly current: boolean;
  /** Restoring would change nothing: the segment has this text now. */
  readonly sameAsNow: boolean;
  /** Edits this revision made, by kind (terminology, numbers, word order…), with counts. */
  readonly kinds: readonly { readonly kind: EditKind; readonly count: number }[];
  /** Diff against the previous revision (none for the first). */
  readonly vsPrevious: readonly DiffOp[] | null;
  readonly vsMt: readonly DiffOp[];
}

/**
 * The revisions of `segment` (oldest first, as the repository lists them) as History shows them,
 * newest first. `terms` are the term rules in force as from → to pairs, so terminology edits are
 * recognised.
 */
export function describeHistory(
  segment: Segment,
  revisions: readonly Revision[],
  terms: readonly { from: string; to: string }[],
): RevisionView[] {
  const latest = revisions.at(-1);
  return revisions
    .map((revision, i): RevisionView => {
      const previous = revisions[i - 1];
      const counts = previous
        ? countEdits(classifyEdits(previous.text, revision.text, { terms }))
        : undefined;
      return {
        revision,
        number: i + 1,
        current: revision === latest,
        sameAsNow: revision.text === segment.text,
        kinds: counts
          ? EDIT_KINDS.filter((k) => counts[k] > 0).map((kind) => ({ kind, count: counts[kind] }))
          : [],
        vsPrevious: previous ? wordDiff(previous.text, revision.text) : null,
        vsMt: wordDiff(segment.mt, revision.text),
      };
    })
    .reverse();
}
