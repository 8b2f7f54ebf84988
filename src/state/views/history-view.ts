/**
 * What History shows of one segment (issue 10: the edit classification runs in state, not in the
 * element): its revisions newest first, a page at a time, each with what produced it, the kinds of edit
 * it made and its diffs against the previous revision and against the MT.
 */
import {
  classifyEdits,
  countEdits,
  EDIT_KINDS,
  type EditKind,
} from '../../core/metrics/classify.ts';
import type { Revision, Segment } from '../../core/model/model.ts';
import type { RevisionPage } from '../../core/project/revision-page.ts';
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

/** A page of History as the list shows it (issue 12 item 3). */
export interface HistoryPage {
  readonly views: readonly RevisionView[];
  /** The key of the next (older) page, or `null` when this page ends with the import revision. */
  readonly next: number | null;
  /** Revisions the segment has in all. */
  readonly total: number;
}

/** One revision as History lists it; `previous` is the revision before it (none for the first). */
function describeRevision(
  segment: Segment,
  revision: Revision,
  previous: Revision | undefined,
  number: number,
  current: boolean,
  terms: readonly { from: string; to: string }[],
): RevisionView {
  const counts = previous
    ? countEdits(classifyEdits(previous.text, revision.text, { terms }))
    : undefined;
  return {
    revision,
    number,
    current,
    sameAsNow: revision.text === segment.text,
    kinds: counts
      ? EDIT_KINDS.filter((k) => counts[k] > 0).map((kind) => ({ kind, count: counts[kind] }))
      : [],
    vsPrevious: previous ? wordDiff(previous.text, revision.text) : null,
    vsMt: wordDiff(segment.mt, revision.text),
  };
}

/**
 * One page of History (issue 12 item 3): the page's revisions newest first, numbered down from
 * `newest` (the number of the page's first revision); only the page's own diffs are computed.
 */
export function describePage(
  segment: Segment,
  page: RevisionPage,
  newest: number,
  terms: readonly { from: string; to: string }[],
): RevisionView[] {
  const { revisions } = page;
  return revisions.map((revision, i) =>
    describeRevision(
      segment,
      revision,
      revisions[i + 1] ?? page.previous,
      newest - i,
      newest - i === page.total,
      terms,
    ),
  );
}
