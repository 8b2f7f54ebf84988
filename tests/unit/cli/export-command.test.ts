import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { EXIT_OK, EXIT_USAGE, run, type CliIo } from '../../../src/cli/run.ts';
import { openBilingual } from '../../../src/core/formats/open/open-bilingual.ts';
import { runVerso } from '../../support/cli-io.ts';

const XLIFF12 = 'corpus/fixtures/bilingual/review-12.xlf';
const SEED = 'corpus/000_bf2c9c8ccc29718b.txt';

/** Runs `verso` with binary output captured too. */
async function versoBytes(argv: string[], terminal = false) {
  let stdout: Uint8Array = new Uint8Array();
  let stderr = '';
  const files = new Map<string, Uint8Array>();
  const io: CliIo = {
    stdout: () => undefined,
    stderr: (text) => void (stderr += text),
    readFile: async (path) =>
      new Uint8Array(await import('node:fs/promises').then((fs) => fs.readFile(path))),
    writeFile: () => Promise.resolve(),
    now: () => 0,
    stdoutBytes: (bytes) => void (stdout = bytes),
    writeBytes: (path, bytes) => Promise.resolve(void files.set(path, bytes)),
    stdoutIsTerminal: terminal,
  };
  const status = await run(argv, io);
  return { status, stdout, stderr, files };
}

describe('verso export (issue 5 formats)', () => {
  it('exports a bilingual XLIFF 1.2 file as XLIFF 2.1 that reads back the same', async () => {
    const result = await runVerso(['export', XLIFF12, '--format', 'xliff2']);
    expect(result.status).toBe(EXIT_OK);
    const original = openBilingual(
      new Uint8Array(await import('node:fs').then((fs) => fs.readFileSync(XLIFF12))),
      'review-12.xlf',
    );
    const again = openBilingual(new TextEncoder().encode(result.stdout), 'out.xlf');
    expect(again.units.map((u) => [u.source, u.target, u.status])).toEqual(
      original.units.map((u) => [u.source, u.target, u.status ?? 'new']),
    );
  });

  it.each([
    ['xliff12', '<xliff version="1.2"'],
    ['tmx', '<tmx version="1.4">'],
    ['html', '<html lang="und"'],
    ['report', '<h1>Change report</h1>'],
  ])('exports a document as %s', async (format, marker) => {
    const result = await runVerso(['export', SEED, '--format', format]);
    expect(result.status).toBe(EXIT_OK);
    expect(result.stdout).toContain(marker);
  });

  it('takes XLIFF 2.1 from an -o file ending in .xlf', async () => {
    const result = await runVerso(['export', SEED, '-o', 'out.xlf']);
    expect(result.written.get('out.xlf')).toContain('version="2.1"');
  });

  it('writes a Word review copy to the -o file as bytes', async () => {
    const result = await versoBytes(['export', XLIFF12, '--format', 'docx-review', '-o', 'r.docx']);
    expect(result.status).toBe(EXIT_OK);
    const zip = await JSZip.loadAsync(result.files.get('r.docx')!);
    expect(await zip.file('word/document.xml')!.async('string')).toContain('<w:body>');
  });

  it('writes a Word file to standard output when it is not a terminal', async () => {
    const result = await versoBytes(['export', SEED, '--format', 'docx']);
    expect(result.status).toBe(EXIT_OK);
    expect(String.fromCharCode(...result.stdout.slice(0, 2))).toBe('PK');
  });

  it('refuses to write a Word file to a terminal (exit 2)', async () => {
    const result = await versoBytes(['export', SEED, '--format', 'docx'], true);
    expect(result.status).toBe(EXIT_USAGE);
    expect(result.stderr).toContain('binary file');
  });
});
