#!/usr/bin/env node
// `npm test`: runs every suite (unit, browser, end-to-end) even when an earlier one fails, so one run
// reports every failure; exits non-zero if any suite failed.
import { spawnSync } from 'node:child_process';

const suites = [
  ['unit (Node)', ['run', 'test:unit']],
  ['browser (Vitest browser mode, Chromium)', ['run', 'test:browser']],
  ['sync server (Node; SQLite, PostgreSQL and Redis)', ['run', 'test:server']],
  ['end-to-end (production build, Chromium)', ['run', 'test:e2e']],
];
const failed = [];
for (const [name, args] of suites) {
  console.log(`\n=== ${name} ===`);
  const { status } = spawnSync('npm', args, { stdio: 'inherit' });
  if (status !== 0) failed.push(name);
}
if (failed.length > 0) {
  console.error(`\nFailed suites: ${failed.join(', ')}`);
  process.exit(1);
}
