/**
 * What every export takes (issue 5): the project and its segments, plus what some exports use — the
 * revisions (change report, classification), the QA findings still open, the quality assessment
 * (issue 15), the time of the export.
 */
import { isWellFormedLanguageTag } from '../formats/common/bcp47.ts';
import type { TermPair } from '../metrics/classify.ts';
import type { ProjectMeta, Revision, Segment } from '../model/model.ts';
import type { ReportOptions } from './report/labels.ts';
import type { QaContext } from '../qa/types.ts';
import type { ProjectLqa } from '../lqa/project-lqa.ts';
import type { LqaNames } from '../lqa/names.ts';

/**
 * The project's quality assessment as the exports use it (issue 15): the change report's LQA section,
 * the Word review copy's error comments, the XLIFF 2.1 ITS annotations, the error table, the backup.
 */
export interface ExportLqa extends ProjectLqa {
  /** Names of categories, severities and presets in the UI language (English by default). */
  readonly names?: LqaNames;
}

/** A QA finding still open, as the change report counts it (typed loosely: QA owns the real type). */
export interface ExportFinding {
  readonly segmentId: string;
  readonly rule: string;
  readonly severity: string;
}

/** The input of every export. */
export interface ExportInput {
  readonly meta: ProjectMeta;
  /** All segments in document order (editions leave the excluded ones out themselves). */
  readonly segments: readonly Segment[];
  /** The project's revisions, for the change report. */
  readonly revisions?: readonly Revision[];
  /**
   * QA findings left, for the change report. Without them the report runs the checks itself on the
   * final text when `qa` is given (issue 11 item 3): findings from a QA panel may be stale or absent.
   */
  readonly findings?: readonly ExportFinding[];
  /**
   * The QA context (speller, term rules, word list, languages) the change report checks the final text
   * in when no `findings` are given; the project's ignored findings (`meta.qa.ignored`) are left out.
   */
  readonly qa?: QaContext;
  /** Time of the export (ms since the epoch): file dates, report date. */
  readonly now: number;
  /** Author of the tracked changes in the Word review copy; default "Verso". */
  readonly author?: string;
  /** Term rules and learned fixes, for the edit classification of the change report. */
  readonly terms?: readonly TermPair[];
  /** Language of the change report (labels of the UI language; English by default). */
  readonly report?: ReportOptions;
  /** The quality assessment: scorecard, errors, rework flags (absent: none was made). */
  readonly lqa?: ExportLqa;
}

/** Author written on tracked changes when none is given. */
export const DEFAULT_AUTHOR = 'Verso';

/** The text an interchange file gives as the source: the source, or the MT when there is none. */
export function sourceOf(segment: Segment): string {
  return segment.source ?? segment.mt;
}

/**
 * The language pair to write. Target: the project's, or `und` when it is missing or not a well-formed
 * BCP 47 tag. Source: the project's source language; a project without one has the MT as its source,
 * which is in the target language.
 */
export function languagesOf(meta: ProjectMeta): { source: string; target: string } {
  const target = wellFormed(meta.targetLang) ?? 'und';
  return { source: wellFormed(meta.sourceLang) ?? target, target };
}

function wellFormed(tag: string | undefined): string | undefined {
  const trimmed = tag?.trim();
  return trimmed && isWellFormedLanguageTag(trimmed) ? trimmed : undefined;
}

/**
 * Unit ids for an interchange file: each segment's `externalId` when `usable` accepts it and no
 * earlier segment took it, else `u1`, `u2`… (by position, skipping ids already taken).
 */
export function unitIds(segments: readonly Segment[], usable: (id: string) => boolean): string[] {
  const taken = new Set<string>();
  const own = segments.map((s) => {
    const id = s.externalId;
    if (id === undefined || id === '' || !usable(id) || taken.has(id)) return undefined;
    taken.add(id);
    return id;
  });
  return own.map((id, i) => {
    if (id !== undefined) return id;
    let generated = `u${i + 1}`;
    for (let k = 2; taken.has(generated); k += 1) generated = `u${i + 1}_${k}`;
    taken.add(generated);
    return generated;
  });
}

/** An ASCII XML NMTOKEN (what XLIFF 2 ids must be; non-ASCII name characters are not risked). */
export function isAsciiNmtoken(id: string): boolean {
  return /^[A-Za-z0-9._:-]+$/.test(id);
}

/** ISO 8601 UTC time without milliseconds, as XML Schema `dateTime` and OOXML want it. */
export function isoSeconds(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
}
