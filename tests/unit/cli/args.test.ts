import { describe, expect, it } from 'vitest';
import { parseCommandLine } from '../../../src/cli/args.ts';

describe('parseCommandLine', () => {
  it('reads an export with format and output', () => {
    expect(parseCommandLine(['export', 'a.txt', '--format', 'md', '-o', 'out.md'])).toEqual({
      kind: 'export',
      file: 'a.txt',
      format: 'md',
      output: 'out.md',
      languages: {},
    });
  });

  it('reads --source-lang and --target-lang of an export', () => {
    expect(
      parseCommandLine(['export', 'a.tsv', '-f', 'tmx', '--source-lang', 'zh', '--target-lang=en']),
    ).toMatchObject({ languages: { sourceLang: 'zh', targetLang: 'en' } });
  });

  it('accepts -f and --format=VALUE', () => {
    expect(parseCommandLine(['export', '-f', 'json', 'a.txt'])).toMatchObject({ format: 'json' });
    expect(parseCommandLine(['export', '--format=txt', 'a.txt'])).toMatchObject({ format: 'txt' });
  });

  it('takes the format from the output extension when --format is missing', () => {
    expect(parseCommandLine(['export', 'a.txt', '-o', 'b.JSON'])).toMatchObject({ format: 'json' });
  });

  it.each([
    [['--help'], 'main'],
    [['-h'], 'main'],
    [['help'], 'main'],
    [['export', '--help'], 'export'],
    [['export', 'a.txt', '-h'], 'export'],
    [['help', 'export'], 'export'],
  ])('reads %j as a request for help', (argv, topic) => {
    expect(parseCommandLine(argv)).toEqual({ kind: 'help', topic });
  });

  it.each([
    [[], 'missing command'],
    [['translate'], "unknown command 'translate'"],
    [['--version'], "unknown option '--version'"],
    [['export'], 'missing FILE'],
    [['export', 'a.txt'], 'missing --format'],
    [['export', 'a.txt', '--format', 'pdf'], "unknown format 'pdf'"],
    [['export', 'a.txt', '-o', 'out.pdf'], "unknown format 'pdf'"],
    [['export', 'a.txt', '--bogus'], "Unknown option '--bogus'"],
    [['export', 'a.txt', '--format'], 'argument missing'],
    [['export', 'a.txt', 'b.txt', '--format', 'txt'], 'one FILE at a time'],
    [['help', 'frob'], "no help on 'frob'"],
  ])('reads %j as wrong usage', (argv, message) => {
    const command = parseCommandLine(argv);
    expect(command.kind).toBe('usage-error');
    expect(command.kind === 'usage-error' && command.message).toContain(message);
  });
});
