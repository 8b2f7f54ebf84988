/**
 * The logged errors as a table for spreadsheets (issue 15, deliverable 4): TSV or CSV, one error per
 * row in document order (those on excluded segments left out, as the score leaves them out), with the segment's number, the error's category and severity (names in the
 * UI language), its penalty points, the text it is on, the segment's MT and final text, the comment,
 * who logged it and when, whether it is detached, and the language-neutral ids last (for filtering
 * and pivot tables). Formula-safe (formats/delimited/write.ts).
 */
import { errorText, sortErrors } from '../../lqa/error.ts';
import { categoryPathName, LQA_NAMES_EN, severityName } from '../../lqa/names.ts';
import { categoryIndex, categoryWeight } from '../../lqa/scorecard.ts';
import { toDelimited, type DelimitedFormat } from '../../formats/delimited/write.ts';
import { isoSeconds, type ExportInput } from '../export-input.ts';
import { REPORT_LABELS_EN } from '../report/labels.ts';

/** The table's rows, the header first; only the header when the export has no assessment. */
export function lqaErrorRows(input: ExportInput): string[][] {
  const words = (input.report?.labels ?? REPORT_LABELS_EN).lqa;
  const header = [
    words.segment,
    words.category,
    words.severity,
    words.penalty,
    words.text,
    words.mt,
    words.final,
    words.comment,
    words.author,
    words.date,
    words.detached,
    'category',
    'severity',
    'error',
  ];
  const lqa = input.lqa;
  if (!lqa) return [header];
  const names = lqa.names ?? LQA_NAMES_EN;
  const { scorecard } = lqa;
  const index = categoryIndex(scorecard);
  const multipliers = new Map(scorecard.severities.map((s) => [s.id, s.weight]));
  const positions = new Map(input.segments.map((s, i) => [s.id, i]));
  const rows = sortErrors(
    lqa.errors,
    input.segments.map((s) => s.id),
  ).flatMap((e) => {
    const at = positions.get(e.segmentId);
    const segment = at === undefined ? undefined : input.segments[at];
    // As the score: errors on excluded (or removed) segments are not part of the assessment.
    if (at === undefined || !segment || segment.status === 'excluded') return [];
    const penalty =
      categoryWeight(index.get(e.categoryId)?.category) * (multipliers.get(e.severityId) ?? 0);
    return [
      [
        String(at + 1),
        categoryPathName(scorecard, e.categoryId, names),
        severityName(scorecard, e.severityId, names),
        String(penalty),
        e.span ? errorText(e, segment.text) : words.wholeSegment,
        segment.mt,
        segment.text,
        e.comment ?? '',
        e.author,
        isoSeconds(e.createdAt),
        e.detached ? words.yes : '',
        e.categoryId,
        e.severityId,
        e.id,
      ],
    ];
  });
  return [header, ...rows];
}

/** The error table as TSV or CSV. */
export function toLqaErrorsTable(input: ExportInput, format: DelimitedFormat): string {
  return toDelimited(lqaErrorRows(input), format);
}
