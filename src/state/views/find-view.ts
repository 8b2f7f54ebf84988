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

/** Characters of context shown on each side of a hit in the preview. */
const CONTEXT = 48;
/** Hits listed in the preview; beyond that they are counted (and replaced) but not listed. */
export const MAX_LISTED = 1000;

/** A search's outcome. */
export interface FindResult {
  readonly hits: readonly FindHit[];
  /** Before/after of each listed hit (the first {@link MAX_LISTED}), in context. */
  readonly previews: readonly (readonly DiffOp[])[];
  /** Segments with at least one hit. */
  readonly segments: number;
  /** An expression that cannot be used, as a message for the reviewer. */
  readonly error: Notice | null;
}

const NONE: FindResult = { hits: [], previews: [], segments: 0, error: null };

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
      .map((hit) => hitPreview(segments[hit.segmentIndex]?.text ?? '', hit)),
    segments: new Set(hits.map((h) => h.segmentId)).size,
    error: null,
  };
}

/** Before/after of one hit, in context, as a diff. */
function hitPreview(text: string, hit: FindHit): DiffOp[] {
  const from = Math.max(0, hit.start - CONTEXT);
  const to = Math.min(text.length, hit.end + CONTEXT);
  const ops: DiffOp[] = [
    { kind: 'equal', text: (from > 0 ? '…' : '') + text.slice(from, hit.start) },
    { kind: 'delete', text: hit.match },
    { kind: 'insert', text: hit.replacement },
    { kind: 'equal', text: text.slice(hit.end, to) + (to < text.length ? '…' : '') },
  ];
  return ops.filter((op) => op.text.length > 0);
}
