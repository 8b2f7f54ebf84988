/**
 * Errors exchanged as ITS 2.0 Localization Quality Issues (its.ts has the mapping): what the XLIFF 2
 * reader finds on a target (formats/xliff2), and the errors of a project made from them. A file Verso
 * wrote also carries Verso's own record of each error in attributes of its namespace
 * ({@link VERSO_LQA_NS}), so that ids, categories, severities, authors and times come back exactly;
 * another tool's issues are mapped from their ITS type and severity to the project's scorecard.
 */
import { newLqaError, type LqaError } from './error.ts';
import { categoryFromIts, severityFromIts } from './its.ts';
import type { ItsIssueType } from './its-types.ts';
import { flattenCategories, type Scorecard } from './scorecard.ts';

/** The namespace of Verso's own attributes on an ITS issue marker. */
export const VERSO_LQA_NS = 'urn:verso:lqa:1';

/** Verso's own record of an error, when the file came from Verso. */
export interface VersoIssueRecord {
  readonly id?: string;
  readonly categoryId?: string;
  readonly severityId?: string;
  readonly author?: string;
  readonly createdAt?: number;
  readonly changedAt?: number;
  readonly quote?: string;
  readonly detached?: boolean;
  /** The error is on the whole segment (the marker then spans the whole target). */
  readonly whole?: boolean;
}

/** One Localization Quality Issue found on a target. */
export interface ItsIssue {
  /** Offsets of the marked text in the unit's target text (placeholders included). */
  readonly start: number;
  readonly end: number;
  readonly type: ItsIssueType;
  /** 0–100, when the file gives one. */
  readonly severity?: number;
  readonly comment?: string;
  readonly verso?: VersoIssueRecord;
}

/** A segment of a new project with the issues its unit carried. */
export interface SegmentIssues {
  readonly segmentId: string;
  readonly text: string;
  readonly issues: readonly ItsIssue[];
}

/**
 * The errors of a project made from an XLIFF 2 file: each issue on its segment, in `scorecard`'s
 * categories and severities. Verso's record gives the ids (kept when the scorecard has them), the
 * author and the times; an issue of another tool gets the category and severity that fit its ITS
 * type and severity (its.ts; no severity given: the scorecard's middle one, "minor" for MQM's),
 * `made.author` and `made.now`, and an id from `made.newId`.
 */
export function errorsFromIssues(
  segments: readonly SegmentIssues[],
  scorecard: Scorecard,
  made: { readonly author: string; readonly now: number; readonly newId: () => string },
): LqaError[] {
  const categories = new Set(flattenCategories(scorecard).map((p) => p.category.id));
  const severities = new Set(scorecard.severities.map((s) => s.id));
  const fallbackSeverity =
    scorecard.severities[Math.floor((scorecard.severities.length - 1) / 2)]?.id ?? 'minor';
  const taken = new Set<string>();
  const errors: LqaError[] = [];
  for (const { segmentId, text, issues } of segments) {
    for (const issue of issues) {
      const v = issue.verso ?? {};
      const categoryId =
        v.categoryId !== undefined && categories.has(v.categoryId)
          ? v.categoryId
          : (categoryFromIts(scorecard, issue.type) ?? issue.type);
      const severityId =
        v.severityId !== undefined && severities.has(v.severityId)
          ? v.severityId
          : issue.severity === undefined
            ? fallbackSeverity
            : (severityFromIts(scorecard, issue.severity) ?? fallbackSeverity);
      let id = v.id !== undefined && v.id !== '' && !taken.has(v.id) ? v.id : made.newId();
      while (taken.has(id)) id = made.newId();
      taken.add(id);
      const error = newLqaError(
        {
          segmentId,
          ...(v.whole ? {} : { span: { start: issue.start, end: issue.end } }),
          ...(v.quote === undefined ? {} : { quote: v.quote }),
          categoryId,
          severityId,
          ...(issue.comment === undefined ? {} : { comment: issue.comment }),
        },
        { id: segmentId, text },
        { id, author: v.author ?? made.author, now: v.createdAt ?? made.now },
      );
      // Verso's own record says whether the error had a quote; another tool's issue is quoted.
      const { quote, ...rest } = error;
      errors.push({
        ...rest,
        ...(quote !== undefined && (issue.verso === undefined || v.quote !== undefined)
          ? { quote }
          : {}),
        changedAt: v.changedAt ?? error.changedAt,
        ...(v.detached ? { detached: true as const } : {}),
      });
    }
  }
  return errors;
}
