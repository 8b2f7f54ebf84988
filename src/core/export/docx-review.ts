/**
 * The Word review copy (issue 5, deliverable 3): the document as the MT had it, with every difference
 * from the final text as a real tracked change — `w:del` / `w:ins` with author and date, from the word
 * diff (diff.ts), so the client accepts or rejects each one in Word or LibreOffice — and each
 * segment's comments as Word comments around its paragraph. Track changes stays on in the file, so
 * the client's own edits are tracked too. Excluded segments are left out, as in every edition.
 */
import {
  CommentRangeEnd,
  CommentRangeStart,
  CommentReference,
  DeletedTextRun,
  Document,
  InsertedTextRun,
  Paragraph,
  TextRun,
  type ICommentOptions,
  type ParagraphChild,
} from 'docx';
import { wordDiff } from '../diff.ts';
import { editionParagraphs, type EditionParagraph } from './edition-paragraphs.ts';
import { DEFAULT_AUTHOR, isoSeconds, languagesOf, type ExportInput } from './export-input.ts';
import { coreProperties, documentStyles, lineRuns, packDocx, textRuns } from './docx-common.ts';
import { HEADINGS } from './docx-edition.ts';
import { headingLevel } from './heading.ts';

/** The review copy as .docx bytes. */
export async function toDocxReview(input: ExportInput): Promise<Uint8Array> {
  const lang = languagesOf(input.meta).target;
  const author = input.author ?? DEFAULT_AUTHOR;
  const comments: ICommentOptions[] = [];
  let revision = 0;
  const nextRevision = () => (revision += 1);
  const paragraphs = editionParagraphs(input.segments).map((p, i) => {
    const level = headingLevel(p.text || p.mt, i === 0);
    const children = trackedRuns(p, author, nextRevision);
    const commentIds = p.comments.map((c) => {
      const id = comments.length;
      comments.push({
        id,
        author: c.author || author,
        initials: initials(c.author || author),
        date: new Date(c.createdAt),
        children: [new Paragraph({ children: textRuns(c.text) })],
      });
      return id;
    });
    return new Paragraph({
      children: [
        ...commentIds.map((id) => new CommentRangeStart(id)),
        ...children,
        ...commentIds.flatMap((id) => [
          new CommentRangeEnd(id),
          new TextRun({ children: [new CommentReference(id)] }),
        ]),
      ],
      ...(level === undefined ? {} : { heading: HEADINGS[level] }),
    });
  });
  const document = new Document({
    title: input.meta.name,
    creator: 'Verso',
    styles: documentStyles(lang),
    comments: { children: comments },
    features: { trackRevisions: true },
    sections: [{ children: paragraphs }],
  });
  return packDocx(document, coreProperties(input.meta, lang, input.now, author));
}

/** The paragraph's runs: kept text plain, deleted MT text as `w:del`, inserted final text as `w:ins`. */
function trackedRuns(
  p: EditionParagraph,
  author: string,
  nextRevision: () => number,
): ParagraphChild[] {
  const date = isoSeconds(p.updatedAt);
  return wordDiff(p.mt, p.text).flatMap((op): ParagraphChild[] => {
    if (op.kind === 'equal') return textRuns(op.text);
    return lineRuns(op.text, (text, breakBefore) => {
      const options = {
        text,
        id: nextRevision(),
        author,
        date,
        ...(breakBefore ? { break: 1 } : {}),
      };
      return op.kind === 'insert' ? new InsertedTextRun(options) : new DeletedTextRun(options);
    });
  });
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
