/**
 * The layer rules of eslint.boundaries.js (issue 10) fire on deliberate violations: each case writes a
 * small source tree with one offending import and lints it with exactly the rules `npm run check` uses.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { boundariesFor } from '../../../eslint.boundaries.js';

/** Modules the fixtures import from, one per layer. */
const TREE: Record<string, string> = {
  'src/core/model/model.ts': 'export const STATUSES = ["new"];\nexport type Status = "new";\n',
  'src/core/qa/index.ts': 'export function runChecks(): number { return 1; }\n',
  'src/core/cycle-a.ts': "import { b } from './cycle-b.ts';\nexport const a = () => b;\n",
  'src/core/cycle-b.ts': "import { a } from './cycle-a.ts';\nexport const b = () => a;\n",
  'src/state/store.ts': 'export class Store {}\n',
  'src/storage/repository.ts': 'export const repo = 1;\n',
  'src/jobs/job.ts': 'export const job = 1;\nexport type Job = number;\n',
  'src/jobs/import/run.ts': 'export const run = 1;\n',
  'src/jobs/qa/run.ts': 'export const qa = 1;\n',
};

let root = '';
let eslint: ESLint;

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'verso-boundaries-'));
  for (const [path, text] of Object.entries(TREE)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  eslint = new ESLint({
    cwd: root,
    overrideConfigFile: true,
    overrideConfig: [tseslint.configs.base, ...boundariesFor(root)],
  });
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

/** The rules that fire on `code` written at `path`. */
async function rulesFiring(path: string, code: string): Promise<string[]> {
  const file = join(root, path);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, code);
  const [result] = await eslint.lintFiles([file]);
  return (result?.messages ?? []).map((m) => m.ruleId ?? `fatal: ${m.message}`);
}

describe('layer boundaries', () => {
  it('lets a layer import what it may (the control case)', async () => {
    expect(
      await rulesFiring(
        'src/state/ok.ts',
        "import { STATUSES } from '../core/model/model.ts';\nimport type { Job } from '../jobs/job.ts';\nexport const ok: Job = STATUSES.length;\n",
      ),
    ).toEqual([]);
  });

  it('refuses core importing another layer', async () => {
    expect(
      await rulesFiring(
        'src/core/bad.ts',
        "import { Store } from '../state/store.ts';\nexport { Store };\n",
      ),
    ).toContain('import-x/no-restricted-paths');
  });

  it('refuses core importing lit or Node', async () => {
    expect(
      await rulesFiring('src/core/lit.ts', "import { html } from 'lit';\nexport { html };\n"),
    ).toContain('@typescript-eslint/no-restricted-imports');
    expect(
      await rulesFiring(
        'src/core/fs.ts',
        "import { readFileSync } from 'node:fs';\nexport { readFileSync };\n",
      ),
    ).toContain('@typescript-eslint/no-restricted-imports');
  });

  it('refuses idb anywhere but storage, and allows it there', async () => {
    expect(
      await rulesFiring('src/state/db.ts', "import { openDB } from 'idb';\nexport { openDB };\n"),
    ).toContain('@typescript-eslint/no-restricted-imports');
    expect(
      await rulesFiring('src/storage/db.ts', "import { openDB } from 'idb';\nexport { openDB };\n"),
    ).toEqual([]);
  });

  it('refuses the UI importing storage or a worker job', async () => {
    expect(
      await rulesFiring(
        'src/ui/a.ts',
        "import { repo } from '../storage/repository.ts';\nexport { repo };\n",
      ),
    ).toContain('import-x/no-restricted-paths');
    expect(
      await rulesFiring('src/ui/b.ts', "import { job } from '../jobs/job.ts';\nexport { job };\n"),
    ).toContain('import-x/no-restricted-paths');
  });

  it('refuses an element running core logic, but not using core types or vocabulary', async () => {
    expect(
      await rulesFiring(
        'src/ui/qa.ts',
        "import { runChecks } from '../core/qa/index.ts';\nexport { runChecks };\n",
      ),
    ).toContain('@typescript-eslint/no-restricted-imports');
    expect(
      await rulesFiring(
        'src/ui/types.ts',
        "import type { runChecks } from '../core/qa/index.ts';\nimport { STATUSES } from '../core/model/model.ts';\nexport type R = typeof runChecks;\nexport { STATUSES };\n",
      ),
    ).toEqual([]);
  });

  it('refuses state importing storage or the UI, and a job client as a value', async () => {
    expect(
      await rulesFiring(
        'src/state/s.ts',
        "import { repo } from '../storage/repository.ts';\nexport { repo };\n",
      ),
    ).toContain('import-x/no-restricted-paths');
    expect(
      await rulesFiring(
        'src/state/j.ts',
        "import { job } from '../jobs/job.ts';\nexport { job };\n",
      ),
    ).toContain('@typescript-eslint/no-restricted-imports');
  });

  it('refuses a worker job importing state or another job’s folder', async () => {
    expect(
      await rulesFiring(
        'src/jobs/qa/w.ts',
        "import { Store } from '../../state/store.ts';\nexport { Store };\n",
      ),
    ).toContain('import-x/no-restricted-paths');
    expect(
      await rulesFiring(
        'src/jobs/qa/x.ts',
        "import { run } from '../import/run.ts';\nexport { run };\n",
      ),
    ).toContain('import-x/no-restricted-paths');
  });

  it('refuses the CLI importing storage', async () => {
    expect(
      await rulesFiring(
        'src/cli/c.ts',
        "import { repo } from '../storage/repository.ts';\nexport { repo };\n",
      ),
    ).toContain('import-x/no-restricted-paths');
  });

  it('refuses an import cycle', async () => {
    const [result] = await eslint.lintFiles([join(root, 'src/core/cycle-a.ts')]);
    expect(result?.messages.map((m) => m.ruleId)).toContain('import-x/no-cycle');
  });
});
