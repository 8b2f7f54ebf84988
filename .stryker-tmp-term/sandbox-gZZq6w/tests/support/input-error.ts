// @ts-nocheck
import { VersoInputError } from '../../src/core/model/errors.ts';

/**
 * The VersoInputError that `fn` throws, for assertions on its code, params and message. Throws (so the
 * test fails) when `fn` returns normally or throws anything else.
 */
export function inputErrorOf(fn: () => unknown): VersoInputError {
  try {
    fn();
  } catch (error) {
    if (error instanceof VersoInputError) return error;
    throw error;
  }
  throw new Error('expected a VersoInputError, but nothing was thrown');
}
