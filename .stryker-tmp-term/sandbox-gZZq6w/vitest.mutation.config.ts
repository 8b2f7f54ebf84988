/**
 * The Vitest configuration StrykerJS runs (stryker.config.mjs; `npm run test:mutation`): the unit tests
 * of `src/core` in Node, nothing else (no browser project, no UI or state tests, which do not cover
 * the mutated files).
 */
// @ts-nocheck

import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/core/**/*.test.ts'],
    environment: 'node',
  },
});
