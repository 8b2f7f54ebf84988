/**
 * A project's quality assessment in its shared Y.Doc (issue 15, deliverable 2: LQA errors are synced
 * with the others, like revisions): one Y.Map `lqa` of entries, one per item, so two reviewers who
 * each log errors keep both (a whole-assessment value would keep only the later):
 * - `init` → true: the map holds the project's assessment (an older shared document has none yet);
 * - `error:<id>` → LqaError (with its author);
 * - `rework:<segment id>` → ReworkFlag (with who flagged it);
 * - `scorecard` → Scorecard.
 * Removing an item deletes its key. What is read back is validated entry by entry: a malformed entry
 * (a hostile or newer peer) is skipped. Pure: no Yjs here, only the entries.
 */
import type { LqaError } from '../lqa/error.ts';
import { readError, readFlag, readScorecard } from '../lqa/lqa-json.ts';
import type { ProjectLqa } from '../lqa/project-lqa.ts';
import type { ReworkFlag } from '../lqa/rework.ts';
import type { Scorecard } from '../lqa/scorecard.ts';
import { MAX_ERRORS, MAX_SEGMENTS } from '../model/limits.ts';
import { FieldReader } from '../text/json-fields.ts';
import { entryChanges, type EntryChanges } from './map-entries.ts';

/** Name of the Y.Map in the project's Y.Doc. */
export const LQA_MAP = 'lqa';
/** Key marking a map that holds the assessment. */
export const LQA_INIT = 'init';
/** Key of the scorecard. */
export const LQA_SCORECARD = 'scorecard';

const ERROR = 'error:';
const REWORK = 'rework:';

/** The entries of `lqa`, `init` included. */
export function lqaEntries(lqa: ProjectLqa): Map<string, unknown> {
  const entries = new Map<string, unknown>([
    [LQA_INIT, true],
    [LQA_SCORECARD, lqa.scorecard],
  ]);
  for (const error of lqa.errors) entries.set(`${ERROR}${error.id}`, error);
  for (const flag of lqa.rework) entries.set(`${REWORK}${flag.segmentId}`, flag);
  return entries;
}

/**
 * The assessment the entries hold, each entry validated (a malformed one is left out; a malformed or
 * missing scorecard leaves `order`'s). Items also in `order` keep their place there; the others follow
 * in the entries' order, so a reviewer's list does not reshuffle when another's change arrives.
 */
export function lqaFromEntries(
  entries: ReadonlyMap<string, unknown>,
  order: ProjectLqa,
): ProjectLqa {
  const read = new FieldReader('shared document');
  const ranks = new Map([...lqaEntries(order).keys()].map((key, i) => [key, i]));
  const keys = [...entries.keys()]
    .map((key, i) => ({ key, i, r: ranks.get(key) ?? Infinity }))
    .sort((a, b) => a.r - b.r || a.i - b.i)
    .map((k) => k.key);
  const errors: LqaError[] = [];
  const rework: ReworkFlag[] = [];
  let scorecard: Scorecard = order.scorecard;
  for (const key of keys) {
    const value = entries.get(key);
    try {
      if (key.startsWith(ERROR) && errors.length < MAX_ERRORS) {
        const error = readError(value, key, read);
        if (error.id === key.slice(ERROR.length)) errors.push(error);
      } else if (key.startsWith(REWORK) && rework.length < MAX_SEGMENTS) {
        const flag = readFlag(value, key, read);
        if (flag.segmentId === key.slice(REWORK.length)) rework.push(flag);
      } else if (key === LQA_SCORECARD) {
        scorecard = readScorecard(value, key, read);
      }
    } catch {
      // Malformed: skipped, the rest of the assessment still arrives.
    }
  }
  return { scorecard, errors, rework };
}

/** What turns the entries of `from` into those of `to`: keys to set (new or changed) and to delete. */
export function lqaChanges(from: ProjectLqa, to: ProjectLqa): EntryChanges {
  return entryChanges(lqaEntries(from), lqaEntries(to));
}

/** Whether two assessments hold the same items (order aside). */
export function sameLqa(a: ProjectLqa, b: ProjectLqa): boolean {
  const { set, remove } = lqaChanges(a, b);
  return set.length === 0 && remove.length === 0;
}
