/**
 * Writing a table as TSV or CSV for spreadsheets: every cell made formula-safe first
 * (formula-cells.ts), then quoted as RFC 4180 says when it holds the delimiter, a quote or a line
 * break (a quote doubled inside), which delimited-records.ts reads back. Records end with CR LF
 * (RFC 4180), and the file starts with a byte-order mark so that Excel reads it as UTF-8 (Chinese text
 * is garbled otherwise).
 */
import { neutraliseCell } from './formula-cells.ts';

/** The two delimited formats. */
export type DelimitedFormat = 'tsv' | 'csv';

const NEEDS_QUOTES: Readonly<Record<DelimitedFormat, RegExp>> = {
  tsv: /[\t"\r\n]/,
  csv: /[,"\r\n]/,
};

/** One cell as written: formula-safe, quoted when it must be. */
export function delimitedCell(cell: string, format: DelimitedFormat): string {
  const safe = neutraliseCell(cell);
  return NEEDS_QUOTES[format].test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** The rows as a TSV or CSV file (a byte-order mark, CR LF after every record). */
export function toDelimited(rows: readonly (readonly string[])[], format: DelimitedFormat): string {
  const delimiter = format === 'tsv' ? '\t' : ',';
  return `\uFEFF${rows.map((r) => `${r.map((c) => delimitedCell(c, format)).join(delimiter)}\r\n`).join('')}`;
}
