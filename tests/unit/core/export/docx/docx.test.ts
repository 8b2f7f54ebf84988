import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it, vi } from 'vitest';
import { toDocxEdition } from '../../../../../src/core/export/edition/docx.ts';
import { toDocxReview } from '../../../../../src/core/export/docx/review.ts';
import { input, segment, XMLLINT } from '../../../../support/export.ts';
import { lqaError } from '../../../../support/lqa.ts';
import { MQM_CORE_SCORECARD } from '../../../../../src/core/lqa/presets.ts';

async function part(bytes: Uint8Array, path: string): Promise<string> {
  const file = (await JSZip.loadAsync(bytes)).file(path);
  if (!file) throw new Error(`${path} is not in the package`);
  return file.async('string');
}

/** Checks with xmllint that the package's document and comments parts are well-formed XML. */
async function expectWellFormedParts(bytes: Uint8Array): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'verso-docx-'));
  try {
    const files = await Promise.all(
      ['word/document.xml', 'word/comments.xml'].map(async (path, i) => {
        const file = join(dir, `part${i}.xml`);
        writeFileSync(file, await part(bytes, path));
        return file;
      }),
    );
    const result = spawnSync(XMLLINT!, ['--noout', '--nonet', ...files], { encoding: 'utf8' });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const comments = [
  { id: 'c1', text: 'Official name & <term>', author: 'Ann Lee', createdAt: Date.UTC(2024, 0, 3) },
];
const project = input(
  [
    segment('s1', 'General plan', { text: 'General Plan' }),
    segment('s2', 'The plan was publish in 2019.', {
      text: 'The plan was published in 2020.',
      comments,
    }),
    segment('s3', 'Boilerplate', { status: 'excluded' }),
    segment('s4', 'Dropped sentence.', { text: '' }),
    segment('s5', 'bad \u0001 char'),
  ],
  { targetLang: 'zh-CN', name: 'Plan' },
);

describe('toDocxReview', () => {
  it('writes every difference as a tracked deletion or insertion with author and date', async () => {
    const xml = await part(
      await toDocxReview({ ...project, author: 'Reviewer' }),
      'word/document.xml',
    );
    const del = [
      ...xml.matchAll(
        /<w:del w:id="\d+" w:author="Reviewer" w:date="2024-01-02T03:04:05Z"><w:r><w:delText xml:space="preserve">([^<]*)<\/w:delText>/g,
      ),
    ].map((m) => m[1]);
    const ins = [
      ...xml.matchAll(
        /<w:ins w:id="\d+" w:author="Reviewer" w:date="2024-01-02T03:04:05Z"><w:r><w:t xml:space="preserve">([^<]*)<\/w:t>/g,
      ),
    ].map((m) => m[1]);
    expect(del).toEqual(['plan', 'publish', '2019', 'Dropped sentence.']);
    expect(ins).toEqual(['Plan', 'published', '2020']);
  });

  it('gives every revision its own id', async () => {
    const xml = await part(await toDocxReview(project), 'word/document.xml');
    const ids = [...xml.matchAll(/<w:(?:ins|del) w:id="(\d+)"/g)].map((m) => m[1]);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('turns segment comments into Word comments anchored on their paragraph', async () => {
    const bytes = await toDocxReview(project);
    const xml = await part(bytes, 'word/comments.xml');
    expect(xml).toContain('w:author="Ann Lee"');
    expect(xml).toContain('w:initials="AL"');
    expect(xml).toContain('Official name &amp; &lt;term&gt;');
    const document = await part(bytes, 'word/document.xml');
    expect(document).toMatch(
      /<w:commentRangeStart w:id="0"\/>.*publish.*<w:commentRangeEnd w:id="0"\/><w:r><w:commentReference w:id="0"\/>/,
    );
  });

  it('keeps track changes on, leaves excluded segments and bad characters out', async () => {
    const bytes = await toDocxReview(project);
    expect(await part(bytes, 'word/settings.xml')).toContain('<w:trackRevisions/>');
    const document = await part(bytes, 'word/document.xml');
    expect(document).not.toContain('Boilerplate');
    expect(document).not.toContain('\u0001');
  });

  it.skipIf(!XMLLINT)('writes well-formed document and comments parts (xmllint)', async () => {
    const hostile = input([
      ...project.segments,
      segment('s6', 'Tom & "Jerry" <b>\nit\'s\r\n\uD800]]>', {
        text: 'Tom & Jerry <i>\n\nits',
        comments: [{ ...comments[0]!, author: 'A & <B> "C"', text: '<x> & ]]>\n"y"' }],
      }),
    ]);
    await expectWellFormedParts(await toDocxReview({ ...hostile, author: '<Rev> & "Co"' }));
  });
});

describe('toDocxReview with a quality assessment (issue 15)', () => {
  const segments = [
    segment('s1', 'Fourty open policies and double-attraction golden policies.', {
      text: 'Forty open policies and golden policies.',
    }),
    segment('s2', 'First sentence.', {
      sentenceOf: { paragraphId: 'p', sep: ' ', mtSep: ' ', sourceSep: '' },
    }),
    segment('s3', 'The community of human destiny.', {
      text: 'The community with a shared future for mankind.',
      sentenceOf: { paragraphId: 'p', sep: ' ', mtSep: ' ', sourceSep: '' },
    }),
  ];
  const errors = [
    lqaError('e1', 's1', {
      span: { start: 0, end: 5 },
      categoryId: 'spelling',
      severityId: 'minor',
      comment: 'Misspelt & <typo>',
      author: 'Ann Lee',
    }),
    lqaError('e2', 's1', {
      span: { start: 24, end: 24 },
      detached: true,
      quote: 'double-attraction',
      categoryId: 'addition',
    }),
    lqaError('e3', 's3', { span: { start: 14, end: 46 }, comment: 'Calque' }),
    lqaError('e4', 's2', { categoryId: 'style', severityId: 'neutral' }),
  ];
  const assessed = {
    ...input(segments),
    lqa: { scorecard: MQM_CORE_SCORECARD, errors, rework: [] },
  };

  it('writes each error as a Word comment "[Severity · Category/Subtype] comment" by its author', async () => {
    const xml = await part(await toDocxReview(assessed), 'word/comments.xml');
    expect(xml).toContain('[Minor · Linguistic conventions/Spelling] Misspelt &amp; &lt;typo&gt;');
    expect(xml).toContain('[Major · Accuracy/Mistranslation] Calque');
    expect(xml).toContain('[Neutral · Style]');
    expect(xml).toContain('w:author="Ann Lee"');
  });

  it('puts the comment around the corrected word, deleted MT and inserted text alike', async () => {
    const document = await part(await toDocxReview(assessed), 'word/document.xml');
    expect(document).toMatch(
      /<w:commentRangeStart w:id="0"\/><w:del [^>]*><w:r><w:delText xml:space="preserve">Fourty<\/w:delText><\/w:r><\/w:del><w:ins [^>]*><w:r><w:t xml:space="preserve">Forty<\/w:t><\/w:r><\/w:ins><w:commentRangeEnd w:id="0"\/>/,
    );
  });

  it('marks a detached error at the place of its deleted text, quoting it', async () => {
    const bytes = await toDocxReview(assessed);
    expect(await part(bytes, 'word/comments.xml')).toContain(
      '[Major · Accuracy/Addition] “double-attraction”',
    );
    expect(await part(bytes, 'word/document.xml')).toMatch(
      /<w:commentRangeStart w:id="1"\/><w:commentRangeEnd w:id="1"\/><w:r><w:commentReference w:id="1"\/><\/w:r><w:del [^>]*><w:r><w:delText xml:space="preserve">double-attraction /,
    );
  });

  it('finds a sentence’s span in its paragraph, and spans a whole-segment error over its sentence', async () => {
    const document = await part(await toDocxReview(assessed), 'word/document.xml');
    const paragraph = document.slice(document.lastIndexOf('<w:p>'));
    const text = (xml: string) =>
      [...xml.matchAll(/<w:t xml:space="preserve">([^<]*)/g)].map((m) => m[1]).join('');
    const range = (id: number) =>
      text(
        paragraph.slice(
          paragraph.indexOf(`<w:commentRangeStart w:id="${id}"/>`),
          paragraph.indexOf(`<w:commentRangeEnd w:id="${id}"/>`),
        ),
      );
    expect(range(2)).toBe('First sentence.');
    expect(range(3)).toBe('with a shared future for mankind');
  });

  it('leaves the review copy as it was when nothing was assessed', async () => {
    const document = await part(await toDocxReview(input(segments)), 'word/document.xml');
    const withNoErrors = await part(
      await toDocxReview({
        ...input(segments),
        lqa: { scorecard: MQM_CORE_SCORECARD, errors: [], rework: [] },
      }),
      'word/document.xml',
    );
    expect(withNoErrors).toBe(document);
  });

  it.skipIf(!XMLLINT)('writes well-formed document and comments parts (xmllint)', async () => {
    await expectWellFormedParts(await toDocxReview(assessed));
  });
});

describe('toDocxEdition', () => {
  it('writes the final text with headings, no tracked changes', async () => {
    const xml = await part(await toDocxEdition(project), 'word/document.xml');
    expect(xml).toContain(
      '<w:pStyle w:val="Heading1"/></w:pPr><w:r><w:t xml:space="preserve">General Plan</w:t>',
    );
    expect(xml).toContain('The plan was published in 2020.');
    expect(xml).not.toMatch(/<w:(ins|del) /);
    expect(xml).not.toContain('Boilerplate');
  });

  it('sets the title and language in the core properties and the runs (w:lang)', async () => {
    const bytes = await toDocxEdition(project);
    const core = await part(bytes, 'docProps/core.xml');
    expect(core).toContain('<dc:title>Plan</dc:title>');
    expect(core).toContain('<dc:language>zh-CN</dc:language>');
    expect(core).toContain(
      '<dcterms:modified xsi:type="dcterms:W3CDTF">2024-06-01T00:00:00Z</dcterms:modified>',
    );
    expect(await part(bytes, 'word/styles.xml')).toContain(
      '<w:lang w:val="zh-CN" w:eastAsia="zh-CN"/>',
    );
  });

  it('gives the same bytes for the same input (nothing random; only the zip entries carry the time)', async () => {
    // The zip writer stamps entries with the current time (2-second steps): fix it for both exports,
    // so the comparison shows that nothing else varies between them.
    vi.useFakeTimers({ toFake: ['Date'], now: new Date('2026-11-30T12:00:00Z') });
    try {
      expect(await toDocxEdition(project)).toEqual(await toDocxEdition(project));
    } finally {
      vi.useRealTimers();
    }
  });
});

const SOFFICE = ['/usr/bin/soffice', '/usr/bin/libreoffice', '/usr/local/bin/soffice'].find((p) =>
  existsSync(p),
);
if (!SOFFICE)
  console.warn('skipping: LibreOffice (soffice) is absent; the review copy is not converted');

describe.skipIf(!SOFFICE)('the review copy in LibreOffice', () => {
  it('converts headless to ODT', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'verso-docx-'));
    try {
      writeFileSync(join(dir, 'review.docx'), await toDocxReview(project));
      const result = spawnSync(
        SOFFICE!,
        ['--headless', '--convert-to', 'odt', '--outdir', dir, join(dir, 'review.docx')],
        { encoding: 'utf8', timeout: 120_000 },
      );
      expect(result.status).toBe(0);
      expect(readdirSync(dir)).toContain('review.odt');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
