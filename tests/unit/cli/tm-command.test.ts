import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EXIT_BAD_INPUT, EXIT_OK, EXIT_USAGE } from '../../../src/cli/run.ts';
import { parseUnitsJsonl } from '../../../src/core/tm/memory-file.ts';
import { canValidate, validate } from '../../support/export.ts';
import { runVersoOnDisk as verso } from '../../support/cli-io.ts';

const HEADER =
  '<header creationtool="t" creationtoolversion="1" segtype="sentence" o-tmf="x" adminlang="en" srclang="en" datatype="plaintext"/>';

/** A TMX 1.4b file of en → zh-CN units [source, target, attributes]. */
function tmx(units: readonly (readonly [string, string, string?])[], target = 'zh-CN'): string {
  const tus = units.map(
    ([source, text, attributes = '']) =>
      `<tu${attributes}><tuv xml:lang="en"><seg>${source}</seg></tuv><tuv xml:lang="${target}"><seg>${text}</seg></tuv></tu>`,
  );
  return `<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4">${HEADER}<body>\n${tus.join('\n')}\n</body></tmx>\n`;
}

const UNITS = [
  [
    'The committee approved the plan in 2018.',
    '委员会于2018年批准了该计划。',
    ' creationid="ann" changedate="20240102T000000Z"',
  ],
  ['The committee rejected the plan.', '委员会否决了该计划。', ' changedate="20240301T000000Z"'],
  ['Build the Belt and Road together.', '共建一带一路。', ' changedate="20230501T000000Z"'],
] as const;

let dir = '';
let memory = '';
let file = '';

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'verso-tm-'));
  memory = join(dir, 'memory');
  file = join(dir, 'plans.tmx');
  writeFileSync(file, tmx(UNITS));
});

afterEach(() => rmSync(dir, { recursive: true, force: true }));

const imported = () => verso(['tm', 'import', file, '--memory', memory]);

describe('verso tm import', () => {
  it('creates the memory folder with its manifest and units, and says what it added', async () => {
    const result = await imported();
    expect(result.status).toBe(EXIT_OK);
    expect(result.stdout).toBe(
      `${file}: 3 units read; 3 added, 0 merged with units already there.\n${memory}: 3 units (en → zh-CN).\n`,
    );
    expect(readdirSync(memory).sort()).toEqual(['manifest.json', 'units.jsonl']);
    const manifest = JSON.parse(readFileSync(join(memory, 'manifest.json'), 'utf8')) as Record<
      string,
      unknown
    >;
    expect(manifest).toMatchObject({
      format: 'verso-translation-memory',
      version: 1,
      unitCount: 3,
    });
  });

  it('merges the units of a second import of the same file, counting their uses', async () => {
    await imported();
    const again = await imported();
    expect(again.stdout).toContain('3 units read; 0 added, 3 merged with units already there.');
    const units = parseUnitsJsonl(readFileSync(join(memory, 'units.jsonl'), 'utf8'), 'u');
    expect(units.map((u) => u.uses)).toEqual([2, 2, 2]);
  });

  it('keeps the creation user and change date of each unit', async () => {
    await imported();
    const [first] = parseUnitsJsonl(readFileSync(join(memory, 'units.jsonl'), 'utf8'), 'u');
    expect(first).toMatchObject({ author: 'ann', changedAt: Date.UTC(2024, 0, 2) });
  });

  it('refuses a file of another language pair for an existing memory, changing nothing', async () => {
    await imported();
    const before = readFileSync(join(memory, 'units.jsonl'), 'utf8');
    writeFileSync(file, tmx([['Open.', 'Ouvrir.']], 'fr'));
    const result = await imported();
    expect(result.status).toBe(EXIT_BAD_INPUT);
    expect(result.stderr).toMatch(/cannot go into the translation memory "memory" \(en → zh-CN\)/);
    expect(readFileSync(join(memory, 'units.jsonl'), 'utf8')).toBe(before);
  });

  it('refuses an invalid TMX file with its line and column', async () => {
    writeFileSync(file, tmx([['a', 'b']]).replace('<seg>a</seg>', '<seg>a</seg><seg>c</seg>'));
    const result = await imported();
    expect(result.status).toBe(EXIT_BAD_INPUT);
    expect(result.stderr).toMatch(new RegExp(`^verso: ${file}:3:\\d+: .*exactly one <seg>`));
    expect(readdirSync(dir)).toEqual(['plans.tmx']);
  });

  it('refuses a damaged units file, naming its line', async () => {
    await imported();
    writeFileSync(join(memory, 'units.jsonl'), '{"id": 1}\n');
    const result = await imported();
    expect(result.status).toBe(EXIT_BAD_INPUT);
    expect(result.stderr).toBe(
      `verso: ${join(memory, 'units.jsonl')}:1: id should be a string, but it is the number 1.\n`,
    );
  });

  it('needs --memory', async () => {
    const result = await verso(['tm', 'import', file]);
    expect(result.status).toBe(EXIT_USAGE);
    expect(result.stderr).toMatch(
      /^verso: tm import: missing --memory DIR\nUsage: verso tm import/,
    );
  });
});

describe('verso tm lookup', () => {
  beforeEach(async () => void (await imported()));

  it('prints ranked matches with percentage, differences, diff and target', async () => {
    const query = 'The committee approved the plan in 2019.';
    const result = await verso(['tm', 'lookup', query, '--memory', memory, '--min', '50']);
    expect(result.status).toBe(EXIT_OK);
    expect(result.stdout).toBe(
      [
        '1. 99%  differs in numbers  (ann, 2024-01-02)',
        '   source: The committee approved the plan in [-2018-]{+2019+}.',
        '   target: 委员会于2019年批准了该计划。',
        '   (put in: 2018 → 2019)',
        // 7 content tokens against 5, 3 edits: ⌊100 · 4 / 7⌋ = 57.
        '2. 57%  differs in text  (2024-03-01)',
        '   source: The committee [-rejected-]{+approved+} the plan{+ in 2019+}.',
        '   target: 委员会否决了该计划。',
        '',
      ].join('\n'),
    );
  });

  it('prints JSON with --json', async () => {
    const result = await verso([
      'tm',
      'lookup',
      'The committee rejected the plan.',
      '--memory',
      memory,
      '--json',
    ]);
    const [best] = JSON.parse(result.stdout) as Record<string, unknown>[];
    expect(best).toMatchObject({
      score: 100,
      kind: 'exact',
      by: 'source',
      differences: [],
      stored: 'The committee rejected the plan.',
      target: '委员会否决了该计划。',
      changedAt: '2024-03-01T00:00:00.000Z',
      uses: 1,
    });
    expect(best!['diff']).toEqual([{ kind: 'equal', text: 'The committee rejected the plan.' }]);
  });

  it('honours --min and --limit', async () => {
    const query = [
      'tm',
      'lookup',
      'The committee approved the plan in 2019.',
      '--memory',
      memory,
      '--json',
    ];
    expect(JSON.parse((await verso([...query, '--min', '80'])).stdout)).toHaveLength(1);
    expect(JSON.parse((await verso([...query, '--limit', '1', '--min', '0'])).stdout)).toHaveLength(
      1,
    );
  });

  it('says so when nothing matches', async () => {
    const result = await verso([
      'tm',
      'lookup',
      'Completely unrelated words here.',
      '--memory',
      memory,
    ]);
    expect(result.stdout).toBe(`${memory}: no match of 70% or more among 3 units.\n`);
  });

  it('refuses a --min that is not a percentage, as wrong usage', async () => {
    const result = await verso(['tm', 'lookup', 'x', '--memory', memory, '--min', 'high']);
    expect(result.status).toBe(EXIT_USAGE);
    expect(result.stderr).toMatch(/--min takes a whole number from 0 to 101/);
  });

  it('refuses a language pair the memory does not hold', async () => {
    const result = await verso(['tm', 'lookup', 'x', '--memory', memory, '--target-lang', 'fr']);
    expect(result.status).toBe(EXIT_BAD_INPUT);
    expect(result.stderr).toBe(`verso: ${memory}: the memory holds en → zh-CN, not en → fr\n`);
  });

  it('says there is no memory in a folder without one', async () => {
    const result = await verso(['tm', 'lookup', 'x', '--memory', dir]);
    expect(result.status).toBe(EXIT_BAD_INPUT);
    expect(result.stderr).toMatch(
      new RegExp(`^verso: ${join(dir, 'manifest.json')}: no translation memory here`),
    );
  });
});

describe('verso tm lookup --mt', () => {
  it('finds how an MT sentence was corrected before', async () => {
    writeFileSync(
      file,
      tmx([['one belt and one road', 'Belt and Road']], 'en')
        .replace(/xml:lang="en"><seg>one/, 'xml:lang="en-x-mt"><seg>one')
        .replace('srclang="en"', 'srclang="en-x-mt"'),
    );
    expect((await imported()).status).toBe(EXIT_OK);
    const result = await verso([
      'tm',
      'lookup',
      'one belt and one road',
      '--mt',
      '--memory',
      memory,
      '--json',
    ]);
    expect(JSON.parse(result.stdout)).toMatchObject([
      { by: 'mt', score: 100, target: 'Belt and Road' },
    ]);
  });
});

describe('verso tm concordance', () => {
  beforeEach(async () => void (await imported()));

  it('prints the units with the phrase marked, most recent first', async () => {
    const result = await verso(['tm', 'concordance', 'the PLAN', '--memory', memory]);
    expect(result.status).toBe(EXIT_OK);
    expect(result.stdout).toBe(
      [
        `${memory}: 2 units with “the PLAN” (source, mt, target)`,
        '1. (2024-03-01)',
        '   source: The committee rejected [the plan].',
        '   target: 委员会否决了该计划。',
        '2. (ann, 2024-01-02)',
        '   source: The committee approved [the plan] in 2018.',
        '   target: 委员会于2018年批准了该计划。',
        '',
      ].join('\n'),
    );
  });

  it('prints JSON with spans, searching the fields asked for, in the dates asked for', async () => {
    const result = await verso([
      'tm',
      'concordance',
      '计划',
      '--memory',
      memory,
      '--json',
      '--in',
      'target',
      '--from',
      '2024-01-02',
      '--to',
      '2024-01-02',
    ]);
    expect(JSON.parse(result.stdout)).toMatchObject({
      hits: [{ target: '委员会于2018年批准了该计划。', spans: { target: [[13, 15]] } }],
      more: false,
    });
  });

  it('refuses a field it does not know, as wrong usage', async () => {
    const result = await verso(['tm', 'concordance', 'x', '--memory', memory, '--in', 'notes']);
    expect(result.status).toBe(EXIT_USAGE);
  });
});

describe('verso tm export', () => {
  beforeEach(async () => void (await imported()));

  it('writes TMX that imports into another memory as the same units', async () => {
    const out = join(dir, 'out.tmx');
    expect((await verso(['tm', 'export', '--memory', memory, '-o', out])).status).toBe(EXIT_OK);
    const copy = join(dir, 'copy');
    expect((await verso(['tm', 'import', out, '--memory', copy])).status).toBe(EXIT_OK);
    const read = (folder: string) =>
      parseUnitsJsonl(readFileSync(join(folder, 'units.jsonl'), 'utf8'), 'u');
    expect(read(copy)).toEqual(read(memory));
  });

  it.skipIf(!canValidate)('writes TMX valid against the TMX 1.4b DTD', async () => {
    const result = await verso(['tm', 'export', '--memory', memory]);
    expect(validate('tmx', [result.stdout])).toBe('');
  });
});

describe('verso tm help', () => {
  it('prints the help of tm and of each subcommand', async () => {
    expect((await verso(['tm', '--help'])).stdout).toContain('Commands:\n  import');
    expect((await verso(['help', 'tm'])).stdout).toContain('Commands:\n  import');
    for (const sub of ['import', 'lookup', 'concordance', 'export']) {
      const result = await verso(['tm', sub, '--help']);
      expect([result.status, result.stdout.split('\n')[0]]).toEqual([
        EXIT_OK,
        expect.stringMatching(`^Usage: verso tm ${sub} `),
      ]);
    }
  });

  it('refuses a missing or unknown subcommand as wrong usage', async () => {
    expect((await verso(['tm'])).status).toBe(EXIT_USAGE);
    const unknown = await verso(['tm', 'merge']);
    expect([unknown.status, unknown.stderr.split('\n')[0]]).toEqual([
      EXIT_USAGE,
      "verso: tm: unknown subcommand 'merge'",
    ]);
  });
});
