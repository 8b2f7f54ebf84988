import { execFileSync, spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/** The installed command as a user runs it: bin/verso.js over the built bundle. */
function verso(...args: string[]) {
  return spawnSync(process.execPath, ['bin/verso.js', ...args], {
    encoding: 'utf8',
    timeout: 10_000,
  });
}

const SEED = 'corpus/000_bf2c9c8ccc29718b.txt';
/** One command line of each subcommand that writes output, reading the seed. */
const WRITERS: readonly (readonly string[])[] = [
  ['export', SEED, '--format', 'txt'],
  ['export', SEED, '--format', 'docx'],
  ['align', SEED, SEED],
  ['import', 'corpus/fixtures/bilingual/review.tmx'],
  ['metrics', SEED, SEED],
  ['qa', SEED],
];

describe('bin/verso.js', () => {
  let dir = '';

  beforeAll(() => {
    execFileSync('npm', ['run', '--silent', 'build:cli'], { stdio: 'pipe', timeout: 60_000 });
    dir = mkdtempSync(join(tmpdir(), 'verso-cli-'));
  }, 60_000);

  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('prints help and exits 0', () => {
    const result = verso('--help');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('Usage: verso export FILE');
  });

  it('prints the 19 paragraphs of the seed', () => {
    const result = verso('export', 'corpus/000_bf2c9c8ccc29718b.txt', '--format', 'txt');
    expect(result.status).toBe(0);
    expect(result.stdout.trimEnd().split('\n\n')).toHaveLength(19);
  });

  it('writes a backup to the -o file', () => {
    const out = join(dir, 'seed.verso.json');
    expect(
      verso('export', 'corpus/000_bf2c9c8ccc29718b.txt', '--format', 'json', '-o', out).status,
    ).toBe(0);
    expect(JSON.parse(readFileSync(out, 'utf8'))).toMatchObject({
      format: 'verso-backup',
      version: 1,
    });
  });

  it('exits 1 with the message on stderr for bad input', () => {
    const result = verso('export', 'corpus/fixtures/utf16le-no-bom.txt', '--format', 'txt');
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('utf16le-no-bom.txt looks like UTF-16');
  });

  it('stops reading /dev/zero at the 50 MB limit and exits 1 with one line (issue 12, item 4)', () => {
    const result = verso('export', '/dev/zero', '--format', 'txt');
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/^verso: \/dev\/zero is larger than 50 MB .*\n$/);
  });

  it('stops reading standard input at the limit too', () => {
    const zero = openSync('/dev/zero', 'r');
    try {
      const result = spawnSync(
        process.execPath,
        ['bin/verso.js', 'export', '-', '--format', 'txt'],
        {
          encoding: 'utf8',
          timeout: 10_000,
          stdio: [zero, 'pipe', 'pipe'],
        },
      );
      expect(result.status).toBe(1);
      expect(result.stderr).toMatch(/^verso: standard input is larger than 50 MB/);
    } finally {
      closeSync(zero);
    }
  });

  for (const args of WRITERS) {
    it(`says in one line that ${args[0]} ${args.includes('docx') ? '(docx) ' : ''}cannot write -o to a directory, and exits 1 (issue 12, item 13)`, () => {
      const result = verso(...args, '-o', dir);
      expect(result.status).toBe(1);
      expect(result.stderr).toBe(`verso: cannot write ${dir}: it is a directory (EISDIR)\n`);
    });
  }

  it('says in one line that a path it may not write is refused, and exits 1', () => {
    const result = verso('export', SEED, '--format', 'txt', '-o', '/sys/kernel/notes');
    expect(result.status).toBe(1);
    expect(result.stderr).toBe(
      'verso: cannot write /sys/kernel/notes: permission denied (EACCES)\n',
    );
  });

  for (const args of WRITERS.filter((a) => !a.includes('docx'))) {
    it(`says in one line that ${args[0]} cannot write to a full standard output, and exits 1`, () => {
      const full = openSync('/dev/full', 'w');
      try {
        const result = spawnSync(process.execPath, ['bin/verso.js', ...args], {
          encoding: 'utf8',
          timeout: 10_000,
          stdio: ['ignore', full, 'pipe'],
        });
        expect(result.status).toBe(1);
        expect(result.stderr).toBe(
          'verso: cannot write to standard output: no space left on the device (ENOSPC)\n',
        );
      } finally {
        closeSync(full);
      }
    });
  }

  it('exits 2 on wrong usage', () => {
    const result = verso('export');
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('Usage:');
  });
});
