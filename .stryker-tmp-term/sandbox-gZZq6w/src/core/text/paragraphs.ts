/** Splitting a document's text into the paragraphs that become segments. */
// @ts-nocheck


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
  const paragraphs = hasBlankLine ? lines.join('\n').split(/\n{2,}/) : lines;
  return paragraphs.map((p) => p.trim()).filter((p) => p !== '');
}
