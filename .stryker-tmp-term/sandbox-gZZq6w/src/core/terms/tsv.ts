/**
 * Term rules as TSV: a header line `preferred\tforbidden\tsource\tnote`, then one rule per line.
 * Forbidden variants are separated by `|` (write `\|` for a literal bar); a variant starting with `re:`
 * is a regular expression. An optional fifth column `flags` holds `match-case` and/or `part-word`
 * (comma-separated) for rules that are not whole-word and case-insensitive, the defaults.
 */
// @ts-nocheck

import { checkVariants, termbaseError } from './errors.ts';
import type { ForbiddenVariant, TermRule } from './model.ts';

/** The header Verso writes and expects (the `flags` column is optional). */
export const TSV_HEADER = ['preferred', 'forbidden', 'source', 'note'] as const;
const REGEX_PREFIX = 're:';

/**
 * Parses a termbase in TSV. Lines are LF or CRLF; empty lines and lines starting with `#` are skipped.
 * Rule ids are `${idPrefix}-${line}`.
 *
 * @throws VersoInputError `errors.termbaseInvalid` {file, line, column, message}: a missing or wrong
 *   header, a rule without a preferred term, an invalid regular expression, an unknown flag.
 */
export function parseTermsTsv(text: string, fileName: string, idPrefix = 'tsv'): TermRule[] {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const header = (lines[0] ?? '').split('\t').map((h) => h.trim().toLowerCase());
  if (TSV_HEADER.some((name, i) => header[i] !== name)) {
    throw termbaseError(
      fileName,
      1,
      1,
      `the first line must be the header "${TSV_HEADER.join('\\t')}" (optionally "\\tflags")`,
    );
  }
  const rules: TermRule[] = [];
  lines.slice(1).forEach((line, i) => {
    const lineNumber = i + 2;
    if (line.trim() === '' || line.startsWith('#')) return;
    const [preferred = '', forbidden = '', source = '', note = '', flags = ''] = line.split('\t');
    if (preferred.trim() === '')
      throw termbaseError(fileName, lineNumber, 1, 'the preferred term is empty');
    const options = parseFlags(flags, fileName, lineNumber, line);
    const rule: TermRule = {
      id: `${idPrefix}-${lineNumber}`,
      preferred: preferred.trim(),
      forbidden: splitVariants(forbidden),
      ...(source.trim() === '' ? {} : { sourceTerm: source.trim() }),
      ...options,
      ...(note.trim() === '' ? {} : { note: note.trim() }),
    };
    checkVariants(rule, fileName, lineNumber, columnOf(line, 1));
    rules.push(rule);
  });
  return rules;
}

/** Writes rules as TSV (see the file comment); tabs and line breaks inside fields become spaces. */
export function serializeTermsTsv(rules: readonly TermRule[]): string {
  const needsFlags = rules.some((r) => r.matchCase || !r.wholeWord);
  const header = needsFlags ? [...TSV_HEADER, 'flags'] : [...TSV_HEADER];
  const lines = rules.map((rule) => {
    const cells = [
      rule.preferred,
      rule.forbidden.map(formatVariant).join('|'),
      rule.sourceTerm ?? '',
      rule.note ?? '',
    ];
    if (needsFlags) {
      const flags = [rule.matchCase ? 'match-case' : '', rule.wholeWord ? '' : 'part-word'];
      cells.push(flags.filter((f) => f !== '').join(','));
    }
    return cells.map(clean).join('\t');
  });
  return `${[header.join('\t'), ...lines].join('\n')}\n`;
}

function splitVariants(cell: string): ForbiddenVariant[] {
  return cell
    .split(/(?<!\\)\|/)
    .map((v) => v.trim().replaceAll('\\|', '|'))
    .filter((v) => v !== '' && v !== REGEX_PREFIX)
    .map((v) =>
      v.startsWith(REGEX_PREFIX)
        ? { pattern: v.slice(REGEX_PREFIX.length), regex: true }
        : { pattern: v, regex: false },
    );
}

function formatVariant(variant: ForbiddenVariant): string {
  const escaped = variant.pattern.replaceAll('|', '\\|');
  return variant.regex ? `${REGEX_PREFIX}${escaped}` : escaped;
}

function parseFlags(
  cell: string,
  fileName: string,
  line: number,
  text: string,
): Pick<TermRule, 'wholeWord' | 'matchCase'> {
  let wholeWord = true;
  let matchCase = false;
  for (const flag of cell.split(',').map((f) => f.trim().toLowerCase())) {
    if (flag === '') continue;
    else if (flag === 'match-case') matchCase = true;
    else if (flag === 'part-word') wholeWord = false;
    else
      throw termbaseError(
        fileName,
        line,
        columnOf(text, 4),
        `unknown flag "${flag}" (use match-case, part-word)`,
      );
  }
  return { wholeWord, matchCase };
}

/** 1-based column where tab-separated field `index` (0-based) starts. */
function columnOf(line: string, index: number): number {
  let at = 0;
  for (let i = 0; i < index; i++) {
    const tab = line.indexOf('\t', at);
    if (tab < 0) return line.length + 1;
    at = tab + 1;
  }
  return at + 1;
}

function clean(field: string): string {
  return field.replace(/[\t\r\n]+/g, ' ');
}
