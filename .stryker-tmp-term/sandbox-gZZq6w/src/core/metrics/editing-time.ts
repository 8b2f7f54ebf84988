/**
 * Active editing time: how long a reviewer actually worked on each segment, from the times of their
 * keystrokes or saves (the app feeds it revision timestamps). Time between two consecutive events of a
 * segment counts, unless the gap is longer than the idle threshold: then the reviewer was away or
 * elsewhere, and the gap counts for nothing (not even the threshold).
 */
// @ts-nocheck


/** One keystroke or save on a segment. */
export interface EditEvent {
  readonly segmentId: string;
  /** Time of the event, in milliseconds (any epoch). */
  readonly at: number;
}

/** Active editing time, in milliseconds. */
export interface EditingTime {
  /** All segments together. */
  readonly totalMs: number;
  /** Per segment id; a segment with one event (or only idle gaps) has 0. */
  readonly bySegment: ReadonlyMap<string, number>;
}

/** Default idle threshold: a gap of more than a minute is not editing. */
export const IDLE_GAP_MS = 60_000;

/**
 * Sums, per segment, the gaps between consecutive events (in time order; input order does not matter)
 * that are at most `idleGapMs` long.
 */
export function activeEditingTime(
  events: readonly EditEvent[],
  idleGapMs: number = IDLE_GAP_MS,
): EditingTime {
  const times = new Map<string, number[]>();
  for (const e of events) {
    const list = times.get(e.segmentId);
    if (list) list.push(e.at);
    else times.set(e.segmentId, [e.at]);
  }
  const bySegment = new Map<string, number>();
  let totalMs = 0;
  for (const [segmentId, list] of times) {
    list.sort((a, b) => a - b);
    let active = 0;
    for (let i = 1; i < list.length; i += 1) {
      const gap = list[i]! - list[i - 1]!;
      if (gap <= idleGapMs) active += gap;
    }
    bySegment.set(segmentId, active);
    totalMs += active;
  }
  return { totalMs, bySegment };
}
