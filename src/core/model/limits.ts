/**
 * How much one project may hold (issue 6: hostile input). Beyond these, a file is refused with a message
 * saying which limit and where, before anything is stored: a 100,000-unit XLIFF or a 5 MB "paragraph"
 * (a file without line breaks) would otherwise make a project the grid, the diff and IndexedDB handle
 * badly.
 */
import { VersoInputError } from './errors.ts';

/** Largest file Verso opens (50 MiB): larger ones are refused before they are read. */
export const MAX_FILE_BYTES = 50 * 1024 * 1024;

/** Segments a project may hold: 4 times the 20,000-paragraph benchmark document (≈ 4M words). */
export const MAX_SEGMENTS = 80_000;

/**
 * Characters one segment may have. Real paragraphs have hundreds, long ones a few thousand; 100,000
 * (some 15,000 words) is a file whose line breaks are missing.
 */
export const MAX_SEGMENT_CHARS = 100_000;

/**
 * Revisions a backup may carry in all (issue 12, item 1): 400,000 of them took 82 s to import and froze
 * History. 200,000 is ten per segment of the 20,000-paragraph benchmark document, import revisions
 * included.
 */
export const MAX_REVISIONS = 200_000;

/** Revisions one segment may carry in a backup: far beyond any real editing history (issue 12, item 1). */
export const MAX_SEGMENT_REVISIONS = 10_000;

/** Comments one segment may carry in a backup. */
export const MAX_SEGMENT_COMMENTS = 1_000;

/**
 * Quality-assessment errors a project (and its backup) may carry (issue 15): a thorough review logs a
 * few per segment at most; 100,000 is five per segment of the 20,000-paragraph benchmark document.
 */
export const MAX_ERRORS = 100_000;

/**
 * Inline codes one segment may have (issue 12, item 5): a heavily formatted paragraph has dozens; a TMX
 * segment of 100,000 `<ph/>` codes is an attack, refused before its code table is built.
 */
export const MAX_SEGMENT_CODES = 5_000;

/** `errors.tooManySegments` for a file with `count` segments. */
export function tooManySegments(fileName: string, count: number): VersoInputError {
  return new VersoInputError(
    'errors.tooManySegments',
    { file: fileName, count, limit: MAX_SEGMENTS },
    `${fileName} has ${count} segments; a Verso project holds up to ${MAX_SEGMENTS}. Split the file and open the parts as separate projects.`,
  );
}

/**
 * `errors.segmentTooLong` for segment `n` (1-based) of `fileName`, `length` characters long.
 */
export function segmentTooLong(fileName: string, n: number, length: number): VersoInputError {
  return new VersoInputError(
    'errors.segmentTooLong',
    { file: fileName, n, length, limit: MAX_SEGMENT_CHARS },
    `${fileName}: segment ${n} is ${length} characters long; Verso opens segments of up to ${MAX_SEGMENT_CHARS} characters. The file may be missing its line breaks.`,
  );
}

/** `errors.tooManyCodes` for segment `n` (1-based) of `fileName`, with `count` inline codes or more. */
export function tooManyCodes(fileName: string, n: number, count: number): VersoInputError {
  return new VersoInputError(
    'errors.tooManyCodes',
    { file: fileName, n, count, limit: MAX_SEGMENT_CODES },
    `${fileName}: segment ${n} has ${count} inline codes or more; Verso opens segments with up to ${MAX_SEGMENT_CODES}.`,
  );
}

/**
 * Refuses more than MAX_SEGMENTS segments, or a segment (any of its texts) over MAX_SEGMENT_CHARS.
 *
 * @param segments each segment's texts (source, MT…), in document order
 * @throws VersoInputError `errors.tooManySegments` {file, count, limit} or `errors.segmentTooLong`
 *   {file, n (1-based), length, limit}
 */
export function assertSegmentLimits(
  fileName: string,
  segments: readonly (readonly string[])[],
): void {
  if (segments.length > MAX_SEGMENTS) throw tooManySegments(fileName, segments.length);
  segments.forEach((texts, i) => {
    const length = Math.max(...texts.map((t) => t.length));
    if (length > MAX_SEGMENT_CHARS) throw segmentTooLong(fileName, i + 1, length);
  });
}
