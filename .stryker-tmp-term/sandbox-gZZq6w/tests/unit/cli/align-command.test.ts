// @ts-nocheck
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXIT_BAD_INPUT, EXIT_OK, EXIT_USAGE } from '../../../src/cli/run.ts';
import { runVerso } from '../../support/cli-io.ts';

const encode = (text: string): Uint8Array => new TextEncoder().encode(text);

/** A Chinese source and an English MT that merged its paragraphs 2 and 3. */
const SOURCE = [
  '辽宁“一带一路”综合试验区建设总体方案',
  '推进“一带一路”建设是党中央作出的重大决策，对辽宁全面振兴具有重要意义。',
  '2017年，辽宁对沿线国家进出口总额达到1200亿元。',
  '大连港和营口港是连接欧亚大陆的重要枢纽。',
  '到2020年，试验区建设取得明显成效。',
].join('\n\n');
const TARGET = [
  'General plan for the construction of the Liaoning "Belt and Road" comprehensive pilot zone',
  'Promoting the "Belt and Road" initiative is a major decision of the Party Central Committee and matters greatly for the revitalisation of Liaoning.',
  'In 2017, trade between Liaoning and the countries along the route reached 120 billion yuan. The ports of Dalian and Yingkou are key hubs linking Europe and Asia.',
  'By 2020, the pilot zone will have achieved remarkable results.',
].join('\n\n');
const FILES: Record<string, Uint8Array> = {
  'plan.zh.txt': encode(SOURCE),
  'plan.en.txt': encode(TARGET),
  'empty.txt': encode('  \n'),
};

/** Runs the command on the in-memory files above. */
const verso = (argv: string[]) => runVerso(argv, { files: FILES });

const EXPECTED = [
  { source: [0], target: [0] },
  { source: [1], target: [1] },
  { source: [2, 3], target: [2] },
  { source: [4], target: [3] },
];

describe('verso align', () => {
  it('prints the links as JSON with --json', async () => {
    const result = await verso(['align', 'plan.zh.txt', 'plan.en.txt', '--json']);
    expect(result.status).toBe(EXIT_OK);
    expect(result.stderr).toBe('');
    const links = JSON.parse(result.stdout) as {
      source: number[];
      target: number[];
      score: number;
    }[];
    expect(links.map(({ source, target }) => ({ source, target }))).toEqual(EXPECTED);
    for (const link of links) {
      expect(Object.keys(link)).toEqual(['source', 'target', 'score']);
      expect(link.score).toBeGreaterThanOrEqual(0);
      expect(link.score).toBeLessThanOrEqual(1);
    }
  });

  it('prints a table with link numbers, indexes, scores and the start of each side', async () => {
    const result = await verso(['align', 'plan.zh.txt', 'plan.en.txt']);
    expect(result.status).toBe(EXIT_OK);
    const lines = result.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(5);
    expect(lines[0]).toMatch(/^link +source +target +score +source text +target text$/);
    expect(lines[3]).toMatch(
      /^ +3 +2-3 +2 +\d\.\d{3} +2017年，辽宁对沿线国家进出口总额达到1200亿元。 \/ 大连港和营口港是连接… +In 2017, trade between Liaoning and the…$/,
    );
  });

  it('takes the languages from --source-lang and --target-lang', async () => {
    const result = await verso([
      'align',
      '--source-lang',
      'zh-CN',
      '--target-lang=en',
      'plan.zh.txt',
      'plan.en.txt',
      '--json',
    ]);
    expect(result.status).toBe(EXIT_OK);
    expect(JSON.parse(result.stdout)).toHaveLength(4);
  });

  it('writes to the -o file instead of stdout', async () => {
    const result = await verso(['align', 'plan.zh.txt', 'plan.en.txt', '--json', '-o', 'out.json']);
    expect(result.stdout).toBe('');
    expect(JSON.parse(result.written.get('out.json') ?? '')).toHaveLength(4);
  });

  it('prints its help with --help and with help align', async () => {
    for (const argv of [
      ['align', '--help'],
      ['help', 'align'],
      ['align', 'x', '-h'],
    ]) {
      const result = await verso(argv);
      expect(result.status).toBe(EXIT_OK);
      expect(result.stdout).toContain('Usage: verso align SOURCE TARGET [--json]');
    }
  });

  it('is listed in the main help', async () => {
    expect((await verso(['--help'])).stdout).toContain('verso align SOURCE TARGET');
  });

  it('exits 1 naming the file when one cannot be read', async () => {
    const result = await verso(['align', 'plan.zh.txt', 'missing.txt']);
    expect(result.status).toBe(EXIT_BAD_INPUT);
    expect(result.stderr).toContain('cannot read missing.txt');
    expect(result.stdout).toBe('');
  });

  it('exits 1 naming the file when one has no text', async () => {
    const result = await verso(['align', 'empty.txt', 'plan.en.txt']);
    expect(result.status).toBe(EXIT_BAD_INPUT);
    expect(result.stderr).toContain('empty.txt is empty');
  });

  it.each([
    [['align']],
    [['align', 'plan.zh.txt']],
    [['align', 'a', 'b', 'c']],
    [['align', 'plan.zh.txt', 'plan.en.txt', '--fast']],
    [['align', 'plan.zh.txt', 'plan.en.txt', '--source-lang']],
  ])('exits 2 with the usage line for %j', async (argv) => {
    const result = await verso(argv);
    expect(result.status).toBe(EXIT_USAGE);
    expect(result.stderr).toContain('Usage: verso align SOURCE TARGET');
  });
});

describe('verso align, built', () => {
  let dir = '';

  beforeAll(() => {
    // Its own output folder: bin.test.ts rebuilds dist-cli/ at the same time and empties it first.
    dir = mkdtempSync(join(tmpdir(), 'verso-align-'));
    execFileSync(
      'npx',
      ['vite', 'build', '--config', 'vite.cli.config.ts', '--outDir', join(dir, 'cli')],
      {
        stdio: 'pipe',
        timeout: 60_000,
      },
    );
    writeFileSync(join(dir, 'zh.txt'), SOURCE);
    writeFileSync(join(dir, 'en.txt'), TARGET);
  }, 60_000);

  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('runs from the bundle that bin/verso.js loads and prints the JSON links', () => {
    const bundle = join(dir, 'cli', 'verso.js');
    expect(readFileSync('bin/verso.js', 'utf8')).toContain("import '../dist-cli/verso.js'");
    const result = spawnSync(
      process.execPath,
      [bundle, 'align', join(dir, 'zh.txt'), join(dir, 'en.txt'), '--json'],
      { encoding: 'utf8', timeout: 10_000 },
    );
    expect(result.status).toBe(0);
    const links = JSON.parse(result.stdout) as { source: number[]; target: number[] }[];
    expect(links.map(({ source, target }) => ({ source, target }))).toEqual(EXPECTED);
  });
});
