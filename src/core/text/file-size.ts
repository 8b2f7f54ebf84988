/**
 * The file-size limit, checked before any work is done on a file. Its own module: readers of JSON
 * (backups, settings) need it without the encoding detector that `decode.ts` carries (initial bundle).
 */
import { VersoInputError } from '../model/errors.ts';
import { MAX_FILE_BYTES } from '../model/limits.ts';

/**
 * Refuses files above {@link MAX_FILE_BYTES} before any work is done on them.
 *
 * @throws VersoInputError `errors.tooLarge` with the file, its size and the limit.
 */
export function assertFileSize(size: number, fileName: string): void {
  if (size <= MAX_FILE_BYTES) return;
  throw new VersoInputError(
    'errors.tooLarge',
    { file: fileName, size, limit: MAX_FILE_BYTES },
    `${fileName} is ${megabytes(size)} (${size} bytes); Verso opens files of up to ${megabytes(MAX_FILE_BYTES)}.`,
  );
}

function megabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
