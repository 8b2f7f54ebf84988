/**
 * The Vitest configuration StrykerJS runs (stryker.config.mjs; `npm run test:mutation`): the unit tests
 * of `src/core` in Node, nothing else (no browser project, no UI or state tests, which do not cover
 * the mutated files), and no test of speed.
 */
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/core/**/*.test.ts'],
    environment: 'node',
    // Instrumented code on a shared machine is slow: the default 5 s is too short for property tests.
    testTimeout: 60_000,
    // Tests of speed fail under instrumentation, which slows everything: they say nothing of mutants.
    testNamePattern: /^(?!.*(?:well under \d+ ms|within its time budget)).*$/,
  },
});
