// @ts-nocheck
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MAX_FILE_BYTES } from '../../../../../src/core/text/decode.ts';
import { openFile, type OpenedFile } from '../../../../../src/core/formats/open/document-file.ts';
import { inputErrorOf } from '../../../../support/input-error.ts';

const bytesOf = (path: string): Uint8Array => new Uint8Array(readFileSync(path));
const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

function document(opened: OpenedFile): Extract<OpenedFile, { kind: 'document' }> {
  if (opened.kind !== 'document') throw new Error(`expected a document, got a ${opened.kind}`);
  return opened;
}

describe('openFile', () => {
  it('opens the seed as a 19-paragraph document named after the file', () => {
    const opened = document(
      openFile(bytesOf('corpus/000_bf2c9c8ccc29718b.txt'), '000_bf2c9c8ccc29718b.txt'),
    );
    expect(opened.name).toBe('000_bf2c9c8ccc29718b');
    expect(opened.fileName).toBe('000_bf2c9c8ccc29718b.txt');
    expect(opened.markdown).toBe(false);
    expect(opened.encoding).toBe('utf-8');
    expect(opened.paragraphs).toHaveLength(19);
  });

  it('splits a CRLF file with a byte-order mark into clean paragraphs', () => {
    const opened = document(openFile(bytesOf('corpus/fixtures/crlf-bom.txt'), 'crlf-bom.txt'));
    expect(opened.paragraphs).toEqual([
      'Title line',
      'First paragraph,\nsecond line of it.',
      'Last paragraph.',
    ]);
  });

  it('opens a UTF-16LE document and reports its encoding', () => {
    const opened = document(
      openFile(bytesOf('corpus/fixtures/utf16le-bom.txt'), 'utf16le-bom.txt'),
    );
    expect(opened.encoding).toBe('utf-16le');
    expect(opened.paragraphs[1]).toBe('第一段：一带一路。');
  });

  it('opens a GB18030 document', () => {
    const opened = document(openFile(bytesOf('corpus/fixtures/gb18030.txt'), 'gb18030.txt'));
    expect(opened.encoding).toBe('gb18030');
    expect(opened.paragraphs).toHaveLength(3);
  });

  it('marks .md and .markdown files as Markdown, whatever the case of the extension', () => {
    expect(document(openFile(utf8('# T'), 'notes.MD')).markdown).toBe(true);
    expect(document(openFile(utf8('# T'), 'notes.markdown')).markdown).toBe(true);
  });

  it('opens a file without extension as a document', () => {
    expect(document(openFile(utf8('a\n\nb'), 'README')).paragraphs).toEqual(['a', 'b']);
  });

  it('names the project from the last path component without extension', () => {
    const opened = document(openFile(utf8('x'), 'C:\\docs/plan.v2.txt'));
    expect([opened.name, opened.fileName]).toEqual(['plan.v2', 'plan.v2.txt']);
  });

  it('opens a .json file as a backup', () => {
    const opened = openFile(bytesOf('corpus/fixtures/backup.verso.json'), 'backup.verso.json');
    expect(opened.kind).toBe('backup');
    expect(opened.kind === 'backup' && opened.backup.project.name).toBe('Fixture plan');
  });

  it('opens a backup saved with a .txt extension as a backup', () => {
    expect(openFile(bytesOf('corpus/fixtures/backup.verso.json'), 'backup.txt').kind).toBe(
      'backup',
    );
  });

  it('refuses a .json file that is not a backup', () => {
    expect(inputErrorOf(() => openFile(utf8('{"name": "x"}'), 'package.json')).code).toBe(
      'errors.backupFormat',
    );
  });

  it('refuses other extensions with errors.unsupportedType', () => {
    const error = inputErrorOf(() => openFile(utf8('text'), 'report.docx'));
    expect(error.code).toBe('errors.unsupportedType');
    expect(error.params).toEqual({ file: 'report.docx', ext: 'docx' });
  });

  it('refuses an empty document', () => {
    expect(inputErrorOf(() => openFile(new Uint8Array(0), 'empty.txt')).code).toBe('errors.empty');
  });

  it('refuses a file over the size limit before looking at its type', () => {
    expect(inputErrorOf(() => openFile(new Uint8Array(MAX_FILE_BYTES + 1), 'huge.docx')).code).toBe(
      'errors.tooLarge',
    );
  });

  it('passes decoding errors on', () => {
    expect(
      inputErrorOf(() => openFile(bytesOf('corpus/fixtures/latin1.txt'), 'latin1.txt')).code,
    ).toBe('errors.undecodable');
  });
});
