import { describe, expect, it } from 'vitest';
import { EXIT_BAD_INPUT, EXIT_OK, EXIT_USAGE } from '../../../src/cli/run.ts';
import { parseBackup } from '../../../src/core/formats/backup/read.ts';
import { runVerso } from '../../support/cli-io.ts';

const SEED = 'corpus/000_bf2c9c8ccc29718b.txt';

/** Runs the command against the real files (read only) and the in-memory `files`. */
const verso = (argv: string[], files: Record<string, Uint8Array> = {}) =>
  runVerso(argv, { files, now: 1_800_000_000_000 });

/** Latin-1 text that GB18030 decodes too (issue 12, item 7). */
const GROSSE = Uint8Array.from([...'Größe für Mädchen\n'].map((c) => c.charCodeAt(0)));

describe('--encoding on every subcommand that reads text (issue 12, item 7)', () => {
  const files = {
    'g.txt': GROSSE,
    'g.tsv': Uint8Array.from([...'Größe\tsize\n'].map((c) => c.charCodeAt(0))),
  };
  it.each([
    [['export', 'g.txt', '--format', 'txt'], 'Größe für Mädchen'],
    [['qa', 'g.txt', '--no-pack'], 'g.txt: 1 segments'],
    [['import', 'g.tsv'], '1 unit'],
    [['align', 'g.txt', 'g.txt'], 'Größe'],
    [['metrics', 'g.txt', 'g.txt'], '0'],
  ])('verso %j reads the file in the encoding given', async (argv, expected) => {
    const refused = await verso(argv, files);
    expect(refused.status).toBe(EXIT_BAD_INPUT);
    const result = await verso([...argv, '--encoding', 'latin1'], files);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(EXIT_OK);
    expect(result.stdout).toContain(expected);
  });

  it('refuses an encoding it does not know, naming it', async () => {
    const result = await verso(['export', 'g.txt', '-f', 'txt', '--encoding', 'nope'], files);
    expect(result.status).toBe(EXIT_BAD_INPUT);
    expect(result.stderr).toContain('"nope" is not an encoding Verso knows');
  });
});

describe('verso', () => {
  it('prints help and exits 0 with --help', async () => {
    const result = await verso(['--help']);
    expect(result.status).toBe(EXIT_OK);
    expect(result.stdout).toContain('Usage: verso export FILE --format txt|md|html|docx|');
    expect(result.stderr).toBe('');
  });

  it("prints the export command's help with export --help", async () => {
    const result = await verso(['export', '--help']);
    expect(result.status).toBe(EXIT_OK);
    expect(result.stdout).toContain('-o, --output OUT');
  });

  it('exports the seed as plain text with its 19 paragraphs', async () => {
    const result = await verso(['export', SEED, '--format', 'txt']);
    expect(result.status).toBe(EXIT_OK);
    expect(result.stdout.trimEnd().split('\n\n')).toHaveLength(19);
    expect(result.stdout.startsWith('Address: 124 Huigong Street')).toBe(true);
  });

  it('exports a document as the backup of a fresh project', async () => {
    const result = await verso(['export', SEED, '--format', 'json']);
    const backup = parseBackup(result.stdout, 'stdout');
    expect(backup.project).toMatchObject({
      name: '000_bf2c9c8ccc29718b',
      fileName: '000_bf2c9c8ccc29718b.txt',
    });
    expect(backup.segments).toHaveLength(19);
    expect(backup.segments.every((s) => s.status === 'new' && s.text === s.mt)).toBe(true);
    expect(backup.revisions.map((r) => r.id)).toEqual(Array.from({ length: 19 }, (_, i) => i + 1));
    expect(
      backup.revisions.every((r) => r.origin === 'import' && r.createdAt === 1_800_000_000_000),
    ).toBe(true);
  });

  it("exports a backup's edition from current texts, leaving excluded segments out", async () => {
    const result = await verso(['export', 'corpus/fixtures/backup.verso.json', '--format', 'txt']);
    expect(result.stdout).toBe('The Belt and Road Initiative.\n\nForty open policies.\n');
  });

  it('exports Markdown escaped for a plain-text source', async () => {
    const files = { 'list.txt': new TextEncoder().encode('1. <b>first</b>.\n\n- second') };
    const result = await verso(['export', 'list.txt', '--format', 'md'], files);
    expect(result.stdout).toBe('1\\. &lt;b>first&lt;/b>.\n\n\\- second\n');
  });

  it('writes to the -o file instead of stdout', async () => {
    const result = await verso(['export', SEED, '--format', 'md', '-o', 'out.md']);
    expect(result.status).toBe(EXIT_OK);
    expect(result.stdout).toBe('');
    expect(result.written.get('out.md')).toContain('Address: 124 Huigong Street');
  });

  it('exits 1 with each reading when the encoding cannot be told, pointing to --encoding', async () => {
    const result = await verso(['export', 'g.txt', '--format', 'txt'], { 'g.txt': GROSSE });
    expect(result.status).toBe(EXIT_BAD_INPUT);
    expect(result.stderr).toMatch(
      /^verso: g\.txt is not UTF-8.*windows-1252: “Größe für Mädchen”.*gb18030: “Gr鲞e f黵 M鋎chen”.*--encoding NAME/,
    );
    expect(result.stdout).toBe('');
  });

  it('exits 1 naming the JSON path when a backup is malformed', async () => {
    const files = {
      'bad.json': new TextEncoder().encode('{"format": "verso-backup", "version": "one"}'),
    };
    const result = await verso(['export', 'bad.json', '--format', 'txt'], files);
    expect(result.status).toBe(EXIT_BAD_INPUT);
    expect(result.stderr).toContain('bad.json: version should be a whole number from 1 up');
  });

  it('exits 1 when the file cannot be read', async () => {
    const result = await verso(['export', 'corpus/no-such-file.txt', '--format', 'txt']);
    expect(result.status).toBe(EXIT_BAD_INPUT);
    expect(result.stderr).toContain('cannot read corpus/no-such-file.txt');
  });

  it('exits 2 with a usage line on an unknown command', async () => {
    const result = await verso(['translate']);
    expect(result.status).toBe(EXIT_USAGE);
    expect(result.stderr).toContain("unknown command 'translate'");
    expect(result.stderr).toContain('Usage: verso export');
  });

  it('exits 2 on an unknown format before reading the file', async () => {
    const result = await verso(['export', 'corpus/no-such-file.txt', '--format', 'pdf']);
    expect(result.status).toBe(EXIT_USAGE);
    expect(result.stderr).toContain("unknown format 'pdf'");
  });

  it('exits 2 when FILE is missing', async () => {
    expect((await verso(['export', '--format', 'txt'])).status).toBe(EXIT_USAGE);
  });

  it('exits 2 on an unknown option', async () => {
    expect((await verso(['export', SEED, '--format', 'txt', '--fast'])).status).toBe(EXIT_USAGE);
  });
});
