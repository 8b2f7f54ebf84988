/**
 * What the app stores in the memory when a segment becomes reviewed or approved (issue 16,
 * deliverable 1): its source (when it has one), MT and final text, the project, the author, the time,
 * and its neighbours' keys for context (101 %) matches.
 */
import type { ProjectMeta, Segment, SegmentStatus } from '../model/model.ts';
import type { LookupQuery } from './lookup.ts';
import type { UnitContext, UnitInput } from './model.ts';

/** The statuses whose segments go into the memory. */
export const MEMORY_STATUSES: ReadonlySet<SegmentStatus> = new Set(['reviewed', 'approved']);

/** Who stores, when, for which project. */
export interface SegmentUnitOptions {
  readonly project: Pick<ProjectMeta, 'id' | 'name' | 'sourceLang' | 'targetLang'>;
  readonly author?: string;
  /** Time of storing (ms since the epoch). */
  readonly now: number;
}

/**
 * The unit for `segments[index]`, or undefined when it does not belong in the memory: a status not in
 * {@link MEMORY_STATUSES}, or an empty final text or key. The key is the source, or the MT when the
 * segment has no source; the context is the neighbours' keys, `''` at either end of the document.
 */
export function unitFromSegment(
  segments: readonly Segment[],
  index: number,
  options: SegmentUnitOptions,
): UnitInput | undefined {
  const segment = segments[index];
  if (!segment || !MEMORY_STATUSES.has(segment.status) || segment.text.trim() === '')
    return undefined;
  const source = segment.source === undefined || segment.source === '' ? undefined : segment.source;
  if (source === undefined && segment.mt.trim() === '') return undefined;
  const { project, author, now } = options;
  return {
    sourceLang: project.sourceLang ?? 'und',
    targetLang: project.targetLang,
    ...(source === undefined ? {} : { source }),
    mt: segment.mt,
    target: segment.text,
    ...(segment.codes && segment.codes.length > 0 ? { codes: segment.codes } : {}),
    projectId: project.id,
    projectName: project.name,
    ...(author === undefined ? {} : { author }),
    createdAt: now,
    changedAt: now,
    context: contextOf(segments, index),
  };
}

/**
 * The lookup for `segments[index]` (the focused segment): by its source, or by its MT when it has no
 * source, with its neighbours as context.
 */
export function lookupQueryFor(segments: readonly Segment[], index: number): LookupQuery {
  const segment = segments[index];
  if (!segment) return {};
  const source = segment.source === undefined || segment.source === '' ? undefined : segment.source;
  return {
    ...(source === undefined ? {} : { source }),
    mt: segment.mt,
    context: contextOf(segments, index),
  };
}

/** The keys (source, or MT) of the segments around `index`; `''` past either end. */
function contextOf(segments: readonly Segment[], index: number): UnitContext {
  const keyOf = (neighbour: Segment | undefined) =>
    neighbour === undefined ? '' : neighbour.source || neighbour.mt;
  return { before: keyOf(segments[index - 1]), after: keyOf(segments[index + 1]) };
}

/** The units of every segment of a project that belongs in the memory (a first fill, a backfill). */
export function unitsFromSegments(
  segments: readonly Segment[],
  options: SegmentUnitOptions,
): UnitInput[] {
  const units: UnitInput[] = [];
  for (let i = 0; i < segments.length; i++) {
    const unit = unitFromSegment(segments, i, options);
    if (unit) units.push(unit);
  }
  return units;
}
