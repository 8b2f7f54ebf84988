/**
 * Every export of a project behind one call (issue 5): the clean edition (txt, md, html, docx), the
 * Word review copy with tracked changes (docx-review), the interchange files (xliff2, xliff12, tmx),
 * the change report (report), the quality assessment's errors for spreadsheets (lqa-tsv, lqa-csv;
 * issue 15) and the backup (json). Pure: the input in, a named file out; the UI
 * makes the Blob, the CLI writes the bytes. The Word exports load the `docx` package on first use, so
 * it stays out of the app's initial bundle.
 */
import { createBackup, serializeBackup } from '../formats/backup/write.ts';
import { toMarkdown, toPlainText } from './edition/text.ts';
import { downloadName } from './file-name.ts';
import { toChangeReport } from './report/change-report.ts';
import { editionParagraphs } from './edition/paragraphs.ts';
import type { ExportInput } from './export-input.ts';
import { toHtmlEdition } from './edition/html.ts';
import { toTmx } from '../formats/tmx/write.ts';
import { toXliff12 } from '../formats/xliff12/write.ts';
import { toXliff2 } from '../formats/xliff2/write.ts';
import { toLqaErrorsTable } from './lqa/errors-table.ts';

export type { ExportFinding, ExportInput, ExportLqa } from './export-input.ts';
export { REPORT_LABELS_EN, type ReportLabels, type ReportOptions } from './report/labels.ts';
export {
  reportData,
  type ChangedSegment,
  type Correction,
  type ReportSummary,
} from './report/data.ts';

/** What can be exported, in the order the export dialog and `verso export --help` list them. */
export const EXPORT_KINDS = [
  'txt',
  'md',
  'html',
  'docx',
  'docx-review',
  'xliff2',
  'xliff12',
  'tmx',
  'report',
  'lqa-tsv',
  'lqa-csv',
  'json',
] as const;

export type ExportKind = (typeof EXPORT_KINDS)[number];

/** Kinds whose data is bytes (a zip package) rather than text. */
export const BINARY_EXPORT_KINDS: ReadonlySet<ExportKind> = new Set(['docx', 'docx-review']);

/** An exported file: its download name, MIME type and content (text is UTF-8 when written). */
export interface ExportedFile {
  readonly fileName: string;
  readonly mime: string;
  readonly data: string | Uint8Array;
}

/** MIME type of a .docx file (here, not in the Word modules: they load the `docx` package). */
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** True when `kind` names an export. */
export function isExportKind(kind: string): kind is ExportKind {
  return (EXPORT_KINDS as readonly string[]).includes(kind);
}

/**
 * Exports the project as `kind`. File names follow downloadName: `Name.edition.txt`, `.edition.md`,
 * `.edition.html`, `.edition.docx`, `.review.docx`, `Name.xlf` (XLIFF 2.1), `Name.xliff12.xlf`,
 * `Name.tmx`, `Name.report.html`, `Name.errors.tsv`, `Name.errors.csv`, `Name.backup.verso.json`.
 */
export async function exportProject(kind: ExportKind, input: ExportInput): Promise<ExportedFile> {
  const name = input.meta.name;
  switch (kind) {
    case 'txt':
      return file(name, 'edition', 'txt', 'text/plain', toPlainText(editionSegments(input)));
    case 'md': {
      const sourceIsMarkdown = /\.(md|markdown)$/i.test(input.meta.fileName);
      const md = toMarkdown(editionSegments(input), { sourceIsMarkdown });
      return file(name, 'edition', 'md', 'text/markdown', md);
    }
    case 'html':
      return file(name, 'edition', 'html', 'text/html', toHtmlEdition(input));
    case 'docx': {
      const { toDocxEdition } = await import('./edition/docx.ts');
      return file(name, 'edition', 'docx', DOCX, await toDocxEdition(input));
    }
    case 'docx-review': {
      const { toDocxReview } = await import('./docx/review.ts');
      return file(name, 'review', 'docx', DOCX, await toDocxReview(input));
    }
    case 'xliff2':
      return file(name, '', 'xlf', 'application/xliff+xml', toXliff2(input));
    case 'xliff12':
      return file(name, 'xliff12', 'xlf', 'application/xliff+xml', toXliff12(input));
    case 'tmx':
      return file(name, '', 'tmx', 'application/x-tmx+xml', toTmx(input));
    case 'report':
      return file(name, 'report', 'html', 'text/html', toChangeReport(input));
    case 'lqa-tsv':
      return file(
        name,
        'errors',
        'tsv',
        'text/tab-separated-values',
        toLqaErrorsTable(input, 'tsv'),
      );
    case 'lqa-csv':
      return file(name, 'errors', 'csv', 'text/csv', toLqaErrorsTable(input, 'csv'));
    case 'json': {
      const { meta, segments, revisions = [], now, lqa } = input;
      const backup = createBackup(meta, segments, revisions, now, lqa);
      return file(name, 'backup', 'verso.json', 'application/json', serializeBackup(backup));
    }
  }
}

/** The txt and Markdown editions see the same paragraphs as the others (joined, codes resolved). */
function editionSegments(input: ExportInput) {
  return editionParagraphs(input.segments).map((p) => ({ text: p.text, status: 'new' as const }));
}

function file(
  name: string,
  kind: string,
  ext: string,
  mime: string,
  data: string | Uint8Array,
): ExportedFile {
  return { fileName: downloadName(name, kind, ext), mime, data };
}
