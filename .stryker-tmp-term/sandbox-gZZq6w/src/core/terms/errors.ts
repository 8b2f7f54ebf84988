/** Errors of termbase files (TSV, TBX), naming the file, line and column as every input error does. */
// @ts-nocheck

import { VersoInputError } from '../model/errors.ts';
import { compileVariant } from './matcher.ts';
import type { TermRule } from './model.ts';

/** `errors.termbaseInvalid` at a position of `file`. */
export function termbaseError(
  file: string,
  line: number,
  column: number,
  message: string,
): VersoInputError {
  return new VersoInputError(
    'errors.termbaseInvalid',
    { file, line, column, message },
    `${file}:${line}:${column}: not a valid termbase: ${message}`,
  );
}

/**
 * Compiles each forbidden variant of `rule` once, so that a bad regular expression is reported where
 * it was read rather than silently skipped at QA time.
 *
 * @throws VersoInputError `errors.termbaseInvalid` with the pattern engine's message
 */
export function checkVariants(rule: TermRule, file: string, line: number, column: number): void {
  for (const variant of rule.forbidden) {
    try {
      compileVariant(rule, variant);
    } catch (error) {
      if (!(error instanceof VersoInputError)) throw error;
      throw termbaseError(
        file,
        line,
        column,
        `forbidden variant "${variant.pattern}": ${error.message}`,
      );
    }
  }
}
