import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { EXIT_BAD_INPUT, EXIT_OK, EXIT_USAGE, run, type CliIo } from '../../../src/cli/run.ts';
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
    ['html', '<html lang="en"'],
    ['report', '<h1>Change report</h1>'],
  ])('exports a document as %s', async (format, marker) => {
    const result = await runVerso(['export', SEED, '--format', format, '--target-lang', 'en']);
    expect(result.status).toBe(EXIT_OK);
    expect(result.stdout).toContain(marker);
  });

  it('takes XLIFF 2.1 from an -o file ending in .xlf', async () => {
    const result = await runVerso(['export', SEED, '-o', 'out.xlf', '--target-lang', 'en']);
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

describe('verso export languages (issue 11 item 13)', () => {
  /** A bilingual TSV without a header row of language codes. */
  const TSV = new TextEncoder().encode('共建“一带一路”倡议\tThe Belt and Road Initiative\n');
  const world = { files: { 'pairs.tsv': TSV } };

  it.each(['tmx', 'xliff2', 'xliff12'])(
    'refuses to write %s from a TSV that does not say its languages, naming the options',
    async (format) => {
      const result = await runVerso(['export', 'pairs.tsv', '--format', format], world);
      expect(result.status).toBe(EXIT_BAD_INPUT);
      expect(result.stdout).toBe('');
      expect(result.stderr).toMatch(/^verso: pairs\.tsv: Cannot write .*undetermined/);
      expect(result.stderr).toContain('--target-lang');
    },
  );

  it('writes the languages given with --source-lang and --target-lang', async () => {
    const result = await runVerso(
      ['export', 'pairs.tsv', '--format', 'tmx', '--source-lang', 'zh-CN', '--target-lang', 'en'],
      world,
    );
    expect(result.status).toBe(EXIT_OK);
    expect(result.stdout).toContain('<tuv xml:lang="zh-CN">');
    expect(result.stdout).toContain('<tuv xml:lang="en">');
    expect(result.stdout).not.toContain('und');
  });

  it('keeps the languages a file says over the options', async () => {
    const result = await runVerso([
      'export',
      'corpus/fixtures/bilingual/review.tsv',
      '--format',
      'xliff2',
      '--target-lang',
      'fr',
    ]);
    expect(result.stdout).toContain('srcLang="zh-CN" trgLang="en"');
  });

  it('refuses XLIFF from a plain document unless its language is given', async () => {
    expect((await runVerso(['export', SEED, '--format', 'xliff2'])).status).toBe(EXIT_BAD_INPUT);
    const given = await runVerso(['export', SEED, '--format', 'xliff2', '--target-lang', 'en']);
    expect(given.status).toBe(EXIT_OK);
    expect(given.stdout).toContain('trgLang="en"');
  });

  it('still writes editions of a document without languages', async () => {
    const result = await runVerso(['export', SEED, '--format', 'txt']);
    expect(result.status).toBe(EXIT_OK);
  });
});

describe('verso export --format report (issue 11 item 3)', () => {
  const BACKUP = 'seed.verso.json';

  /** The rows of the report's table whose first header is `head`: label → count. */
  function table(html: string, head: string): Map<string, number> {
    const start = html.indexOf(`<table><thead><tr><th>${head}</th>`);
    const body = html.slice(start, html.indexOf('</table>', start));
    return new Map(
      [...body.matchAll(/<tr><td>([^<]*)<\/td><td class="num">(\d+)<\/td><\/tr>/g)].map((m) => [
        m[1]!,
        Number(m[2]),
      ]),
    );
  }

  it('counts the same findings left as verso qa on the same backup', async () => {
    const backup = (await runVerso(['export', SEED, '--format', 'json'])).stdout;
    const world = { files: { [BACKUP]: new TextEncoder().encode(backup) } };
    const qa = JSON.parse((await runVerso(['qa', BACKUP, '--json'], world)).stdout) as {
      severity: string;
    }[];
    expect(qa.length).toBeGreaterThan(0);
    const report = await runVerso(['export', BACKUP, '--format', 'report'], world);
    expect(report.status).toBe(EXIT_OK);
    const names = { error: 'Error', warning: 'Warning', info: 'Note' } as const;
    const expected = new Map<string, number>();
    for (const f of qa) {
      const name = names[f.severity as keyof typeof names];
      expected.set(name, (expected.get(name) ?? 0) + 1);
    }
    expect(table(report.stdout, 'Severity')).toEqual(expected);
    expect(report.stdout).not.toContain('<p>None.</p>');
  });
});
