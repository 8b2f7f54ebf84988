/** Writing TSV/CSV for spreadsheets: formula-safe cells, RFC 4180 quoting that Verso reads back. */
import { describe, expect, it } from 'vitest';
import { delimitedCell, toDelimited } from '../../../../../src/core/formats/delimited/write.ts';
import { parseDelimited } from '../../../../../src/core/formats/delimited/delimited-records.ts';
import { restoreCell } from '../../../../../src/core/formats/delimited/formula-cells.ts';

const rows = [
  ['Segment', 'Text', 'Comment'],
  ['1', '=HYPERLINK("http://x")', 'a, b\tc'],
  ['2', 'two\nlines', '"quoted"'],
  ['3', '-5 points', '@sum'],
];

describe('toDelimited', () => {
  it('puts an apostrophe before a cell a spreadsheet would run as a formula', () => {
    expect(['=1+1', '+1', '-1', '@A1', '\tx', 'plain'].map((c) => delimitedCell(c, 'csv'))).toEqual(
      ["'=1+1", "'+1", "'-1", "'@A1", "'\tx", 'plain'],
    );
  });

  it('starts with a byte-order mark and ends every record with CR LF', () => {
    const tsv = toDelimited([['a', 'b']], 'tsv');
    expect(tsv).toBe('\uFEFFa\tb\r\n');
  });

  it.each(['tsv', 'csv'] as const)('writes %s that reads back as the same cells', (format) => {
    const text = toDelimited(rows, format).slice(1);
    const back = parseDelimited(text, format === 'tsv' ? '\t' : ',', `t.${format}`).map((r) =>
      r.fields.map(restoreCell),
    );
    expect(back).toEqual(rows);
  });
});
