/**
 * Term rules read from outside the type system (a backup, the shared termbase kept in the browser's
 * settings): every field checked, the first bad one named by its JSON path (issue 10).
 */
import { VersoInputError } from '../model/errors.ts';
import { FieldReader, jsonErrorMessage } from '../text/json-fields.ts';
import type { TermRule } from './model.ts';

/** One term rule at `at` (a JSON path), read through `read`. */
export function readTermRule(value: unknown, at: string, read: FieldReader): TermRule {
  const rule = read.record(value, at);
  const sourceTerm = read.optionalString(rule, 'sourceTerm', at);
  const note = read.optionalString(rule, 'note', at);
  const pack = read.optionalString(rule, 'pack', at);
  return {
    id: read.string(rule, 'id', at),
    preferred: read.string(rule, 'preferred', at),
    forbidden: read.array(rule, 'forbidden', at).map((f, k) => {
      const fat = `${at}.forbidden[${k}]`;
      const variant = read.record(f, fat);
      return {
        pattern: read.string(variant, 'pattern', fat),
        regex: read.boolean(variant, 'regex', fat),
      };
    }),
    wholeWord: read.boolean(rule, 'wholeWord', at),
    matchCase: read.boolean(rule, 'matchCase', at),
    ...(sourceTerm === undefined ? {} : { sourceTerm }),
    ...(note === undefined ? {} : { note }),
    ...(pack === undefined ? {} : { pack }),
  };
}

/**
 * A list of term rules stored as JSON under the name `source` (the shared termbase).
 *
 * @throws VersoInputError `errors.termRulesStored` {source, path, expected} naming the first bad field
 */
export function parseTermRules(json: string, source: string): TermRule[] {
  const read = new FieldReader(
    source,
    (path, expected, found) =>
      new VersoInputError(
        'errors.termRulesStored',
        { source, path, expected },
        `The term rules in ${source} are damaged: ${path} should be ${expected}, but it is ${found}.`,
      ),
  );
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (error) {
    throw new VersoInputError(
      'errors.termRulesStored',
      { source, path: '', expected: 'JSON' },
      `The term rules in ${source} are not JSON: ${jsonErrorMessage(error, json)}.`,
    );
  }
  return read.array({ rules: data }, 'rules', '').map((r, i) => readTermRule(r, `[${i}]`, read));
}
