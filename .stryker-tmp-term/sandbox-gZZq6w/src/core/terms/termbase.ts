/** Reading a termbase file the user gives (`verso qa --rules`, the term-rule editor's import). */
// @ts-nocheck

import { decodeText } from '../text/decode.ts';
import { VersoInputError } from '../model/errors.ts';
import type { TermRule } from './model.ts';
import { parseTbx, type TbxLanguages } from './tbx.ts';
import { parseTermsTsv } from './tsv.ts';

const TBX = new Set(['tbx', 'xml']);
const TSV = new Set(['tsv', 'tab', 'txt']);

/**
 * The rules of a TBX-Basic (`.tbx`, `.xml`) or TSV (`.tsv`, `.tab`, `.txt`) termbase. Rule ids get the
 * file's name as prefix so that rules of two files do not collide.
 *
 * @throws VersoInputError `errors.termbaseType` {file, ext} for another extension, and every error of
 *   `parseTbx`, `parseTermsTsv` and `decodeText`
 */
export function readTermbase(
  bytes: Uint8Array,
  fileName: string,
  languages: TbxLanguages = {},
): TermRule[] {
  const ext = /\.([^./\\]+)$/.exec(fileName)?.[1]?.toLowerCase() ?? '';
  const stem = fileName.slice(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1);
  if (TBX.has(ext)) return parseTbx(bytes, fileName, languages).rules;
  if (TSV.has(ext)) return parseTermsTsv(decodeText(bytes, fileName).text, fileName, stem);
  throw new VersoInputError(
    'errors.termbaseType',
    { file: fileName, ext },
    `${fileName}: Verso reads termbases as TBX (.tbx) or TSV (.tsv), not .${ext || '(no extension)'} files.`,
  );
}
