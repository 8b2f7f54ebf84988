/**
 * Records of a delimiter-separated file: RFC 4180 for CSV (quoted fields with `""` for a quote, line
 * breaks allowed inside quotes), the same quoting for TSV when a field starts with a quote. Written here
 * rather than taken from a library so that errors say the exact line and column.
 */
// @ts-nocheck

import { VersoInputError } from '../../model/errors.ts';

export interface DelimitedRecord {
  readonly fields: readonly string[];
  /** Line (1-based) the record starts on. */
  readonly line: number;
}

/**
 * Splits `text` into records. Empty lines are skipped; line ends are CR LF, LF or CR. A quote inside an
 * unquoted field is taken literally (`5" screen`), as spreadsheets write it.
 *
 * @throws VersoInputError `errors.delimitedQuote` {file, line, column} for a quoted field that is never
 *   closed, or has text after its closing quote
 */
export function parseDelimited(
  text: string,
  delimiter: string,
  fileName: string,
): DelimitedRecord[] {
  const records: DelimitedRecord[] = [];
  let i = 0;
  let line = 1;
  let lineStart = 0;
  const quoteError = (at: number, atLine: number, atLineStart: number, why: string): never => {
    const column = at - atLineStart + 1;
    throw new VersoInputError(
      'errors.delimitedQuote',
      { file: fileName, line: atLine, column },
      `${fileName}:${atLine}:${column}: ${why}`,
    );
  };
  /** Consumes a line break at `i` if there is one; true when it did. */
  const lineBreak = (): boolean => {
    const c = text[i];
    if (c !== '\n' && c !== '\r') return false;
    i += c === '\r' && text[i + 1] === '\n' ? 2 : 1;
    line++;
    lineStart = i;
    return true;
  };
  while (i < text.length) {
    if (lineBreak()) continue; // an empty line is no record
    const recordLine = line;
    const fields: string[] = [];
    for (;;) {
      let field = '';
      if (text[i] === '"') {
        const [openLine, openStart, open] = [line, lineStart, i];
        i++;
        for (;;) {
          if (i >= text.length)
            quoteError(
              open,
              openLine,
              openStart,
              'this quoted field is never closed (a quote is missing)',
            );
          if (text[i] === '"') {
            if (text[i + 1] !== '"') break;
            field += '"';
            i += 2;
          } else if (!lineBreak()) field += text[i++];
          else field += '\n';
        }
        i++; // the closing quote
        const next = text[i];
        if (next !== undefined && next !== delimiter && next !== '\n' && next !== '\r') {
          quoteError(
            i,
            line,
            lineStart,
            'text follows the closing quote of a field (write a quote inside a quoted field as "")',
          );
        }
      } else {
        const start = i;
        while (i < text.length && text[i] !== delimiter && text[i] !== '\n' && text[i] !== '\r')
          i++;
        field = text.slice(start, i);
      }
      fields.push(field);
      if (text[i] !== delimiter) break;
      i++;
    }
    lineBreak();
    records.push({ fields, line: recordLine });
  }
  return records;
}
