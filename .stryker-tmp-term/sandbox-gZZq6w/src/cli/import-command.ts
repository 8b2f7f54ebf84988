/**
 * `verso import FILE`: reads an XLIFF 1.2/2.x, TMX, TSV or CSV file as Verso would for a new bilingual
 * project (issue 3, deliverable 7) and prints the result — all of it as JSON with `--json`, or a short
 * summary — or exits 1 with the validation message naming the file, rule and position.
 */
// @ts-nocheck

import type { BilingualDocument } from '../core/formats/common/bilingual.ts';
import { openBilingual } from '../core/formats/open/open-bilingual.ts';
import { answerWithoutWork, readInput, writeOutput, type CliIo } from './io.ts';
import { defineCommand, parseOptions } from './options.ts';

/** The usage line of `verso import`. */
export const IMPORT_USAGE =
  'verso import FILE [--json] [--source-lang LANG] [--target-lang LANG] [-o OUT]';

/** `verso import --help`. */
export const IMPORT_HELP = `Usage: ${IMPORT_USAGE}

Reads FILE, a bilingual document — XLIFF 2.0/2.1/2.2 or 1.2 (.xlf, .xliff), TMX 1.4b (.tmx), TSV
(.tsv, .tab) or CSV (.csv), in UTF-8 or UTF-16 — checks it strictly and prints what a new Verso
project would get from it: languages and, for every unit, its id, source, target, status, notes and
inline codes (shown in the text as ⟨1⟩…⟨/1⟩ and ⟨2/⟩).

Options:
  --json                  print the whole document as JSON (default: a short summary)
  --source-lang LANG      TMX: the source language to take (default: the header's srclang)
  --target-lang LANG      TMX: the target language to take (default: the most frequent other one)
  -o, --output OUT        write to OUT instead of standard output
  -h, --help              show this help

Exit status: 0 success, 1 a problem in FILE (the message names the file, the rule broken and the
line:column), 2 wrong usage.
`;

/** The command line of `verso import` (see {@link IMPORT_HELP}). */
const IMPORT_OPTIONS = defineCommand({
  command: 'import',
  positionals: ['file'],
  missing: 'missing FILE',
  tooMany: 'one FILE at a time',
  flags: { json: {} },
  values: { 'source-lang': {}, 'target-lang': {}, output: { short: 'o' } },
});

/** Runs `verso import` with the arguments after `import`; resolves to the exit status. */
export async function runImport(args: readonly string[], io: CliIo): Promise<number> {
  const parsed = parseOptions(IMPORT_OPTIONS, args);
  if (parsed.kind !== 'run')
    return answerWithoutWork(parsed, IMPORT_HELP, `Usage: ${IMPORT_USAGE}`, io);
  const { file } = parsed.args;
  const { 'source-lang': sourceLang, 'target-lang': targetLang, output } = parsed.values;
  const input = await readInput(file, io, (bytes) =>
    openBilingual(bytes, file, undefined, undefined, {
      ...(sourceLang === undefined ? {} : { sourceLang }),
      ...(targetLang === undefined ? {} : { targetLang }),
    }),
  );
  if (!input.ok) return input.status;
  const document = input.value;
  const text = parsed.flags.json
    ? `${JSON.stringify(document, null, 2)}\n`
    : summarize(document, file);
  return writeOutput(text, output, io);
}

const FORMAT_NAMES: Readonly<Record<BilingualDocument['format'], string>> = {
  xliff2: 'XLIFF 2',
  xliff12: 'XLIFF 1.2',
  tmx: 'TMX',
  tsv: 'TSV',
  csv: 'CSV',
  'text-pair': 'text pair',
};

/**
 * A few lines about the document: format and languages, how many units (and how many have a target),
 * inline codes and notes, and the units per status.
 */
export function summarize(document: BilingualDocument, fileName: string): string {
  const { units } = document;
  const language = (tag: string) => tag || '(not given)';
  const count = (n: number, what: string) => `${n} ${what}${n === 1 ? '' : 's'}`;
  const statuses = new Map<string, number>();
  for (const unit of units) {
    if (unit.status) statuses.set(unit.status, (statuses.get(unit.status) ?? 0) + 1);
  }
  const lines = [
    `${fileName}: ${FORMAT_NAMES[document.format]}, ${language(document.sourceLang)} → ${language(document.targetLang)}`,
    `${count(units.length, 'unit')} (${units.filter((u) => u.target !== '').length} with a target), ${count(
      // A pair of placeholders (⟨1⟩…⟨/1⟩) is one code.
      units.reduce((n, u) => n + new Set(u.codes.map((c) => c.n)).size, 0),
      'inline code',
    )}, ${count(
      units.reduce((n, u) => n + u.notes.length, 0),
      'note',
    )}`,
  ];
  if (statuses.size > 0) {
    lines.push(`Statuses: ${[...statuses].map(([status, n]) => `${status} ${n}`).join(', ')}`);
  }
  return `${lines.join('\n')}\n`;
}
