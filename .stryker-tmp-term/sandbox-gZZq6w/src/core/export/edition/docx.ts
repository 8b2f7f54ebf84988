/**
 * The clean edition as a Word document (issue 5, deliverable 1), through the `docx` package: the
 * included paragraphs' final text, headings as Word's Heading 1–3 styles (heading.ts), the project
 * name as the document title and the target language as its language (core properties and `w:lang`).
 */
// @ts-nocheck

import { Document, HeadingLevel, Paragraph } from 'docx';
import { editionParagraphs } from './paragraphs.ts';
import { DEFAULT_AUTHOR, languagesOf, type ExportInput } from '../export-input.ts';
import { coreProperties, documentStyles, packDocx, textRuns } from '../docx/common.ts';
import { headingLevel, type HeadingLevel as Level } from '../heading.ts';

/** Word's heading styles by level. */
export const HEADINGS: Readonly<Record<Level, (typeof HeadingLevel)[keyof typeof HeadingLevel]>> = {
  1: HeadingLevel.HEADING_1,
  2: HeadingLevel.HEADING_2,
  3: HeadingLevel.HEADING_3,
};

/** The clean edition as .docx bytes. */
export async function toDocxEdition(input: ExportInput): Promise<Uint8Array> {
  const lang = languagesOf(input.meta).target;
  const paragraphs = editionParagraphs(input.segments)
    .filter((p) => p.text !== '')
    .map((p, i) => {
      const level = headingLevel(p.text, i === 0);
      return new Paragraph({
        children: textRuns(p.text),
        ...(level === undefined ? {} : { heading: HEADINGS[level] }),
      });
    });
  const document = new Document({
    title: input.meta.name,
    creator: 'Verso',
    styles: documentStyles(lang),
    sections: [{ children: paragraphs }],
  });
  const author = input.author ?? DEFAULT_AUTHOR;
  return packDocx(document, coreProperties(input.meta, lang, input.now, author));
}
