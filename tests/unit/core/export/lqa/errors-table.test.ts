/** The logged errors as a TSV/CSV table for spreadsheets (issue 15, deliverable 4). */
import { describe, expect, it } from 'vitest';
import { exportProject } from '../../../../../src/core/export/index.ts';
import { lqaErrorRows, toLqaErrorsTable } from '../../../../../src/core/export/lqa/errors-table.ts';
import { MQM_CORE_SCORECARD } from '../../../../../src/core/lqa/presets.ts';
import { input } from '../../../../support/export.ts';
import { assessedSegments } from '../../../../support/lqa.ts';

const { segments, errors } = assessedSegments();
const project = { ...input(segments), lqa: { scorecard: MQM_CORE_SCORECARD, errors, rework: [] } };

describe('the error table', () => {
  it('has one row per error of the segments assessed, in document order, with names, penalty, text, MT, final and comment', () => {
    const rows = lqaErrorRows(project);
    expect(rows[0]).toEqual([
      'Segment',
      'Category',
      'Severity',
      'Penalty points',
      'Text',
      'MT',
      'Final text',
      'Comment',
      'Author',
      'Logged',
      'Detached (its text was deleted)',
      'category',
      'severity',
      'error',
    ]);
    expect(rows.slice(1).map((r) => [r[0], r[1], r[2], r[3], r[4], r[10], r[13]])).toEqual([
      ['1', 'Style', 'Neutral', '0', '(whole segment)', '', 'e4'],
      ['2', 'Linguistic conventions/Spelling', 'Minor', '1', 'Forty', '', 'e1'],
      ['2', 'Accuracy/Addition', 'Major', '5', 'double-attraction', 'yes', 'e2'],
      ['4', 'Accuracy/Mistranslation', 'Major', '5', 'with a shared future for mankind', '', 'e3'],
    ]);
  });

  it('is formula-safe: a comment starting with "=" gets an apostrophe', () => {
    expect(toLqaErrorsTable(project, 'csv')).toContain(",'=1+1 typo,");
  });

  it('is an export of its own, as TSV and as CSV', async () => {
    const tsv = await exportProject('lqa-tsv', project);
    const csv = await exportProject('lqa-csv', project);
    expect([tsv.fileName, tsv.mime, csv.fileName, csv.mime]).toEqual([
      'Liaoning plan.errors.tsv',
      'text/tab-separated-values',
      'Liaoning plan.errors.csv',
      'text/csv',
    ]);
  });

  it('has only its header when nothing was assessed', () => {
    expect(lqaErrorRows(input(segments))).toHaveLength(1);
  });
});
