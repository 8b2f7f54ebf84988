/** Splitting a document's text into the paragraphs that become segments. */

/**
 * Splits text into paragraphs. Paragraphs are separated by blank (whitespace-only) lines; a document
 * without any blank line but with several lines has one paragraph per line (many exports and MT tools
 * write paragraphs that way). Inside a paragraph single line breaks are kept as `\n`. Line ends are
 * normalised to LF, a leading byte-order mark and trailing whitespace on each line are removed, each
 * paragraph is trimmed, and empty paragraphs are dropped.
 */
export function splitParagraphs(text: string): string[] {
  const lines = text
    .replace(/^\uFEFF/, '')
    .split(/\r\n?|\n/)
    .map((line) => line.trimEnd());
  // Blank lines before the first or after the last text line separate nothing.
  const first = lines.findIndex((line) => line !== '');
  const last = lines.findLastIndex((line) => line !== '');
  const hasBlankLine = lines.slice(first, last + 1).includes('');
  const paragraphs = hasBlankLine ? runsOfLines(lines) : lines;
  return paragraphs.map((p) => p.trim()).filter((p) => p !== '');
}

/**
 * The runs of non-blank lines, each joined with `\n`. (Joining all lines and splitting at blank lines
 * did the same, but building one string of a whole document took most of a 6 MB import.)
 */
function runsOfLines(lines: readonly string[]): string[] {
  const runs: string[] = [];
  let run: string[] = [];
  for (const line of lines) {
    if (line !== '') run.push(line);
    else if (run.length > 0) {
      runs.push(run.join('\n'));
      run = [];
    }
  }
  if (run.length > 0) runs.push(run.join('\n'));
  return runs;
}
