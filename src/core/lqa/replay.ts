/**
 * Undo and redo of a quality-assessment step when others change the assessment too (issue 15: LQA is
 * synced with the other reviewers, item by item). A step records the whole assessment before and after
 * it; putting either back whole would also undo what another reviewer (or another tab) changed since —
 * delete an error they logged, bring back one they removed. Replaying moves only the step's own items
 * (errors, "needs rework" flags, the scorecard), and only those nobody changed since: an item changed
 * by someone else after the step keeps their version and is counted, so the reviewer can be told.
 */
import { sameValue } from '../sync/map-entries.ts';
import { lqaChanges, lqaEntries, lqaFromEntries } from '../sync/project-lqa.ts';
import type { ProjectLqa } from './project-lqa.ts';

/** The assessment after a replay, and how many of the step's items were left as others made them. */
export interface Replayed {
  readonly lqa: ProjectLqa;
  readonly kept: number;
}

/**
 * `current` with the step `from` → `to` replayed on it: each item the step changed becomes as in `to`
 * (set, or removed), provided it is still as in `from`; otherwise it stays and counts in `kept`. Undo
 * is the step replayed from its after to its before. Items keep their place in `to`; the others follow
 * in their order in `current`. `current` itself when nothing moves.
 */
export function replayLqa(current: ProjectLqa, from: ProjectLqa, to: ProjectLqa): Replayed {
  const { set, remove } = lqaChanges(from, to);
  const was = lqaEntries(from);
  const entries = lqaEntries(current);
  let kept = 0;
  let moved = 0;
  const untouched = (key: string): boolean => sameItem(entries.get(key), was.get(key));
  for (const [key, value] of set) {
    const now = entries.get(key);
    if (sameItem(now, value)) continue;
    if (!untouched(key)) kept += 1;
    else {
      entries.set(key, withPlace(value, now));
      moved += 1;
    }
  }
  for (const key of remove) {
    if (!entries.has(key)) continue;
    if (!untouched(key)) kept += 1;
    else {
      entries.delete(key);
      moved += 1;
    }
  }
  return { lqa: moved === 0 ? current : lqaFromEntries(entries, to), kept };
}

/** Where an error sits follows its text (core/lqa/anchor.ts), not a person: not a change of the item. */
const PLACE = ['span', 'detached'] as const;

function sameItem(a: unknown, b: unknown): boolean {
  return sameValue(withoutPlace(a), withoutPlace(b));
}

function isError(
  value: unknown,
): value is { readonly segmentId: unknown; readonly categoryId: unknown } {
  return (
    typeof value === 'object' && value !== null && 'categoryId' in value && 'segmentId' in value
  );
}

function withoutPlace(value: unknown): unknown {
  if (!isError(value)) return value;
  const rest: Record<string, unknown> = { ...value };
  for (const field of PLACE) delete rest[field];
  return rest;
}

/**
 * `value` at the place the item has now (its span moved with later edits) when both are on the same
 * segment; a step that moved the error to another segment (a merge, a split) puts its own place back.
 */
function withPlace(value: unknown, now: unknown): unknown {
  if (!isError(value) || !isError(now) || value.segmentId !== now.segmentId) return value;
  const placed: Record<string, unknown> = withoutPlace(value) as Record<string, unknown>;
  for (const field of PLACE)
    if (field in now) placed[field] = (now as Record<string, unknown>)[field];
  return placed;
}
