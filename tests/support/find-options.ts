import type { FindOptions } from '../../src/core/review/find-replace.ts';

/** Find options as the dialog starts (nothing ticked), with `o` set. */
export const findOptions = (o: Partial<FindOptions>): FindOptions => ({
  find: '',
  replace: '',
  matchCase: false,
  wholeWord: false,
  regex: false,
  ...o,
});
