/**
 * `verso align SOURCE TARGET`: aligns the paragraphs of two plain-text files (issue 3, deliverable 7)
 * and prints the links, as JSON with `--json` or as a table to read.
 */
// @ts-nocheck

import { align, type AlignLink } from '../core/align/index.ts';
import { decodeText } from '../core/text/decode.ts';
import { splitParagraphs } from '../core/text/paragraphs.ts';
import { answerWithoutWork, readInput, writeOutput, type CliIo } from './io.ts';
import { defineCommand, parseOptions } from './options.ts';

/** The usage line of `verso align`. */
export const ALIGN_USAGE =
  'verso align SOURCE TARGET [--json] [--source-lang LANG] [--target-lang LANG] [-o OUT]';

/** `verso align --help`. */
export const ALIGN_HELP = `Usage: ${ALIGN_USAGE}

Reads SOURCE and TARGET, two plain-text documents (UTF-8, UTF-16 with a byte-order mark, or
GB18030), splits each into paragraphs (blank lines separate them; without any blank line, each
line is one), aligns the paragraphs and prints the links in order. Every paragraph of both files
is in exactly one link; a link may join several paragraphs (a merge or split by the MT) or have
none on one side (a paragraph dropped or added). Paragraph indexes are 0-based.

Options:
  --json                  print [{ "source": [i…], "target": [j…], "score": 0..1 }], one link
                          per line; score is the aligner's confidence that the link is right
  --source-lang LANG      BCP 47 language of SOURCE (e.g. zh); guessed from the script if absent
  --target-lang LANG      BCP 47 language of TARGET (e.g. en)
  -o, --output OUT        write to OUT instead of standard output
  -h, --help              show this help

Exit status: 0 success, 1 a problem in SOURCE or TARGET (the message names the file and
position), 2 wrong usage.
`;

/** Characters of each side's text shown in the table. */
const PREVIEW_CHARS = 40;

/** The command line of `verso align` (see {@link ALIGN_HELP}). */
const ALIGN_OPTIONS = defineCommand({
  command: 'align',
  positionals: ['source', 'target'],
  missing: 'needs two files, SOURCE and TARGET',
  tooMany: 'two files only',
  flags: { json: {} },
  values: { 'source-lang': {}, 'target-lang': {}, output: { short: 'o' } },
});

/**
 * Runs `verso align` with the arguments after `align` and resolves to the exit status (see
 * {@link ALIGN_HELP}).
 */
export async function runAlign(args: readonly string[], io: CliIo): Promise<number> {
  const parsed = parseOptions(ALIGN_OPTIONS, args);
  if (parsed.kind !== 'run') {
    return answerWithoutWork(parsed, ALIGN_HELP, `Usage: ${ALIGN_USAGE}`, io);
  }
  const { args: files, flags, values } = parsed;
  const paragraphs: string[][] = [];
  for (const file of [files.source, files.target]) {
    const input = await readInput(file, io, (bytes) =>
      splitParagraphs(decodeText(bytes, file).text),
    );
    if (!input.ok) return input.status;
    paragraphs.push(input.value);
  }
  const [source = [], target = []] = paragraphs;
  const { 'source-lang': sourceLang, 'target-lang': targetLang } = values;
  const links = align(source, target, {
    ...(sourceLang === undefined ? {} : { sourceLang }),
    ...(targetLang === undefined ? {} : { targetLang }),
  });
  const output = flags.json ? formatLinksJson(links) : formatLinksTable(links, source, target);
  return writeOutput(output, values.output, io);
}

/** The links as a JSON array, one link per line; scores rounded to 4 decimals. */
export function formatLinksJson(links: readonly AlignLink[]): string {
  const lines = links.map((l) =>
    JSON.stringify({
      source: l.source,
      target: l.target,
      score: Math.round(l.score * 10_000) / 10_000,
    }),
  );
  return lines.length === 0 ? '[]\n' : `[\n  ${lines.join(',\n  ')}\n]\n`;
}

/**
 * The links as a table: link number (1-based), paragraph indexes (0-based, as in the JSON), score and
 * the first {@link PREVIEW_CHARS} characters of each side (paragraphs of a link joined by " / ").
 */
export function formatLinksTable(
  links: readonly AlignLink[],
  source: readonly string[],
  target: readonly string[],
): string {
  const indexes = (list: readonly number[]): string =>
    list.length === 0 ? '-' : list.length === 1 ? String(list[0]) : `${list[0]}-${list.at(-1)}`;
  const preview = (texts: readonly string[], list: readonly number[]): string => {
    if (list.length === 0) return '—';
    const text = list
      .map((i) => texts[i] ?? '')
      .join(' / ')
      .replace(/\s+/g, ' ');
    const chars = [...text];
    return chars.length > PREVIEW_CHARS
      ? `${chars.slice(0, PREVIEW_CHARS).join('').trimEnd()}…`
      : text;
  };
  const rows = links.map((link, k) => [
    String(k + 1),
    indexes(link.source),
    indexes(link.target),
    link.score.toFixed(3),
    preview(source, link.source),
    preview(target, link.target),
  ]);
  const header = ['link', 'source', 'target', 'score', 'source text', 'target text'];
  const widths = header.map((h, c) =>
    Math.max(displayWidth(h), ...rows.map((r) => displayWidth(r[c] ?? ''))),
  );
  const line = (cells: readonly string[]): string =>
    cells
      .map((cell, c) => {
        const pad = ' '.repeat((widths[c] ?? 0) - displayWidth(cell));
        // Numbers right-aligned, texts left-aligned; the last column is not padded.
        if (c < 4) return pad + cell;
        return c === cells.length - 1 ? cell : cell + pad;
      })
      .join('  ');
  return `${[header, ...rows].map(line).join('\n')}\n`;
}

/** Terminal columns of `text`: CJK and full-width characters take two. */
function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) {
    width +=
      /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u3000-\u303f\uff01-\uff60]/u.test(
        ch,
      )
        ? 2
        : 1;
  }
  return width;
}
