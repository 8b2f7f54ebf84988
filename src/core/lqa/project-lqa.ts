/**
 * What a project keeps of its quality assessment (issue 15): its scorecard, the errors logged and the
 * segments flagged "needs rework". Stored with the project, written to its backup (formats/backup),
 * given to the exports (export-input.ts) and synced when the project is shared.
 */
import type { LqaError } from './error.ts';
import { DEFAULT_SCORECARD } from './presets.ts';
import type { ReworkFlag } from './rework.ts';
import type { Scorecard } from './scorecard.ts';

/** A project's quality assessment. */
export interface ProjectLqa {
  readonly scorecard: Scorecard;
  readonly errors: readonly LqaError[];
  readonly rework: readonly ReworkFlag[];
}

/** The assessment of a project where none was made yet: the default scorecard (MQM Core), no errors. */
export const EMPTY_LQA: ProjectLqa = { scorecard: DEFAULT_SCORECARD, errors: [], rework: [] };

/**
 * True when the assessment holds something worth writing: errors, flags, or a scorecard other than
 * the default (compared by content: a stored or synced scorecard is a copy).
 */
export function hasLqa(lqa: ProjectLqa | undefined): lqa is ProjectLqa {
  if (lqa === undefined) return false;
  if (lqa.errors.length > 0 || lqa.rework.length > 0) return true;
  return (
    lqa.scorecard !== DEFAULT_SCORECARD &&
    JSON.stringify(lqa.scorecard) !== JSON.stringify(DEFAULT_SCORECARD)
  );
}
