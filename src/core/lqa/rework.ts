/**
 * The reviewer → translator loop (issue 15, deliverable 5): the reviewer flags a segment "needs
 * rework", its errors being the reasons, and the translator gets the flagged segments grouped, each
 * with what to fix. The flag is plain data kept with the project (stored, backed up, synced like the
 * errors); the reasons are error ids, so an error edited later shows as it is now, and one deleted
 * since drops out of the reasons.
 */
import { errorText, sortErrors, type LqaError } from './error.ts';
import type { Segment } from '../model/model.ts';

/** A segment flagged "needs rework". */
export interface ReworkFlag {
  readonly segmentId: string;
  /** The errors that are the reasons (ids of the segment's errors when it was flagged). */
  readonly errorIds: readonly string[];
  /** What the reviewer adds for the translator. */
  readonly note?: string;
  readonly by: string;
  readonly at: number;
}

/**
 * Flags segment `segmentId` "needs rework" with its errors as the reasons (`errorIds` when given: the
 * reviewer picked some), replacing any earlier flag of the segment. Returns the new list.
 */
export function flagRework(
  flags: readonly ReworkFlag[],
  segmentId: string,
  errors: readonly LqaError[],
  made: {
    readonly by: string;
    readonly at: number;
    readonly note?: string;
    readonly errorIds?: readonly string[];
  },
): ReworkFlag[] {
  const own = errors.filter((e) => e.segmentId === segmentId).map((e) => e.id);
  const errorIds = made.errorIds ? made.errorIds.filter((id) => own.includes(id)) : own;
  const note = made.note?.trim();
  const flag: ReworkFlag = {
    segmentId,
    errorIds,
    ...(note ? { note } : {}),
    by: made.by,
    at: made.at,
  };
  return [...flags.filter((f) => f.segmentId !== segmentId), flag];
}

/** The list without segment `segmentId`'s flag (the translator's fix was accepted). */
export function clearRework(flags: readonly ReworkFlag[], segmentId: string): ReworkFlag[] {
  return flags.filter((f) => f.segmentId !== segmentId);
}

/** The ids of the flagged segments (for the grid's "needs rework" filter). */
export function reworkSegmentIds(flags: readonly ReworkFlag[]): ReadonlySet<string> {
  return new Set(flags.map((f) => f.segmentId));
}

/** One flagged segment as the translator sees it. */
export interface ReworkItem {
  /** 1-based position in the project (the grid's "Segment N"). */
  readonly number: number;
  readonly segment: Pick<Segment, 'id' | 'mt' | 'text' | 'source'>;
  readonly flag: ReworkFlag;
  /** The reasons that still exist, in text order, each with the text it is about. */
  readonly reasons: readonly { readonly error: LqaError; readonly text: string }[];
}

/**
 * The flagged segments in document order, each with its reasons (errors still in `errors`, in text
 * order): what the change report's "needs rework" section and a translator's list show. Flags of
 * segments no longer in the project are left out.
 */
export function reworkItems(
  segments: readonly Pick<Segment, 'id' | 'mt' | 'text' | 'source'>[],
  flags: readonly ReworkFlag[],
  errors: readonly LqaError[],
): ReworkItem[] {
  const byId = new Map(errors.map((e) => [e.id, e]));
  const flagOf = new Map(flags.map((f) => [f.segmentId, f]));
  const items: ReworkItem[] = [];
  segments.forEach((segment, i) => {
    const flag = flagOf.get(segment.id);
    if (!flag) return;
    const reasons = sortErrors(
      flag.errorIds.flatMap((id) => byId.get(id) ?? []),
      [segment.id],
    ).map((error) => ({ error, text: errorText(error, segment.text) }));
    items.push({ number: i + 1, segment, flag, reasons });
  });
  return items;
}
