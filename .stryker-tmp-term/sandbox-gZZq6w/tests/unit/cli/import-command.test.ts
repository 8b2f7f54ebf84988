// @ts-nocheck
import { describe, expect, it } from 'vitest';
import type { BilingualDocument } from '../../../src/core/formats/common/bilingual.ts';
import { EXIT_BAD_INPUT, EXIT_OK, EXIT_USAGE } from '../../../src/cli/run.ts';
import { runVerso } from '../../support/cli-io.ts';

const FIXTURES = 'corpus/fixtures/bilingual';

/** Runs `verso` on the real files. */
const verso = (...argv: string[]) => runVerso(argv);

describe('verso import', () => {
  it('prints the parsed document as JSON with --json', async () => {
    const result = await verso('import', `${FIXTURES}/review.xlf`, '--json');
    expect([result.status, result.stderr]).toEqual([EXIT_OK, '']);
    const doc = JSON.parse(result.stdout) as BilingualDocument;
    expect([doc.format, doc.sourceLang, doc.targetLang, doc.units.length]).toEqual([
      'xliff2',
      'zh-CN',
      'en',
      4,
    ]);
    expect(doc.units[1]).toMatchObject({ id: 'u2/s1', status: 'edited' });
  });

  it('prints a short summary without --json', async () => {
    const result = await verso('import', `${FIXTURES}/review.tmx`);
    expect(result.stdout).toBe(
      `${FIXTURES}/review.tmx: TMX, zh-CN → en\n2 units (2 with a target), 1 inline code, 1 note\nStatuses: approved 1\n`,
    );
  });

  it('takes the TMX language pair from --source-lang and --target-lang, and writes to -o', async () => {
    const result = await verso(
      'import',
      `${FIXTURES}/review.tmx`,
      '--target-lang',
      'fr',
      '--json',
      '-o',
      'out.json',
    );
    expect(result.stdout).toBe('');
    expect((JSON.parse(result.written.get('out.json')!) as BilingualDocument).targetLang).toBe(
      'fr',
    );
  });

  it('exits 1 with the validation message for an invalid file', async () => {
    const result = await verso('import', `${FIXTURES}/unpaired-codes.xlf`, '--json');
    expect(result.status).toBe(EXIT_BAD_INPUT);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(
      /^verso: .*unpaired-codes\.xlf:6:17: not valid XLIFF 2 \(XLIFF 2\.0 §isolated\): /,
    );
  });

  it('exits 1 for a file that cannot be read', async () => {
    const result = await verso('import', `${FIXTURES}/missing.tmx`);
    expect(result.status).toBe(EXIT_BAD_INPUT);
    expect(result.stderr).toContain('verso: cannot read corpus/fixtures/bilingual/missing.tmx');
  });

  it.each([
    [['import'], 'missing FILE'],
    [['import', 'a.tmx', 'b.tmx'], 'one FILE at a time'],
    [['import', 'a.tmx', '--bogus'], "Unknown option '--bogus'"],
  ])('exits 2 on wrong usage: %j', async (argv, message) => {
    const result = await verso(...argv);
    expect(result.status).toBe(EXIT_USAGE);
    expect(result.stderr).toContain(message);
    expect(result.stderr).toContain('Usage: verso import FILE');
  });

  it('has --help, also as `verso help import`, and is listed in `verso --help`', async () => {
    for (const argv of [
      ['import', '--help'],
      ['help', 'import'],
    ]) {
      const result = await verso(...argv);
      expect([result.status, result.stdout.startsWith('Usage: verso import FILE')]).toEqual([
        EXIT_OK,
        true,
      ]);
    }
    expect((await verso('--help')).stdout).toContain(
      'import    Check and read an XLIFF, TMX, TSV or CSV file',
    );
  });
});
