/**
 * `verso lqa FILE [--json]` (issue 15, deliverable 4; GUIDE part 5): the score and errors of a backup
 * or of an XLIFF 2 file with ITS annotations; exit 0 on success, 1 on a bad input file, 2 on wrong usage.
 */
import { describe, expect, it } from 'vitest';
import { EXIT_BAD_INPUT, EXIT_OK, EXIT_USAGE } from '../../../src/cli/run.ts';
import { createBackup, serializeBackup } from '../../../src/core/formats/backup/write.ts';
import { toXliff2 } from '../../../src/core/formats/xliff2/write.ts';
import { serializeScorecard } from '../../../src/core/lqa/lqa-json.ts';
import { COMPACT_SCORECARD, MQM_CORE_SCORECARD } from '../../../src/core/lqa/presets.ts';
import type { ProjectMeta } from '../../../src/core/model/model.ts';
import { runVerso } from '../../support/cli-io.ts';
import { reviewedSeed } from '../../support/lqa.ts';

const encode = (text: string) => new TextEncoder().encode(text);
const { segments, errors } = reviewedSeed();
const meta: ProjectMeta = {
  id: 'p',
  name: 'Seed',
  fileName: 'seed.txt',
  createdAt: 0,
  updatedAt: 0,
  segmentCount: segments.length,
  sourceLang: 'zh-CN',
  targetLang: 'en',
};
const lqa = { scorecard: MQM_CORE_SCORECARD, errors, rework: [] };
const files = {
  'seed.verso.json': encode(serializeBackup(createBackup(meta, segments, [], 0, lqa))),
  'seed.xlf': encode(toXliff2({ meta, segments, now: 0, lqa })),
  'compact.json': encode(serializeScorecard(COMPACT_SCORECARD)),
  'bad-card.json': encode('{"format": "verso-scorecard", "version": 1, "id": "X"}'),
  'broken.verso.json': encode('{"format": "verso-backup", "version": 2,'),
};

interface Report {
  score: number;
  passed: boolean;
  penaltyTotal: number;
  evaluatedWords: number;
  bySeverity: Record<string, number>;
  errors: {
    segment: number;
    category: string;
    severity: string;
    start?: number;
    end?: number;
    text: string;
    detached: boolean;
  }[];
}

const json = async (argv: string[]) => {
  const result = await runVerso(argv, { files });
  return { ...result, report: JSON.parse(result.stdout) as Report };
};

describe('verso lqa', () => {
  it('prints the score and errors of a backup as JSON (the reviewed seed: 51.89, fail)', async () => {
    const { status, report } = await json(['lqa', 'seed.verso.json', '--json']);
    expect(status).toBe(EXIT_OK);
    expect([report.score, report.passed, report.penaltyTotal, report.evaluatedWords]).toEqual([
      51.89,
      false,
      56,
      1164,
    ]);
    expect(report.errors).toHaveLength(12);
    expect(report.errors[0]).toMatchObject({
      segment: 4,
      category: 'wrong-term',
      severity: 'major',
      start: 47,
      end: 60,
      text: 'Belt and Road',
      detached: false,
    });
  });

  it('reads the same errors back from the XLIFF 2.1 export’s ITS annotations', async () => {
    const fromBackup = (await json(['lqa', 'seed.verso.json', '--json'])).report;
    const fromXliff = (await json(['lqa', 'seed.xlf', '--json'])).report;
    expect(fromXliff.errors).toEqual(fromBackup.errors);
    expect(fromXliff.score).toBe(51.89);
  });

  it('prints a readable summary and one line per error', async () => {
    const result = await runVerso(['lqa', 'seed.verso.json'], { files });
    const lines = result.stdout.split('\n');
    expect(lines[0]).toBe('seed.verso.json: MQM score 51.89, fail (threshold 90)');
    expect(lines[1]).toMatch(
      /^seed\.verso\.json: 12 errors \(0 neutral, 1 minor, 11 major, 0 critical\), 56 penalty points, 1164 evaluated words/,
    );
    expect(result.stdout).toContain(
      'seed.verso.json:10:398-403: Minor Linguistic conventions/Spelling “Forty” — Misspelling of "forty".',
    );
  });

  it('scores with another scorecard given with --scorecard', async () => {
    const { report } = await json([
      'lqa',
      'seed.verso.json',
      '--scorecard',
      'compact.json',
      '--json',
    ]);
    expect((report as unknown as { scorecard: string }).scorecard).toBe('compact');
    expect(report.score).toBe(51.89);
  });

  it('gives a file without an assessment 100 and no errors', async () => {
    const { status, report } = await json(['lqa', 'corpus/000_bf2c9c8ccc29718b.txt', '--json']);
    expect([status, report.score, report.errors]).toEqual([EXIT_OK, 100, []]);
  });

  it('writes to -o', async () => {
    const result = await runVerso(['lqa', 'seed.verso.json', '--json', '-o', 'out.json'], {
      files,
    });
    expect([result.status, result.stdout]).toEqual([EXIT_OK, '']);
    expect(JSON.parse(result.written.get('out.json')!)).toMatchObject({ score: 51.89 });
  });

  it('exits 1 naming the file and position for a broken backup', async () => {
    const result = await runVerso(['lqa', 'broken.verso.json'], { files });
    expect(result.status).toBe(EXIT_BAD_INPUT);
    expect(result.stderr).toMatch(/broken\.verso\.json.*line 1/);
  });

  it('exits 1 naming the JSON path of a bad scorecard', async () => {
    const result = await runVerso(['lqa', 'seed.verso.json', '--scorecard', 'bad-card.json'], {
      files,
    });
    expect(result.status).toBe(EXIT_BAD_INPUT);
    expect(result.stderr).toContain('bad-card.json: id should be');
  });

  it('exits 1 for a file that does not exist', async () => {
    const result = await runVerso(['lqa', 'missing.json'], { files });
    expect([result.status, result.stderr.includes('missing.json')]).toEqual([EXIT_BAD_INPUT, true]);
  });

  it('exits 2 on wrong usage: no FILE, two files, an unknown option', async () => {
    for (const argv of [['lqa'], ['lqa', 'a', 'b'], ['lqa', 'seed.verso.json', '--nope']]) {
      const result = await runVerso(argv, { files });
      expect(result.status, argv.join(' ')).toBe(EXIT_USAGE);
      expect(result.stderr).toContain('Usage: verso lqa FILE');
    }
  });

  it('explains itself with --help (and `verso help lqa`)', async () => {
    for (const argv of [
      ['lqa', '--help'],
      ['help', 'lqa'],
    ]) {
      const result = await runVerso(argv);
      expect(result.status).toBe(EXIT_OK);
      expect(result.stdout).toContain(
        'score = 100 − penalty points × reference words ÷ evaluated words',
      );
    }
  });

  it('is listed in `verso --help`', async () => {
    expect((await runVerso(['--help'])).stdout).toContain('verso lqa FILE');
  });
});

describe('verso export with a quality assessment', () => {
  it('adds the LQA section to the change report of a backup', async () => {
    const result = await runVerso(['export', 'seed.verso.json', '--format', 'report'], { files });
    expect(result.stdout).toContain('<h2 id="lqa">Quality assessment</h2>');
    expect(result.stdout).toContain('<dd>51.89</dd>');
  });

  it('writes the errors as a CSV table', async () => {
    const result = await runVerso(['export', 'seed.verso.json', '--format', 'lqa-csv'], { files });
    expect(result.stdout.split('\r\n').filter((l) => l !== '')).toHaveLength(13);
  });
});
