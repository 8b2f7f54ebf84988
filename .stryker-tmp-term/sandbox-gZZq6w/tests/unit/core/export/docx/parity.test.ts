/**
 * The review copy writes its document.xml as text (docx-xml.ts) instead of through the `docx`
 * package's objects, for speed. Word must see the same file: every part of the package is compared,
 * byte for byte, with the one the package writes from the same paragraphs built as its objects.
 */
// @ts-nocheck

import {
  CommentRangeEnd,
  CommentRangeStart,
  CommentReference,
  DeletedTextRun,
  Document,
  InsertedTextRun,
  Packer,
  Paragraph,
  TextRun,
  type ICommentOptions,
  type ParagraphChild,
} from 'docx';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { wordDiff } from '../../../../../src/core/text/diff.ts';
import {
  coreProperties,
  documentStyles,
  lineRuns,
  textRuns,
} from '../../../../../src/core/export/docx/common.ts';
import { HEADINGS } from '../../../../../src/core/export/edition/docx.ts';
import { toDocxReview } from '../../../../../src/core/export/docx/review.ts';
import { editionParagraphs } from '../../../../../src/core/export/edition/paragraphs.ts';
import {
  DEFAULT_AUTHOR,
  isoSeconds,
  languagesOf,
  type ExportInput,
} from '../../../../../src/core/export/export-input.ts';
import { headingLevel } from '../../../../../src/core/export/heading.ts';
import type { Segment } from '../../../../../src/core/model/model.ts';
import { seededRandom } from '../../../../support/prng.ts';
import { input, segment } from '../../../../support/export.ts';

/** The review copy as the package writes it from its own objects (the export before docx-xml.ts). */
async function packageReview(project: ExportInput): Promise<Uint8Array> {
  const lang = languagesOf(project.meta).target;
  const author = project.author ?? DEFAULT_AUTHOR;
  const comments: ICommentOptions[] = [];
  let revision = 0;
  const paragraphs = editionParagraphs(project.segments).map((p, i) => {
    const level = headingLevel(p.text || p.mt, i === 0);
    const date = isoSeconds(p.updatedAt);
    const runs = wordDiff(p.mt, p.text).flatMap((op): ParagraphChild[] => {
      if (op.kind === 'equal') return textRuns(op.text);
      return lineRuns(op.text, (text, breakBefore) => {
        revision += 1;
        const options = { text, id: revision, author, date, ...(breakBefore ? { break: 1 } : {}) };
        return op.kind === 'insert' ? new InsertedTextRun(options) : new DeletedTextRun(options);
      });
    });
    const ids = p.comments.map((c) => {
      const id = comments.length;
      comments.push({
        id,
        author: c.author || author,
        initials: 'X',
        date: new Date(c.createdAt),
        children: [new Paragraph({ children: textRuns(c.text) })],
      });
      return id;
    });
    return new Paragraph({
      children: [
        ...ids.map((id) => new CommentRangeStart(id)),
        ...runs,
        ...ids.flatMap((id) => [
          new CommentRangeEnd(id),
          new TextRun({ children: [new CommentReference(id)] }),
        ]),
      ],
      ...(level === undefined ? {} : { heading: HEADINGS[level] }),
    });
  });
  const document = new Document({
    title: project.meta.name,
    creator: 'Verso',
    styles: documentStyles(lang),
    comments: { children: comments },
    features: { trackRevisions: true },
    sections: [{ children: paragraphs }],
  });
  const core = coreProperties(project.meta, lang, project.now, author);
  return new Uint8Array(
    await Packer.toArrayBuffer(document, false, [{ path: 'docProps/core.xml', data: core }]),
  );
}

/** The package's parts in order, as text; comment initials, which the reference leaves out, masked. */
async function parts(bytes: Uint8Array): Promise<[string, string][]> {
  const zip = await JSZip.loadAsync(bytes);
  const files = Object.values(zip.files).filter((f) => !f.dir);
  return Promise.all(
    files.map(async (f): Promise<[string, string]> => {
      const text = await f.async('string');
      return [f.name, text.replace(/ w:initials="[^"]*"/g, '')];
    }),
  );
}

async function expectSameParts(project: ExportInput): Promise<void> {
  const ours = await parts(await toDocxReview(project));
  const theirs = await parts(await packageReview(project));
  expect(ours.map(([name]) => name)).toEqual(theirs.map(([name]) => name));
  for (const [i, [name, text]] of ours.entries()) {
    expect({ name, text }).toEqual({ name, text: theirs[i]![1] });
  }
}

const comment = (id: string, text: string, author = 'Ann Lee') => ({
  id,
  text,
  author,
  createdAt: Date.UTC(2024, 0, 3),
});

describe('the review copy’s document.xml', () => {
  it('is the package’s own for headings, comments, line breaks and text to escape', async () => {
    const segments: Segment[] = [
      segment('s1', 'General plan', { text: 'General Plan' }),
      segment('s2', 'Chapter 2 Growth', { comments: [comment('c1', 'Title?')] }),
      segment('s3', '1.1 Scope of "it" & <that>', { text: "1.1 Scope of 'it' & <those>" }),
      segment('s4', 'Line one\nline two\n\nline four', {
        text: 'Line one\r\nline 2\n\n\nline four\n',
        comments: [comment('c2', 'Two & one\nlines', ''), comment('c3', 'Second', 'Bo Li')],
      }),
      segment('s5', 'Dropped\n\nsentence.', { text: '' }),
      segment('s6', '', { text: 'Added\nfrom nothing.' }),
      segment('s7', 'bad \u0001 char \uD800 and\ttab', { text: 'bad char and\ttabs' }),
      segment('s8', '共建“一带一路”倡议。', { text: '共建“一带一路”合作倡议。' }),
      segment('s9', 'Excluded', { status: 'excluded' }),
      segment('s10', 'First sentence.', {
        text: 'First sentence, edited.',
        sentenceOf: { paragraphId: 'p', sep: ' ', mtSep: ' ', sourceSep: '' },
        comments: [comment('c4', 'On a sentence')],
      }),
      segment('s11', 'Second one.', {
        sentenceOf: { paragraphId: 'p', sep: ' ', mtSep: ' ', sourceSep: '' },
        updatedAt: Date.UTC(2025, 1, 1),
      }),
      segment('s12', 'Unchanged paragraph, as about a third are.'),
    ];
    await expectSameParts({ ...input(segments), author: `O'Brien & <Co> "QA"` });
  });

  it('is the package’s own for 300 random post-edits', async () => {
    const random = seededRandom(11);
    const words = [
      'plan',
      'the',
      "don't",
      '&',
      '<b>',
      '"q"',
      '\n',
      '\r\n',
      '一带',
      '。',
      '  ',
      '\t',
    ];
    const text = (n: number) =>
      Array.from({ length: n }, () => words[Math.floor(random() * words.length)]).join(' ');
    const segments = Array.from({ length: 300 }, (_, i) => {
      const mt = text(Math.floor(random() * 12));
      const edited = random() < 0.6 ? mt.replace(/plan|the|一带/g, () => text(1)) : mt;
      return segment(`s${i}`, mt, {
        text: random() < 0.1 ? '' : edited,
        comments: random() < 0.1 ? [comment(`c${i}`, text(3))] : [],
      });
    });
    await expectSameParts(input(segments));
  });
});
