// @ts-nocheck
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
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

  it('exits 2 on wrong usage', () => {
    const result = verso('export');
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('Usage:');
  });
});
