/**
 * What the scorecard editor needs of core (issue 15, deliverable 1), for the dialog's own chunk: the
 * edit operations and checks, the shipped presets, and reading and writing scorecard files (a file
 * that cannot be read becomes a notice naming it, as every import's refusal does).
 */
import { downloadName } from '../../core/export/file-name.ts';
import { parseScorecard, serializeScorecard } from '../../core/lqa/lqa-json.ts';
import { SCORECARD_PRESETS, scorecardPreset } from '../../core/lqa/presets.ts';
import type { Scorecard } from '../../core/lqa/scorecard.ts';
import type { Download } from '../app-state.ts';
import { noticeFor, type Notice } from '../notices.ts';

export {
  addCategory,
  CUSTOM_SCORECARD_ID,
  errorsUnderCategory,
  removeCategory,
  renameCategory,
  sameScorecardContent,
  scorecardProblems,
  setSeverityWeight,
  settleScorecard,
  type ScorecardProblem,
} from '../../core/lqa/scorecard-edit.ts';
export { flattenCategories } from '../../core/lqa/scorecard.ts';
export { SCORECARD_PRESETS, scorecardPreset };

/** The scorecard in a file the reviewer chose, or the notice saying why it is none. */
export function readScorecardFile(
  text: string,
  fileName: string,
): { readonly scorecard: Scorecard } | { readonly notice: Notice } {
  try {
    return { scorecard: parseScorecard(text, fileName) };
  } catch (error) {
    return { notice: noticeFor(error) };
  }
}

/** `scorecard` as a scorecard file named after the project (`<project>.scorecard.json`). */
export function scorecardDownload(scorecard: Scorecard, projectName: string): Download {
  return {
    fileName: downloadName(projectName, 'scorecard', 'json'),
    mime: 'application/json',
    content: serializeScorecard(scorecard),
  };
}
