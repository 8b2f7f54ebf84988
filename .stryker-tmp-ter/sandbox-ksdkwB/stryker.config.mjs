// @ts-nocheck
// 
/**
 * Mutation testing of `src/core` (issue 11, "Test strength"): `npm run test:mutation`, not part of
 * `npm test` (it takes minutes). By default it mutates the files the issue found weakly tested; give
 * others with `npm run test:mutation -- --mutate src/core/path/file.ts`. One test process at a time
 * (concurrency 1): the machine is shared and the runs are CPU-bound. Scores are in README.md.
 *
 * @type {import('@stryker-mutator/api/core').PartialStrykerOptions}
 */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutation.config.ts' },
  plugins: ['@stryker-mutator/vitest-runner'],
  mutate: [
    'src/core/project/undo.ts',
    'src/core/qa/numbers.ts',
    'src/core/qa/term.ts',
    'src/core/terms/matcher.ts',
    'src/core/metrics/ter.ts',
    'src/core/text/diff.ts',
    'src/core/review/find-replace.ts',
  ],
  coverageAnalysis: 'perTest',
  concurrency: 1,
  timeoutMS: 20000,
  reporters: ['clear-text', 'progress', 'json'],
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  tempDirName: '.stryker-tmp',
  cleanTempDir: true,
  thresholds: { high: 90, low: 80, break: null },
};
