/**
 * The Word review copy (issue 5, deliverable 3): the document as the MT had it, with every difference
 * from the final text as a real tracked change — `w:del` / `w:ins` with author and date, from the word
 * diff (diff.ts), so the client accepts or rejects each one in Word or LibreOffice — and each
 * segment's comments as Word comments around its paragraph. Track changes stays on in the file, so
 * the client's own edits are tracked too. Excluded segments are left out, as in every edition. The
 * errors of a quality assessment (issue 15) are Word comments on their spans too,
 * "[Major · Accuracy/Mistranslation] comment".
 *
 * The `docx` package makes the package (styles, settings, comments, relationships); the body, some
 * 200,000 runs for 20,000 segments, is written as text by docx-xml.ts, the same XML without an object
 * per element (the bench's 20,000-segment review copy: ≈ 3.9 s before, ≈ 1.5 s after).
 */
import { Document, Paragraph, type ICommentOptions } from 'docx';
import { wordDiff, type DiffOp } from '../../text/diff.ts';
import {
  editionParagraphs,
  offsetInParagraph,
  type EditionParagraph,
} from '../edition/paragraphs.ts';
import {
  DEFAULT_AUTHOR,
  isoSeconds,
  languagesOf,
  type ExportInput,
  type ExportLqa,
} from '../export-input.ts';
import { errorsBySegment, type LqaError } from '../../lqa/error.ts';
import { errorLabel, LQA_NAMES_EN } from '../../lqa/names.ts';
import { coreProperties, documentStyles, lineRuns, packDocx, textRuns } from './common.ts';
import { HEADINGS } from '../edition/docx.ts';
import {
  changeAttributes,
  commentEnd,
  commentStart,
  deletedRun,
  DOCUMENT_END,
  DOCUMENT_START,
  insertedRun,
  PARAGRAPH_END,
  paragraphStart,
  textRun,
} from './xml.ts';
import { headingLevel } from '../heading.ts';
import { escapeWord, xmlSafe } from '../../xml/escape.ts';

/** The review copy as .docx bytes. */
export async function toDocxReview(input: ExportInput): Promise<Uint8Array> {
  const lang = languagesOf(input.meta).target;
  const author = input.author ?? DEFAULT_AUTHOR;
  const comments: ICommentOptions[] = [];
  const addComment = (text: string, by: string, at: number): number => {
    const id = comments.length;
    // The docx package escapes but does not leave out what XML cannot carry (issue 12, item 9).
    const name = xmlSafe(by || author);
    comments.push({
      id,
      author: name,
      initials: xmlSafe(initials(name)),
      date: new Date(at),
      children: [new Paragraph({ children: textRuns(text) })],
    });
    return id;
  };
  const runs = trackedRuns(author);
  const errors = input.lqa ? errorsBySegment(input.lqa.errors) : undefined;
  let body = DOCUMENT_START;
  editionParagraphs(input.segments).forEach((p, i) => {
    const level = headingLevel(p.text || p.mt, i === 0);
    const commentIds = p.comments.map((c) => addComment(c.text, c.author, c.createdAt));
    const marks = errors && input.lqa ? errorMarks(p, errors, input.lqa, addComment) : NO_MARKS;
    body += paragraphStart(level === undefined ? undefined : HEADINGS[level]);
    for (const id of commentIds) body += commentStart(id);
    body += runs(p, marks);
    for (const id of commentIds) body += commentEnd(id);
    body += PARAGRAPH_END;
  });
  body += DOCUMENT_END;
  const document = new Document({
    title: xmlSafe(input.meta.name),
    creator: 'Verso',
    styles: documentStyles(lang),
    comments: { children: comments },
    features: { trackRevisions: true },
    sections: [{ children: [] }],
  });
  return packDocx(document, coreProperties(input.meta, lang, input.now, author), [
    { path: 'word/document.xml', data: body },
  ]);
}

/** A comment range boundary at offset `at` of the paragraph's final text. */
interface Mark {
  readonly at: number;
  readonly xml: string;
}

const NO_MARKS: readonly Mark[] = [];

/**
 * The comment range boundaries of the quality-assessment errors on a paragraph's segments (issue 15):
 * each error becomes a Word comment "[Major · Accuracy/Mistranslation] comment" by its author, around
 * the text it is on (the whole segment's text for a whole-segment error; a point for a detached one,
 * whose comment quotes the deleted text), sorted by place: at one place, ranges that end come first,
 * then those that start.
 */
function errorMarks(
  p: EditionParagraph,
  errors: ReadonlyMap<string, readonly LqaError[]>,
  lqa: ExportLqa,
  addComment: (text: string, by: string, at: number) => number,
): Mark[] {
  const marks: (Mark & { readonly order: number })[] = [];
  const names = lqa.names ?? LQA_NAMES_EN;
  p.segments.forEach((segment, member) => {
    for (const e of errors.get(segment.id) ?? []) {
      const label = `[${errorLabel(e, lqa.scorecard, names)}]`;
      const quote = e.detached && e.quote ? ` “${e.quote}”` : '';
      const text = `${label}${quote}${e.comment ? ` ${e.comment}` : ''}`;
      const id = addComment(text, e.author, e.createdAt);
      const span = e.span ?? { start: 0, end: segment.text.length };
      const start = offsetInParagraph(p, member, span.start);
      const end = Math.max(start, offsetInParagraph(p, member, span.end));
      marks.push({ at: start, xml: commentStart(id), order: 1 });
      marks.push({ at: end, xml: commentEnd(id), order: end === start ? 2 : 0 });
    }
  });
  return marks.sort((a, b) => a.at - b.at || a.order - b.order);
}

/**
 * Writes a paragraph's runs: kept text plain, deleted MT text as `w:del`, inserted final text as
 * `w:ins`, each change with the next revision id (from 1, counted across the document). `marks` (in
 * order) are written between the runs at their offsets of the final text, a run split where one falls
 * inside it; marks at the place of a deletion come before it, so an error on a corrected word spans
 * both the deleted and the inserted text.
 */
function trackedRuns(author: string): (p: EditionParagraph, marks: readonly Mark[]) => string {
  const escapedAuthor = escapeWord(author);
  let revision = 0;
  return (p, marks) => {
    const date = isoSeconds(p.updatedAt);
    let xml = '';
    const write = (kind: DiffOp['kind'], piece: string) => {
      for (const line of lineRuns(piece, (text, breakBefore) => ({ text, breakBefore }))) {
        const text = escapeWord(line.text);
        if (kind === 'equal') {
          xml += textRun(text, line.breakBefore);
          continue;
        }
        revision += 1;
        const attributes = changeAttributes(revision, escapedAuthor, date);
        xml +=
          kind === 'insert'
            ? insertedRun(attributes, text, line.breakBefore)
            : deletedRun(attributes, text, line.breakBefore);
      }
    };
    let next = 0;
    let at = 0;
    const flush = (upTo: number) => {
      while (next < marks.length && marks[next]!.at <= upTo) xml += marks[next++]!.xml;
    };
    for (const op of diffOf(p)) {
      flush(at);
      if (op.kind === 'delete' || next >= marks.length) {
        write(op.kind, op.text);
        if (op.kind !== 'delete') at += op.text.length;
        continue;
      }
      let from = 0;
      while (next < marks.length && marks[next]!.at < at + op.text.length) {
        const cut = marks[next]!.at - at;
        if (cut > from) write(op.kind, op.text.slice(from, cut));
        from = Math.max(from, cut);
        flush(marks[next]!.at);
      }
      if (from < op.text.length) write(op.kind, op.text.slice(from));
      at += op.text.length;
    }
    flush(Infinity);
    return xml;
  };
}

/** The word diff from MT to final text; an unchanged paragraph (about a third) is not diffed. */
function diffOf(p: EditionParagraph): readonly DiffOp[] {
  return p.mt === p.text ? [{ kind: 'equal', text: p.text }] : wordDiff(p.mt, p.text);
}

/** Initials for a Word comment: the first letter of up to three words ("Ann Lee" → "AL"). */
function initials(name: string): string {
  const words = name
    .trim()
    .split(/\s+/u)
    .filter((w) => w !== '');
  return (
    words
      .slice(0, 3)
      .map((w) => Array.from(w)[0]!.toUpperCase())
      .join('') || 'V'
  );
}
