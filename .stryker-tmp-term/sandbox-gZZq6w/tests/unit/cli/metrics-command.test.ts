// @ts-nocheck
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EXIT_BAD_INPUT, EXIT_OK, EXIT_USAGE } from '../../../src/cli/run.ts';
import { hasSharedData, sharedPath } from '../../conformance/shared-data.ts';
import { runVerso } from '../../support/cli-io.ts';

const utf8 = (text: string) => new TextEncoder().encode(text);
const verso = (argv: string[], files: Record<string, string> = {}) =>
  runVerso(argv, {
    files: Object.fromEntries(Object.entries(files).map(([k, v]) => [k, utf8(v)])),
  });

const MT = 'the cat sat on the mat\nd e f g h a b c\nsame line\n';
const FINAL = 'The cat is sitting on the mat\na b c d e f g h\nsame line\n';

describe('verso metrics', () => {
  it('prints per-line and document HTER as the JSON the issue specifies', async () => {
    const result = await verso(['metrics', 'mt.txt', 'final.txt', '--json'], {
      'mt.txt': MT,
      'final.txt': FINAL,
    });
    expect(result.status).toBe(EXIT_OK);
    expect(JSON.parse(result.stdout)).toEqual({
      lines: [
        { edits: 2, refLength: 7, hter: 2 / 7 },
        { edits: 1, refLength: 8, hter: 1 / 8 },
        { edits: 0, refLength: 2, hter: 0 },
      ],
      document: { edits: 3, refLength: 17, hter: 3 / 17 },
    });
    expect(Object.keys(JSON.parse(result.stdout) as object)).toEqual(['lines', 'document']);
  });

  it('prints a table to read without --json', async () => {
    const result = await verso(['metrics', 'mt.txt', 'final.txt'], {
      'mt.txt': MT,
      'final.txt': FINAL,
    });
    expect(result.stdout.split('\n')).toContain('document       3      17  0.1765');
  });

  it('caps a line whose MT needed more edits than the final text has words at 1', async () => {
    const result = await verso(['metrics', 'mt.txt', 'final.txt', '--json'], {
      'mt.txt': 'a b c d\n',
      'final.txt': 'x\n',
    });
    expect(JSON.parse(result.stdout)).toMatchObject({
      lines: [{ edits: 4, refLength: 1, hter: 1 }],
    });
  });

  it('exits 1 naming the file and line where the files stop being parallel', async () => {
    const result = await verso(['metrics', 'mt.txt', 'final.txt'], {
      'mt.txt': 'a\nb\nc\n',
      'final.txt': 'a\nb\n',
    });
    expect(result.status).toBe(EXIT_BAD_INPUT);
    expect(result.stderr).toBe(
      'verso: mt.txt:3: mt.txt has 3 lines and final.txt has 2; the files must be line-parallel\n',
    );
  });

  it('exits 1 when a file cannot be read', async () => {
    const result = await verso(['metrics', 'mt.txt', 'corpus/no-such-file.txt'], { 'mt.txt': 'a' });
    expect(result.status).toBe(EXIT_BAD_INPUT);
    expect(result.stderr).toContain('corpus/no-such-file.txt');
  });

  it('exits 2 without two files, and 0 with --help', async () => {
    expect((await verso(['metrics', 'mt.txt'])).status).toBe(EXIT_USAGE);
    const help = await verso(['metrics', '--help']);
    expect(help.status).toBe(EXIT_OK);
    expect(help.stdout).toContain('Usage: verso metrics MT_FILE FINAL_FILE');
  });

  it('writes to -o', async () => {
    const result = await verso(['metrics', 'mt.txt', 'final.txt', '--json', '-o', 'm.json'], {
      'mt.txt': MT,
      'final.txt': FINAL,
    });
    expect(result.stdout).toBe('');
    expect(JSON.parse(result.written.get('m.json')!)).toHaveProperty('document.edits', 3);
  });
});

const MLQE = 'mlqe-pe-en-zh/en-zh-dev.with-ter.jsonl';

describe.skipIf(!hasSharedData(MLQE))('verso metrics on MLQE-PE en-zh dev', () => {
  it('gives every row the reference HTER', async () => {
    const rows = readFileSync(sharedPath(MLQE), 'utf8')
      .split('\n')
      .filter((l) => l.trim() !== '')
      .map((l) => JSON.parse(l) as { mt: string; pe: string; hter_gold: number });
    const result = await verso(['metrics', 'mt.txt', 'pe.txt', '--json'], {
      'mt.txt': rows.map((r) => r.mt).join('\n'),
      'pe.txt': rows.map((r) => r.pe).join('\n'),
    });
    const { lines } = JSON.parse(result.stdout) as { lines: { hter: number }[] };
    expect(lines).toHaveLength(rows.length);
    const worst = Math.max(...lines.map((l, i) => Math.abs(l.hter - rows[i]!.hter_gold)));
    expect(worst).toBeLessThan(1e-4);
  });
});
