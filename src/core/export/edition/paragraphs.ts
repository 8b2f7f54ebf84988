/**
 * The paragraphs of an edition, shared by the HTML and Word editions and the Word review copy (and fed
 * to the txt/Markdown editions by exportProject, so that all editions agree): excluded segments are
 * left out (edition.ts), sentence rows are joined back into their paragraph with the white space that
 * separated them, and placeholders become plain text (see {@link plainText}).
 */
import { PLACEHOLDER_PATTERN, type InlineCode } from '../../model/inline-codes.ts';
import type { Segment, SegmentComment } from '../../model/model.ts';
import { inlineParts } from '../../model/inline-parts.ts';

/** One paragraph of the document: its final text and MT, and the segments it is made of. */
export interface EditionParagraph {
  /** Final text, placeholders resolved, line ends LF, trimmed. */
  readonly text: string;
  /** MT, the same way. */
  readonly mt: string;
  /** The included segments it is made of (one, or the sentences of a paragraph). */
  readonly segments: readonly Segment[];
  readonly comments: readonly SegmentComment[];
  /** Latest change of its segments. */
  readonly updatedAt: number;
}

/**
 * The included paragraphs, in order, with an MT or a final text (a paragraph whose final text is
 * empty is kept for the review copy, which shows its deletion; editions skip it).
 */
export function editionParagraphs(segments: readonly Segment[]): EditionParagraph[] {
  const groups: { key: string | undefined; members: Segment[] }[] = [];
  for (const s of segments) {
    if (s.status === 'excluded') continue;
    const key = s.sentenceOf?.paragraphId;
    const last = groups[groups.length - 1];
    if (key !== undefined && last?.key === key) last.members.push(s);
    else groups.push({ key, members: [s] });
  }
  return groups
    .map(({ members }) => paragraphOf(members))
    .filter((p) => p.text !== '' || p.mt !== '');
}

function paragraphOf(members: readonly Segment[]): EditionParagraph {
  let text = '';
  let mt = '';
  members.forEach((s, i) => {
    const last = i === members.length - 1;
    text += plainText(s.text, s.codes) + (last ? '' : (s.sentenceOf?.sep ?? ' '));
    mt += plainText(s.mt, s.codes) + (last ? '' : (s.sentenceOf?.mtSep ?? ' '));
  });
  return {
    text: clean(text),
    mt: clean(mt),
    segments: members,
    comments: members.flatMap((s) => s.comments),
    updatedAt: Math.max(...members.map((s) => s.updatedAt)),
  };
}

function clean(text: string): string {
  return text.replace(/\r\n?/g, '\n').trim();
}

/**
 * Where offset `offset` of the text of `p.segments[member]` falls in the paragraph's text `p.text`
 * (placeholders resolved, sentences joined, line ends LF, trimmed), for exports that mark a span of a
 * segment in its paragraph (the review copy's error comments). An offset inside a placeholder counts
 * as after it.
 */
export function offsetInParagraph(p: EditionParagraph, member: number, offset: number): number {
  let raw = '';
  let full = '';
  p.segments.forEach((s, i) => {
    const last = i === p.segments.length - 1;
    const plain = plainText(s.text, s.codes) + (last ? '' : (s.sentenceOf?.sep ?? ' '));
    if (i < member) raw += plain;
    if (i === member)
      raw += plainText(s.text.slice(0, outsidePlaceholder(s.text, offset)), s.codes);
    full += plain;
  });
  const unified = full.replace(/\r\n?/g, '\n');
  const lead = unified.length - unified.trimStart().length;
  const at = raw.replace(/\r\n?/g, '\n').length - lead;
  return Math.min(Math.max(0, at), p.text.length);
}

/** `offset`, or the end of the placeholder it falls inside. */
function outsidePlaceholder(text: string, offset: number): number {
  for (const m of text.matchAll(PLACEHOLDER_PATTERN)) {
    if (m.index >= offset) break;
    const end = m.index + m[0].length;
    if (offset < end) return end;
  }
  return Math.min(offset, text.length);
}

/** A native code that is a line break (HTML, RTF, a plain line end). */
const LINE_BREAK = /^(?:<br\s*\/?>|\\line ?|\\par ?|\r?\n|\u2028)$/i;
/** A native code that is markup rather than text: tags, RTF control words, entities. */
const MARKUP = /[<>\\]|&#?\w+;/;

/**
 * A segment's text with its placeholders resolved for reading: paired codes (formatting around text)
 * are dropped, standalone codes become a line break when they are one, their own text when it is plain
 * text (a variable such as `{0}` or `%s`), and nothing when they are markup. A placeholder the segment
 * has no code for is the reviewer's text and stays. Dropping a code between two spaces drops one.
 */
export function plainText(text: string, codes: readonly InlineCode[] = []): string {
  let out = '';
  let dropped = false;
  for (const part of inlineParts(text, codes)) {
    if (part.kind === 'text') {
      out +=
        dropped && out.endsWith(' ') && part.text.startsWith(' ') ? part.text.slice(1) : part.text;
      dropped = false;
      continue;
    }
    const original = part.code.original;
    if (part.code.kind === 'standalone' && original !== undefined && LINE_BREAK.test(original)) {
      out += '\n';
    } else if (
      part.code.kind === 'standalone' &&
      original !== undefined &&
      original.trim() !== '' &&
      !MARKUP.test(original)
    ) {
      out += original;
    } else dropped = true;
  }
  return out;
}
