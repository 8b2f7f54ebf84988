/** A file the user opened, recognised as a document to review or a Verso backup to restore. */
// @ts-nocheck

import type { Backup } from '../backup/model.ts';
import { looksLikeBackup, parseBackup } from '../backup/read.ts';
import { assertFileSize, decodeText, emptyFileError, type Decoded } from '../../text/decode.ts';
import { VersoInputError } from '../../model/errors.ts';
import { assertSegmentLimits } from '../../model/limits.ts';
import { splitParagraphs } from '../../text/paragraphs.ts';

/** What {@link openFile} found: a document split into paragraphs, or a validated backup. */
export type OpenedFile =
  | {
      kind: 'document';
      /** Project name: the file name without directory and extension. */
      name: string;
      fileName: string;
      markdown: boolean;
      encoding: Decoded['encoding'];
      paragraphs: string[];
    }
  | { kind: 'backup'; backup: Backup };

const DOCUMENT_EXTENSIONS = new Set(['', 'txt', 'text', 'md', 'markdown']);
const MARKDOWN_EXTENSIONS = new Set(['md', 'markdown']);

/**
 * Reads a file the user opened. `.json` files, and text files that look like a backup, are parsed as
 * backups; `.txt`, `.text`, `.md`, `.markdown` and extension-less files are decoded and split into
 * paragraphs.
 *
 * @throws VersoInputError `errors.tooLarge`, `errors.unsupportedType`, `errors.empty`, any error of
 *   {@link decodeText} or {@link parseBackup}.
 */
export function openFile(bytes: Uint8Array, fileName: string): OpenedFile {
  const file = fileName;
  assertFileSize(bytes.length, file);
  const { stem, ext } = splitFileName(file);
  if (ext !== 'json' && !DOCUMENT_EXTENSIONS.has(ext)) {
    throw new VersoInputError(
      'errors.unsupportedType',
      { file, ext },
      `${file}: Verso cannot open .${ext} files; open a .txt or .md document or a .json backup.`,
    );
  }
  const { text, encoding } = decodeText(bytes, file);
  if (ext === 'json' || looksLikeBackup(text))
    return { kind: 'backup', backup: parseBackup(text, file) };
  const paragraphs = splitParagraphs(text);
  if (paragraphs.length === 0) throw emptyFileError(file);
  assertSegmentLimits(
    file,
    paragraphs.map((p) => [p]),
  );
  return {
    kind: 'document',
    name: stem,
    fileName: baseName(file),
    markdown: MARKDOWN_EXTENSIONS.has(ext),
    encoding,
    paragraphs,
  };
}

/** The last path component (browsers give bare names; the CLI gives paths, with either separator). */
function baseName(path: string): string {
  return path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
}

/** Name without extension, and the extension in lower case (`''` for none or for dot files). */
function splitFileName(path: string): { stem: string; ext: string } {
  const base = baseName(path);
  const dot = base.lastIndexOf('.');
  if (dot <= 0) return { stem: base, ext: '' };
  return { stem: base.slice(0, dot), ext: base.slice(dot + 1).toLowerCase() };
}
