import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXIT_BAD_INPUT, EXIT_OK, EXIT_USAGE } from '../../../src/cli/run.ts';
import { runVerso } from '../../support/cli-io.ts';
import { HOSTILE_FILES } from '../../support/hostile-files.ts';

const SEED = 'corpus/000_bf2c9c8ccc29718b.txt';

interface JsonFinding {
  segment: number;
  rule: string;
  severity: string;
  start: number;
  end: number;
  text: string;
  suggestion?: string;
}

const parse = (stdout: string) => JSON.parse(stdout) as JsonFinding[];

describe('verso qa', () => {
  it('prints the seed’s findings as JSON, offsets in each segment’s text, 1-based segments', async () => {
    const result = await runVerso(['qa', SEED, '--json']);
    expect(result.status).toBe(EXIT_OK);
    const findings = parse(result.stdout);
    expect(findings.length).toBeGreaterThan(50);
    expect(findings).toContainEqual({
      segment: 4,
      rule: 'term',
      severity: 'error',
      start: 47,
      end: 68,
      text: 'one belt and one road',
      suggestion: 'Belt and Road',
    });
    // "Fourty" is the pack's (a term finding), not also a misspelling.
    expect(findings.filter((f) => f.text === 'Fourty').map((f) => [f.segment, f.rule])).toEqual([
      [10, 'term'],
    ]);
    expect(findings.filter((f) => f.rule === 'boilerplate').map((f) => f.segment)).toEqual([
      1, 2, 3,
    ]);
    for (const f of findings) {
      expect(Object.keys(f)).toEqual([
        'segment',
        'rule',
        'severity',
        'start',
        'end',
        'text',
        ...(f.suggestion === undefined ? [] : ['suggestion']),
      ]);
    }
  });

  it('prints a readable list with a summary, and writes it to -o', async () => {
    const result = await runVerso(['qa', SEED, '-o', 'out.txt']);
    expect(result.status).toBe(EXIT_OK);
    const text = result.written.get('out.txt') ?? '';
    expect(text.split('\n')[0]).toMatch(
      /^corpus\/000_bf2c9c8ccc29718b\.txt: 19 segments, \d+ findings \(\d+ errors/,
    );
    expect(text).toContain(
      `${SEED}:4:47-68: error [term] “one belt and one road”: use “Belt and Road” → “Belt and Road”`,
    );
  });

  it('adds a TSV or TBX termbase with --rules, and leaves the pack out with --no-pack', async () => {
    const files = {
      'doc.txt': new TextEncoder().encode(
        'The community of human destiny grew.\n\nFacilities Unicom grew.',
      ),
    };
    /** The term findings of `verso qa doc.txt --json` with `options`: [text, suggestion]. */
    const terms = async (...options: string[]) =>
      parse((await runVerso(['qa', 'doc.txt', '--json', ...options], { files })).stdout)
        .filter((f) => f.rule === 'term')
        .map((f) => [f.text, f.suggestion]);
    expect(await terms()).toEqual([
      ['community of human destiny', 'community with a shared future for mankind'],
      ['Facilities Unicom', 'Facilities connectivity'],
    ]);
    expect(await terms('--no-pack')).toEqual([]);
    expect(await terms('--no-pack', '--rules', 'corpus/fixtures/qa/terms.tsv')).toEqual([
      ['Facilities Unicom', 'Facilities connectivity'],
    ]);
    expect(await terms('--no-pack', '--rules', 'corpus/fixtures/qa/terms-v3.tbx')).toEqual([
      ['community of human destiny', 'community with a shared future for mankind'],
    ]);
  });

  it('checks a bilingual file against its source: numbers with 亿 and terms', async () => {
    const result = await runVerso(['qa', 'corpus/fixtures/qa/review.tsv', '--json']);
    expect(result.status).toBe(EXIT_OK);
    const findings = parse(result.stdout);
    expect(findings).toContainEqual(
      expect.objectContaining({ segment: 1, rule: 'number', text: '12 billion' }) as unknown,
    );
    expect(findings).toContainEqual(
      expect.objectContaining({ segment: 1, rule: 'term', suggestion: 'Belt and Road' }) as unknown,
    );
  });

  it('exits 1 naming the file and position for a bad file or termbase, 2 on wrong usage', async () => {
    const bad = await runVerso(['qa', SEED, '--rules', 'corpus/fixtures/qa/broken.tbx']);
    expect(bad.status).toBe(EXIT_BAD_INPUT);
    expect(bad.stderr).toMatch(/broken\.tbx:5:\d+/);
    const missing = await runVerso(['qa', 'no-such-file.txt']);
    expect(missing.status).toBe(EXIT_BAD_INPUT);
    expect(missing.stderr).toContain('cannot read no-such-file.txt');
    const usage = await runVerso(['qa']);
    expect(usage.status).toBe(EXIT_USAGE);
    expect(usage.stderr).toContain('Usage: verso qa FILE');
    const help = await runVerso(['qa', '--help']);
    expect(help.status).toBe(EXIT_OK);
    expect(help.stdout).toContain('--rules TERMBASE');
  });
});

describe('verso qa on a hostile backup (issue 12, item 1)', () => {
  for (const name of ['huge-segment.verso.json', 'revisions-400000.verso.json']) {
    it(`refuses ${name} with exit 1 and the limit it passes`, async () => {
      const file = HOSTILE_FILES.find((f) => f.name === name)!;
      const result = await runVerso(['qa', name], { files: { [name]: file.bytes() } });
      expect(result.status).toBe(EXIT_BAD_INPUT);
      expect(result.stderr).toMatch(/^verso: .*(characters long|revisions).*\n$/);
    });
  }
});

describe('verso qa with a catastrophic regular expression (issue 12, item 2)', () => {
  it('checks 30 "a"s and "!" against the rule (a+)+$ at once instead of for seconds', async () => {
    const files = {
      'doc.txt': new TextEncoder().encode(`${'a'.repeat(30)}!\n`),
      'rules.tsv': new TextEncoder().encode('preferred\tforbidden\tsource\tnote\nb\tre:(a+)+$\n'),
    };
    const result = await runVerso(
      ['qa', 'doc.txt', '--no-pack', '--rules', 'rules.tsv', '--json'],
      {
        files,
      },
    );
    expect(result.status).toBe(EXIT_OK);
    expect(parse(result.stdout).filter((f) => f.rule === 'term')).toEqual([]);
  });

  it('refuses a termbase rule with a backreference, naming it', async () => {
    const files = {
      'doc.txt': new TextEncoder().encode('text\n'),
      'rules.tsv': new TextEncoder().encode('preferred\tforbidden\tsource\tnote\nb\tre:(a)\\1\n'),
    };
    const result = await runVerso(['qa', 'doc.txt', '--rules', 'rules.tsv'], { files });
    expect(result.status).toBe(EXIT_BAD_INPUT);
    expect(result.stderr).toMatch(
      /rules\.tsv:2:\d+: .*uses a backreference \(\\1\), which Verso does not support/,
    );
  });
});

describe('the built verso qa', () => {
  let dir = '';

  beforeAll(() => {
    // Its own output folder: bin.test.ts rebuilds dist-cli/ at the same time.
    dir = mkdtempSync(join(tmpdir(), 'verso-qa-cli-'));
    execFileSync('npx', ['vite', 'build', '--config', 'vite.cli.config.ts', '--outDir', dir], {
      stdio: 'pipe',
      timeout: 60_000,
    });
  }, 60_000);

  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('runs the checks, dictionary included, and exits 0', () => {
    const result = spawnSync(process.execPath, [join(dir, 'verso.js'), 'qa', SEED, '--json'], {
      encoding: 'utf8',
      timeout: 10_000,
    });
    expect(result.status).toBe(0);
    const findings = parse(result.stdout);
    expect(findings.filter((f) => f.rule === 'name' && f.text === 'Jinping')).toHaveLength(2);
    expect(findings.filter((f) => f.rule === 'term')).toHaveLength(31);
  });
});
