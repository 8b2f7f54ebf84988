/**
 * The clean edition: the corrected text alone, as plain text or Markdown. Excluded segments
 * (boilerplate) are left out. Pure serializers; the UI turns the string into a download.
 */
import type { SegmentStatus } from '../../model/model.ts';
import { headingLevel, type HeadingLevel } from '../heading.ts';

/** What an edition needs from a segment. */
export interface EditionSegment {
  text: string;
  status: SegmentStatus;
}

/** Options of {@link toMarkdown}. */
export interface MarkdownOptions {
  /** Written as a level-1 heading first, when given. */
  title?: string;
  /**
   * The document was Markdown: paragraphs keep their Markdown, but raw HTML and script links are
   * neutralised (see {@link neutraliseMarkdown}).
   */
  sourceIsMarkdown: boolean;
}

/**
 * Plain-text edition: included paragraphs separated by one blank line, LF line ends, a final newline
 * (none when nothing is included). Paragraphs left empty by the reviewer are omitted too.
 */
export function toPlainText(segments: readonly EditionSegment[]): string {
  return joinBlocks(includedParagraphs(segments));
}

/**
 * Markdown edition. Unless the source was Markdown, every paragraph is escaped so that it renders as
 * the same text (CommonMark §2.4 backslash escapes; `<` and `&` as entities, so `<script>` is never
 * live HTML), and line breaks inside a paragraph become hard breaks (§6.7) instead of spaces.
 * Headings are ATX headings (`#`, `##`, `###`), found as the HTML and Word editions find them
 * (heading.ts; issue 11 item 11: the Markdown edition had lost them). A Markdown source keeps its own.
 */
export function toMarkdown(segments: readonly EditionSegment[], options: MarkdownOptions): string {
  const paragraphs = includedParagraphs(segments);
  const title = options.title?.replace(/\s+/g, ' ').trim();
  const blocks = options.sourceIsMarkdown
    ? paragraphs.map(neutraliseMarkdown)
    : paragraphs.map((p, i) => {
        // With a title written first, the first paragraph is not the document's title.
        const level = headingLevel(p, !title && i === 0);
        return level === undefined ? escapeParagraph(p) : atxHeading(p, level);
      });
  if (title) blocks.unshift(atxHeading(title, 1));
  return joinBlocks(blocks);
}

/** A one-line heading: its text escaped, `#` too (a closing sequence of #s would be dropped). */
function atxHeading(text: string, level: HeadingLevel): string {
  return `${'#'.repeat(level)} ${escapeInline(text).replace(/#/g, '\\#')}`;
}

/**
 * Keeps a Markdown paragraph's Markdown but makes it inert: raw HTML tags, comments and autolinks
 * (`<` before a letter, `/`, `!` or `?`) become text, and inline links or images whose destination uses
 * a script-capable scheme (`javascript:`, `vbscript:`, `data:`) lose their link syntax. Hostile text
 * must stay text in every export.
 */
export function neutraliseMarkdown(paragraph: string): string {
  return paragraph
    .replace(/\]\(\s*<?\s*(?=(?:javascript|vbscript|data)\s*:)/gi, (m) => `]\\${m.slice(1)}`)
    .replace(/<(?=[A-Za-z/!?])/g, '&lt;');
}

function includedParagraphs(segments: readonly EditionSegment[]): string[] {
  return segments
    .filter((s) => s.status !== 'excluded')
    .map((s) => s.text.replace(/\r\n?/g, '\n').trim())
    .filter((text) => text !== '');
}

function joinBlocks(blocks: readonly string[]): string {
  return blocks.length === 0 ? '' : `${blocks.join('\n\n')}\n`;
}

/** Escapes one plain-text paragraph line by line; `\` at a line's end makes a hard line break. */
function escapeParagraph(paragraph: string): string {
  return paragraph
    .split('\n')
    .map((line) => escapeLineStart(escapeInline(line)))
    .join('\\\n');
}

const INLINE_ESCAPES: Readonly<Record<string, string>> = {
  '<': '&lt;',
  '&': '&amp;',
};

/** Characters that start emphasis, code, links, strikethrough, tables or HTML anywhere in a line. */
function escapeInline(text: string): string {
  return text.replace(/[\\*_`[\]~|<&]/g, (c) => INLINE_ESCAPES[c] ?? `\\${c}`);
}

/**
 * Markers that only count at the start of a line (up to three spaces in): ATX headings `#`, block
 * quotes `>`, bullets `+ -` (`*` is escaped everywhere), setext underlines `=` `-`, and ordered-list
 * numbers `1.` / `1)`.
 */
function escapeLineStart(line: string): string {
  return line
    .replace(/^(\s*)([#>+\-=])/, '$1\\$2')
    .replace(/^(\s*\d{1,9})([.)])(?=\s|$)/, '$1\\$2');
}
