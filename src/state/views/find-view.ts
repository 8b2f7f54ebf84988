/**
 * What the find-and-replace dialog shows (issue 10: the search runs in state, not in the element): every
 * hit of the options in the document, the first ones with a before/after preview in context, or the
 * error of an invalid expression.
 */
import { VersoInputError } from '../../core/model/errors.ts';
import type { Segment } from '../../core/model/model.ts';
import { findHits, type FindHit, type FindOptions } from '../../core/review/find-replace.ts';
import type { DiffOp } from '../../core/text/diff.ts';
import { noticeFor, type Notice } from '../notices.ts';
import { changePreview } from './change-preview.ts';

/** Hits listed in the preview; beyond that they are counted (and replaced) but not listed. */
export const MAX_LISTED = 1000;

/** A search's outcome. */
export interface FindResult {
  readonly hits: readonly FindHit[];
  /** Before/after of each listed hit (the first {@link MAX_LISTED}), in context. */
  readonly previews: readonly (readonly DiffOp[])[];
  /**
   * A key per hit that survives a replacement elsewhere in its segment (its segment, its text and
   * what follows it): a hit the reviewer left out stays out when the search runs again.
   */
  readonly keys: readonly string[];
  /** Segments with at least one hit. */
  readonly segments: number;
  /** An expression that cannot be used, as a message for the reviewer. */
  readonly error: Notice | null;
}

const NONE: FindResult = { hits: [], previews: [], keys: [], segments: 0, error: null };

/** Finds `options.find` in `segments`; an empty search finds nothing. */
export function searchDocument(segments: readonly Segment[], options: FindOptions): FindResult {
  if (!options.find) return NONE;
  let hits: FindHit[];
  try {
    hits = findHits(segments, options);
  } catch (error) {
    if (!(error instanceof VersoInputError)) throw error;
    return { ...NONE, error: noticeFor(error) };
  }
  return {
    hits,
    previews: hits
      .slice(0, MAX_LISTED)
      .map((hit) =>
        changePreview(segments[hit.segmentIndex]?.text ?? '', hit.start, hit.end, hit.replacement),
      ),
    keys: hits.map((hit) => {
      const text = segments[hit.segmentIndex]?.text ?? '';
      return `${hit.segmentId}\u0000${hit.match}\u0000${text.slice(hit.end)}`;
    }),
    segments: new Set(hits.map((h) => h.segmentId)).size,
    error: null,
  };
}
