/**
 * Spreadsheet formula injection (issue 12, item 12; OWASP "CSV Injection"): a cell starting with `=`,
 * `+`, `-`, `@`, a tab or a carriage return is run as a formula by Excel, LibreOffice and Google
 * Sheets (`=HYPERLINK(…)`, `+cmd|' /C calc'!A0`). Every TSV or CSV cell Verso writes goes through
 * {@link neutraliseCell}, which prefixes such a cell with an apostrophe — spreadsheets show the text and
 * hide the apostrophe — and reading Verso's own files takes it off again with {@link restoreCell}, so a
 * round trip keeps the text.
 */

const FORMULA_START = /^[=+\-@\t\r]/;
const NEUTRALISED = /^'[=+\-@\t\r]/;

/** The cell as written to a TSV/CSV file: with an apostrophe before a formula-starting character. */
export function neutraliseCell(cell: string): string {
  return FORMULA_START.test(cell) ? `'${cell}` : cell;
}

/** The cell as read back from a file Verso wrote: without the apostrophe {@link neutraliseCell} added. */
export function restoreCell(cell: string): string {
  return NEUTRALISED.test(cell) ? cell.slice(1) : cell;
}
