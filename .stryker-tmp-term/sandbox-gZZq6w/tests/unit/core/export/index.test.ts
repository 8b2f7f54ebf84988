// @ts-nocheck
import { describe, expect, it } from 'vitest';
import {
  BINARY_EXPORT_KINDS,
  EXPORT_KINDS,
  exportProject,
  isExportKind,
} from '../../../../src/core/export/index.ts';
import { parseBackup } from '../../../../src/core/formats/backup/read.ts';
import { input, sampleSegments, segment } from '../../../support/export.ts';

describe('exportProject', () => {
  it.each([
    ['txt', 'Liaoning plan.edition.txt', 'text/plain'],
    ['md', 'Liaoning plan.edition.md', 'text/markdown'],
    ['html', 'Liaoning plan.edition.html', 'text/html'],
    [
      'docx',
      'Liaoning plan.edition.docx',
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    ],
    [
      'docx-review',
      'Liaoning plan.review.docx',
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    ],
    ['xliff2', 'Liaoning plan.xlf', 'application/xliff+xml'],
    ['xliff12', 'Liaoning plan.xliff12.xlf', 'application/xliff+xml'],
    ['tmx', 'Liaoning plan.tmx', 'application/x-tmx+xml'],
    ['report', 'Liaoning plan.report.html', 'text/html'],
    ['json', 'Liaoning plan.backup.verso.json', 'application/json'],
  ] as const)('exports %s as %s (%s)', async (kind, fileName, mime) => {
    const file = await exportProject(kind, input(sampleSegments()));
    expect([file.fileName, file.mime]).toEqual([fileName, mime]);
    expect(typeof file.data === 'string').toBe(!BINARY_EXPORT_KINDS.has(kind));
  });

  it('knows every kind', () => {
    expect(EXPORT_KINDS.every(isExportKind)).toBe(true);
    expect(isExportKind('pdf')).toBe(false);
  });

  it('gives the txt edition the same paragraphs as the others: codes resolved, sentences joined', async () => {
    const of = { paragraphId: 'p', sep: ' ', mtSep: ' ', sourceSep: '' };
    const file = await exportProject(
      'txt',
      input([
        ...sampleSegments().slice(0, 2),
        segment('a', 'One.', { sentenceOf: of }),
        segment('b', 'Two.', { sentenceOf: of }),
      ]),
    );
    expect(file.data).toBe(
      'The Belt and Road Initiative\n\nParagraph one: win-win cooperation.\n\nOne. Two.\n',
    );
  });

  it('writes a backup that reads back with its revisions', async () => {
    const revisions = [
      {
        id: 1,
        segmentId: 's1',
        text: 'x',
        status: 'new' as const,
        origin: 'import' as const,
        createdAt: 1,
      },
    ];
    const file = await exportProject('json', { ...input([segment('s1', 'x')]), revisions });
    const backup = parseBackup(file.data as string, 'b.json');
    expect(backup.revisions).toEqual(revisions);
    expect(backup.exportedAt).toBe(Date.UTC(2024, 5, 1));
  });
});
