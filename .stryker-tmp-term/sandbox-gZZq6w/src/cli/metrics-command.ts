/**
 * `verso metrics MT_FILE FINAL_FILE`: HTER of line-parallel files (issue 5, deliverable 7) — line N of
 * FINAL_FILE is the post-edit of line N of MT_FILE — per line and for the whole document, as GUIDE
 * part 4 defines it (TER with block shifts, MT as hypothesis, final as reference, case-insensitive,
 * whitespace tokens, capped at 1; core/metrics).
 */
// @ts-nocheck

import { decodeText } from '../core/text/decode.ts';
import { documentHter, hter, type HterResult } from '../core/metrics/hter.ts';
import { EXIT_BAD_INPUT, answerWithoutWork, readInput, writeOutput, type CliIo } from './io.ts';
import { defineCommand, parseOptions } from './options.ts';

/** The usage line of `verso metrics`. */
export const METRICS_USAGE = 'verso metrics MT_FILE FINAL_FILE [--json] [-o OUT]';

/** `verso metrics --help`. */
export const METRICS_HELP = `Usage: ${METRICS_USAGE}

Reads MT_FILE and FINAL_FILE, two plain-text files with one segment per line (UTF-8, UTF-16 with a
byte-order mark, or GB18030; line N of FINAL_FILE is the post-edit of line N of MT_FILE), and prints
HTER per line and for the whole document: TER with block shifts from the MT to the final text
(sacreBLEU's TER: case-insensitive, whitespace-separated tokens), divided by the final text's words,
capped at 1. The document's HTER is all edits over all final words.

Options:
  --json              print { "lines": [{ "edits": n, "refLength": n, "hter": x }, …],
                      "document": { "edits": n, "refLength": n, "hter": x } }
  -o, --output OUT    write to OUT instead of standard output
  -h, --help          show this help

Exit status: 0 success, 1 a problem in a file (unreadable, or not as many lines as the other), 2
wrong usage.
`;

/** The command line of `verso metrics` (see {@link METRICS_HELP}). */
const METRICS_OPTIONS = defineCommand({
  command: 'metrics',
  positionals: ['mt', 'final'],
  missing: 'needs two files, MT_FILE and FINAL_FILE',
  tooMany: 'two files only',
  flags: { json: {} },
  values: { output: { short: 'o' } },
});

/** Runs `verso metrics` with the arguments after `metrics`; resolves to the exit status. */
export async function runMetrics(args: readonly string[], io: CliIo): Promise<number> {
  const parsed = parseOptions(METRICS_OPTIONS, args);
  if (parsed.kind !== 'run')
    return answerWithoutWork(parsed, METRICS_HELP, `Usage: ${METRICS_USAGE}`, io);
  const { mt, final } = parsed.args;
  const sides: string[][] = [];
  for (const file of [mt, final]) {
    const input = await readInput(file, io, (bytes) => linesOf(decodeText(bytes, file).text));
    if (!input.ok) return input.status;
    sides.push(input.value);
  }
  const [mtLines = [], finalLines = []] = sides;
  if (mtLines.length !== finalLines.length) {
    const [longer, line] =
      mtLines.length > finalLines.length
        ? [mt, finalLines.length + 1]
        : [final, mtLines.length + 1];
    io.stderr(
      `verso: ${longer}:${line}: ${mt} has ${mtLines.length} lines and ${final} has ${finalLines.length}; the files must be line-parallel\n`,
    );
    return EXIT_BAD_INPUT;
  }
  const lines = mtLines.map((line, i) => hter(line, finalLines[i] ?? ''));
  const document = documentHter(lines);
  const text = parsed.flags.json ? metricsJson(lines, document) : metricsTable(lines, document);
  return writeOutput(text, parsed.values.output, io);
}

/** A file's lines; a final line end does not start another line. */
function linesOf(text: string): string[] {
  const lines = text.split(/\r\n|\n|\r/);
  if (lines[lines.length - 1] === '') lines.pop();
  return lines;
}

function figures(r: HterResult): { edits: number; refLength: number; hter: number } {
  return { edits: r.edits, refLength: r.refLength, hter: r.hter };
}

/** The JSON of {@link METRICS_HELP}, one line object per line of text. */
export function metricsJson(lines: readonly HterResult[], document: HterResult): string {
  const rows = lines.map((r) => `    ${JSON.stringify(figures(r))}`);
  const body = rows.length === 0 ? '[]' : `[\n${rows.join(',\n')}\n  ]`;
  return `{\n  "lines": ${body},\n  "document": ${JSON.stringify(figures(document))}\n}\n`;
}

/** A table to read: line number, edits, final words and HTER, then the document. */
function metricsTable(lines: readonly HterResult[], document: HterResult): string {
  const row = (label: string, r: HterResult) =>
    `${label.padStart(8)}  ${String(r.edits).padStart(6)}  ${String(r.refLength).padStart(6)}  ${r.hter.toFixed(4)}`;
  return [
    `${'line'.padStart(8)}  ${'edits'.padStart(6)}  ${'words'.padStart(6)}  hter`,
    ...lines.map((r, i) => row(String(i + 1), r)),
    row('document', document),
    '',
  ].join('\n');
}
