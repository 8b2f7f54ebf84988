/** `verso export`: a document or backup in, an edition or backup out. Pure: bytes in, text out. */
import type { Backup } from '../core/backup.ts';
import { createBackup, serializeBackup } from '../core/backup-io.ts';
import { openFile, type OpenedFile } from '../core/document-file.ts';
import { toMarkdown, toPlainText } from '../core/edition.ts';
import type { Revision, Segment } from '../core/model.ts';

/** Output formats of `verso export`. */
export const EXPORT_FORMATS = ['txt', 'md', 'json'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** Target language of a project made from a bare document: BCP 47 "undetermined" (nothing says which). */
const UNKNOWN_LANGUAGE = 'und';

/**
 * Exports a file: `txt` and `md` write the clean edition (current text, excluded segments left out),
 * `json` a backup. A plain document counts as a fresh project: every segment `new`, its text the MT.
 *
 * @param now timestamp for the fresh project and the backup's `exportedAt`
 * @throws VersoInputError for any problem in the file (see `openFile`)
 */
export function exportFile(
  bytes: Uint8Array,
  fileName: string,
  format: ExportFormat,
  now: number,
): string {
  const opened = openFile(bytes, fileName);
  const backup = opened.kind === 'backup' ? opened.backup : backupOfDocument(opened, now);
  switch (format) {
    case 'json':
      return serializeBackup(backup);
    case 'txt':
      return toPlainText(backup.segments);
    case 'md':
      return toMarkdown(backup.segments, {
        sourceIsMarkdown: /\.(md|markdown)$/i.test(backup.project.fileName),
      });
  }
}

/**
 * The backup of a project freshly made from a document, as the app's storage makes it: segment ids
 * `s1…sN`, one `import` revision per segment (ids 1…N).
 */
export function backupOfDocument(
  document: Extract<OpenedFile, { kind: 'document' }>,
  now: number,
): Backup {
  const segments: Segment[] = document.paragraphs.map((mt, i) => ({
    id: `s${i + 1}`,
    mt,
    text: mt,
    status: 'new',
    comments: [],
    revisionCount: 1,
    updatedAt: now,
  }));
  const revisions: Revision[] = segments.map((s, i) => ({
    id: i + 1,
    segmentId: s.id,
    text: s.mt,
    status: 'new',
    origin: 'import',
    createdAt: now,
  }));
  const meta = {
    id: 'cli',
    name: document.name,
    fileName: document.fileName,
    createdAt: now,
    updatedAt: now,
    segmentCount: segments.length,
    targetLang: UNKNOWN_LANGUAGE,
  };
  return createBackup(meta, segments, revisions, now);
}
