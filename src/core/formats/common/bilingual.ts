import type { InlineCode } from '../../model/inline-codes.ts';
import type { SegmentStatus } from '../../model/model.ts';
import type { PreservedXml } from '../../model/preserved.ts';
import type { ItsIssue } from '../../lqa/its-issue.ts';

/**
 * A bilingual document as read from an interchange file (XLIFF 1.2/2.x, TMX, TSV/CSV) or built from two
 * aligned plain-text files: the input of a new bilingual project.
 */
export interface BilingualUnit {
  /** Id from the file (XLIFF unit/segment id, TMX tuid), when it has one. */
  readonly id?: string;
  /** Source text; inline codes as placeholders (see inline-codes.ts). */
  readonly source: string;
  /** Target text (the MT to review); '' when the file has none. */
  readonly target: string;
  /** Review status mapped from the file's state, when it has one. */
  readonly status?: SegmentStatus;
  /** Notes / comments from the file, as plain text. */
  readonly notes: readonly string[];
  /** Inline codes referenced by placeholders in source and target. */
  readonly codes: readonly InlineCode[];
  /** Alignment confidence 0..1, when the unit came from automatic alignment. */
  readonly alignScore?: number;
  /** Markup of the file kept to be written back (XLIFF 2 only; see model/preserved.ts). */
  readonly preserved?: PreservedXml;
  /**
   * Quality issues on the target (XLIFF 2 ITS annotations; offsets in `target`), which
   * lqa/its-issue.ts `errorsFromIssues` makes the project's errors.
   */
  readonly issues?: readonly ItsIssue[];
}

export type BilingualFormat = 'xliff12' | 'xliff2' | 'tmx' | 'tsv' | 'csv' | 'text-pair';

export interface BilingualDocument {
  readonly format: BilingualFormat;
  /** BCP 47; '' when the file does not say (the UI then asks). */
  readonly sourceLang: string;
  readonly targetLang: string;
  readonly units: readonly BilingualUnit[];
}
