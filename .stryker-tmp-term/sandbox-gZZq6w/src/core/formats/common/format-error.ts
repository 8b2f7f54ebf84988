/** The one shape of every "this file breaks a rule of its format" refusal. */
// @ts-nocheck

import { VersoInputError } from '../../model/errors.ts';
import type { TextPosition } from '../../xml/xml-position.ts';

/**
 * A refusal naming the file, the position, the rule and what is wrong, e.g.
 * `a.xlf:12:5: not valid XLIFF 2 (XLIFF 2 core, <ec>): …`. Params: `file`, `line`, `column`, `rule`,
 * `message` (the English detail; the UI shows it inside its translated sentence).
 *
 * @param code i18n key, e.g. `errors.xliffInvalid`
 * @param what what the file fails to be, e.g. `not valid XLIFF 2`
 */
export function formatError(
  code: string,
  what: string,
  file: string,
  position: TextPosition,
  rule: string,
  message: string,
): VersoInputError {
  const { line, column } = position;
  return new VersoInputError(
    code,
    { file, line, column, rule, message },
    `${file}:${line}:${column}: ${what} (${rule}): ${message}`,
  );
}
