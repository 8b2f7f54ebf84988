/**
 * Turns what an importer or the aligner produced into the segments of a new project: one row per
 * bilingual unit, or one row per alignment link of two plain-text files.
 */
import type { BilingualDocument } from '../formats/common/bilingual.ts';
import { joinText } from '../align/realign.ts';
import { isUndetermined } from '../formats/common/interchange-checks.ts';
import type { NewProject, NewSegment } from './repository.ts';
import { errorsFromIssues } from '../lqa/its-issue.ts';
import type { ProjectLqa } from '../lqa/project-lqa.ts';
import type { Scorecard } from '../lqa/scorecard.ts';

/** A link between paragraphs of the source and the MT (see src/core/align). */
export interface ParagraphLink {
  readonly source: readonly number[];
  readonly target: readonly number[];
  readonly score: number;
}

/** Languages of a new bilingual project (BCP 47). */
export interface LanguagePair {
  readonly sourceLang: string;
  readonly targetLang: string;
}

/** A side of a language pair. */
export type LanguageSide = 'source' | 'target';

/**
 * The languages the document does not say, in order (issue 11 item 10): the UI asks for exactly these
 * and takes the others from the file (`sourceOnly.xlf` declares `srcLang="en"` and no `trgLang`:
 * only the target is asked for). An undetermined tag (`und`) says nothing.
 */
export function missingLanguages(doc: BilingualDocument): LanguageSide[] {
  const missing: LanguageSide[] = [];
  if (isUndetermined(doc.sourceLang)) missing.push('source');
  if (isUndetermined(doc.targetLang)) missing.push('target');
  return missing;
}

/** True when the document does not say both languages (see {@link missingLanguages}). */
export function needsLanguages(doc: BilingualDocument): boolean {
  return missingLanguages(doc).length > 0;
}

/** The new project for an imported interchange file: ids, states, notes and codes kept. */
export function projectFromBilingual(
  doc: BilingualDocument,
  fileName: string,
  languages: LanguagePair,
): NewProject {
  return {
    name: fileName.replace(/\.[^.]+$/, '') || fileName,
    fileName,
    sourceLang: languages.sourceLang,
    targetLang: languages.targetLang,
    segments: doc.units.map((u): NewSegment => ({
      source: u.source,
      mt: u.target,
      ...(u.status === undefined ? {} : { status: u.status }),
      ...(u.notes.length > 0 ? { notes: u.notes } : {}),
      ...(u.codes.length > 0 ? { codes: u.codes } : {}),
      ...(u.id === undefined ? {} : { externalId: u.id }),
      ...(u.alignScore === undefined ? {} : { alignScore: u.alignScore }),
      ...(u.preserved === undefined ? {} : { preserved: u.preserved }),
    })),
  };
}

/**
 * The rows of two aligned plain-text files: each link becomes one row, the paragraphs on each side
 * joined as one paragraph (a 1-2 link is usually a paragraph the MT engine split), with its score.
 */
export function segmentsFromLinks(
  source: readonly string[],
  target: readonly string[],
  links: readonly ParagraphLink[],
): NewSegment[] {
  return links.map((link) => ({
    source: link.source.map((i) => source[i] ?? '').reduce(joinText, ''),
    mt: link.target.map((j) => target[j] ?? '').reduce(joinText, ''),
    alignScore: link.score,
  }));
}

export { isBilingualFile } from '../formats/open/detect.ts';

/**
 * The quality assessment an imported file carries (issue 15: XLIFF 2 ITS Localization Quality Issue
 * annotations), for the project made from it: `segmentIds[i]` is the id the project gave unit `i`'s
 * segment (newProjectRecords: `s1…sN`), whose text is the unit's target. Errors in `scorecard`'s
 * categories and severities (lqa/its-issue.ts); `undefined` when the file has no issues.
 */
export function lqaFromBilingual(
  doc: BilingualDocument,
  segmentIds: readonly string[],
  scorecard: Scorecard,
  made: { readonly author: string; readonly now: number; readonly newId: () => string },
): ProjectLqa | undefined {
  const segments = doc.units.flatMap((u, i) => {
    const segmentId = segmentIds[i];
    return u.issues && u.issues.length > 0 && segmentId !== undefined
      ? [{ segmentId, text: u.target, issues: u.issues }]
      : [];
  });
  if (segments.length === 0) return undefined;
  return { scorecard, errors: errorsFromIssues(segments, scorecard, made), rework: [] };
}
