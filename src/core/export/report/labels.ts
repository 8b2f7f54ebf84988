/**
 * The words of the change report. Core has no i18next: the app passes the labels of the UI language
 * (i18n keys `report.<name>`, same names), the CLI and tests use {@link REPORT_LABELS_EN}. `{{name}}`
 * marks a value filled in, as in i18next.
 */
import type { EditKind } from '../../metrics/classify.ts';
import type { SegmentStatus } from '../../model/model.ts';
import type { Severity } from '../../qa/types.ts';

/** Options of the change report: its language (labels and `lang`); English by default. */
export interface ReportOptions {
  readonly labels?: ReportLabels;
  /** BCP 47 language of the labels. */
  readonly lang?: string;
}

/** Every label of the report. */
export interface ReportLabels {
  readonly title: string;
  /** `{{name}}` project name, `{{date}}` export date. */
  readonly subtitle: string;
  readonly summary: string;
  readonly segments: string;
  readonly excluded: string;
  readonly changed: string;
  readonly mtWords: string;
  readonly finalWords: string;
  readonly reviewedShare: string;
  readonly hter: string;
  readonly hterNote: string;
  readonly distribution: string;
  /** `{{count}}` segments, `{{from}}`–`{{to}}` the bin. */
  readonly bar: string;
  readonly editingTime: string;
  readonly editKinds: string;
  readonly corrections: string;
  readonly noCorrections: string;
  readonly findings: string;
  readonly noFindings: string;
  readonly severity: string;
  readonly rule: string;
  readonly count: string;
  readonly changedSegments: string;
  readonly noChanges: string;
  /** Heading of the unchanged segments listed for their comments. */
  readonly commentedSegments: string;
  /** `{{number}}` the segment's position. */
  readonly segment: string;
  readonly status: string;
  readonly mt: string;
  readonly final: string;
  readonly diff: string;
  readonly legend: string;
  readonly comments: string;
  readonly kinds: Readonly<Record<EditKind, string>>;
  readonly statuses: Readonly<Record<SegmentStatus, string>>;
  /** Names of the QA severities (the app's `qa.severity.*`), for the findings table. */
  readonly severities: Readonly<Record<Severity, string>>;
  /**
   * Names of the QA checks by rule id (the app's `qa.rule.*`), for the findings table; a rule without
   * a name here is shown by its id.
   */
  readonly rules: Readonly<Record<string, string>>;
  /** The quality assessment section (issue 15; the app's `report.lqa.<name>` keys). */
  readonly lqa: ReportLqaLabels;
}

/**
 * The words of the change report's quality-assessment section and of the error table (TSV/CSV). The
 * names of categories and severities come with the assessment (`ExportLqa.names`).
 */
export interface ReportLqaLabels {
  readonly title: string;
  readonly scorecard: string;
  readonly score: string;
  readonly result: string;
  readonly pass: string;
  readonly fail: string;
  /** When nothing can be scored: no words in the segments evaluated. */
  readonly notScored: string;
  /** `{{threshold}}` the pass threshold. */
  readonly threshold: string;
  readonly penalty: string;
  readonly evaluatedWords: string;
  /** `{{characters}}` CJK characters, `{{ratio}}` characters per word. */
  readonly characters: string;
  readonly errorCount: string;
  /**
   * How the score was computed: `{{penalty}}` penalty points, `{{reference}}` reference words,
   * `{{words}}` evaluated words, `{{score}}` the score.
   */
  readonly formula: string;
  readonly byCategory: string;
  readonly category: string;
  readonly severity: string;
  readonly total: string;
  readonly errors: string;
  readonly noErrors: string;
  /** Column heads of the error list and table. */
  readonly segment: string;
  readonly text: string;
  readonly mt: string;
  readonly final: string;
  readonly comment: string;
  readonly author: string;
  readonly date: string;
  readonly detached: string;
  /** Shown as the text of an error on the whole segment. */
  readonly wholeSegment: string;
  /** `{{count}}` errors not counted (excluded or removed segments). */
  readonly uncounted: string;
  readonly rework: string;
  readonly reworkNote: string;
  readonly reasons: string;
  readonly note: string;
  /** "yes" in the error table's detached column. */
  readonly yes: string;
}

/** English labels. */
export const REPORT_LABELS_EN: ReportLabels = {
  title: 'Change report',
  subtitle: '{{name}} — exported {{date}}',
  summary: 'Summary',
  segments: 'Segments',
  excluded: 'Excluded (left out)',
  changed: 'Changed segments',
  mtWords: 'Words in the MT',
  finalWords: 'Words in the final text',
  reviewedShare: 'Reviewed or approved',
  hter: 'HTER',
  hterNote:
    'Edits (insertions, deletions, substitutions and block shifts) from the MT to the final text, per word of the final text, capped at 1.',
  distribution: 'Segments by HTER',
  bar: '{{count}} segments with HTER {{from}}–{{to}}',
  editingTime: 'Active editing time',
  editKinds: 'Kinds of edits',
  corrections: 'Most frequent corrections',
  noCorrections: 'No correction was made more than once.',
  findings: 'QA findings left',
  noFindings: 'None.',
  severity: 'Severity',
  rule: 'Rule',
  count: 'Count',
  changedSegments: 'Changed segments',
  noChanges: 'No segment was changed.',
  commentedSegments: 'Comments on unchanged segments',
  segment: 'Segment {{number}}',
  status: 'Status',
  mt: 'MT',
  final: 'Final',
  diff: 'Changes',
  legend: 'Deleted MT text is struck through, inserted text is underlined.',
  comments: 'Comments',
  kinds: {
    'word-order': 'Word order',
    terminology: 'Terminology',
    capitalisation: 'Capitalisation',
    punctuation: 'Punctuation and spacing',
    number: 'Numbers and dates',
    omission: 'Omission (words added)',
    addition: 'Addition (words removed)',
    other: 'Other',
  },
  statuses: {
    new: 'New',
    edited: 'Edited',
    reviewed: 'Reviewed',
    approved: 'Approved',
    rejected: 'Rejected',
    excluded: 'Excluded',
  },
  severities: { error: 'Error', warning: 'Warning', info: 'Note' },
  rules: {
    'repeated-word': 'Repeated words',
    'repeated-phrase': 'Repeated phrases',
    spacing: 'Spacing',
    cjk: 'Untranslated characters',
    fullwidth: 'Chinese punctuation',
    unbalanced: 'Brackets and quotes',
    number: 'Numbers',
    spelling: 'Spelling',
    name: 'Names',
    duplicate: 'Duplicated segments',
    untouched: 'Untouched segments',
    'length-ratio': 'Length',
    boilerplate: 'Boilerplate',
    placeholder: 'Inline codes',
    term: 'Term rules',
    variant: 'Inconsistent variants',
  },
  lqa: {
    title: 'Quality assessment',
    scorecard: 'Scorecard',
    score: 'Quality score',
    result: 'Result',
    pass: 'Pass',
    fail: 'Fail',
    notScored: 'Not scored: no words to evaluate.',
    threshold: 'Pass threshold {{threshold}}',
    penalty: 'Penalty points',
    evaluatedWords: 'Evaluated words',
    characters: '{{characters}} characters ÷ {{ratio}} per word',
    errorCount: 'Errors logged',
    formula:
      'MQM score = 100 − penalty points × reference words ÷ evaluated words = 100 − {{penalty}} × {{reference}} ÷ {{words}} = {{score}}.',
    byCategory: 'Errors by category and severity',
    category: 'Category',
    severity: 'Severity',
    total: 'Total',
    errors: 'Errors',
    noErrors: 'No error was logged.',
    segment: 'Segment',
    text: 'Text',
    mt: 'MT',
    final: 'Final text',
    comment: 'Comment',
    author: 'Author',
    date: 'Logged',
    detached: 'Detached (its text was deleted)',
    wholeSegment: '(whole segment)',
    uncounted: 'Errors on excluded or removed segments, not counted: {{count}}.',
    rework: 'Segments to rework',
    reworkNote: 'The reviewer sent these segments back to the translator, with the errors to fix.',
    reasons: 'Reasons',
    note: 'Note',
    yes: 'yes',
  },
};

/** A label with its `{{name}}` values filled in. */
export function fill(label: string, values: Readonly<Record<string, string | number>>): string {
  return label.replace(/\{\{(\w+)\}\}/g, (m, name: string) => String(values[name] ?? m));
}
