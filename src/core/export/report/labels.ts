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
};

/** A label with its `{{name}}` values filled in. */
export function fill(label: string, values: Readonly<Record<string, string | number>>): string {
  return label.replace(/\{\{(\w+)\}\}/g, (m, name: string) => String(values[name] ?? m));
}
