/**
 * `verso import FILE`: reads an XLIFF 1.2/2.x, TMX, TSV or CSV file as Verso would for a new bilingual
 * project (issue 3, deliverable 7) and prints the result — all of it as JSON with `--json`, or a short
 * summary — or exits 1 with the validation message naming the file, rule and position.
 */
import { parseArgs } from 'node:util';
import type { BilingualDocument } from '../core/bilingual.ts';
import { VersoInputError } from '../core/errors.ts';
import { openBilingual } from '../core/formats/open-bilingual.ts';
import { EXIT_BAD_INPUT, EXIT_OK, EXIT_USAGE, type CliIo } from './run.ts';

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

interface ImportRequest {
  readonly file: string;
  readonly json: boolean;
  readonly sourceLang?: string;
  readonly targetLang?: string;
  readonly output?: string;
}

/** Runs `verso import` with the arguments after `import`; resolves to the exit status. */
export async function runImport(args: readonly string[], io: CliIo): Promise<number> {
  const parsed = parseImportArgs(args);
  if (parsed.kind === 'help') {
    io.stdout(IMPORT_HELP);
    return EXIT_OK;
  }
  if (parsed.kind === 'usage-error') {
    io.stderr(`verso: import: ${parsed.message}\nUsage: ${IMPORT_USAGE}\n`);
    return EXIT_USAGE;
  }
  const { request } = parsed;
  const bytes = await readInput(io, request.file);
  if (bytes === undefined) return EXIT_BAD_INPUT;
  let document: BilingualDocument;
  try {
    const { sourceLang, targetLang } = request;
    document = openBilingual(bytes, request.file, undefined, undefined, {
      ...(sourceLang === undefined ? {} : { sourceLang }),
      ...(targetLang === undefined ? {} : { targetLang }),
    });
  } catch (error) {
    if (!(error instanceof VersoInputError)) throw error;
    io.stderr(`verso: ${error.message}\n`);
    return EXIT_BAD_INPUT;
  }
  const output = request.json
    ? `${JSON.stringify(document, null, 2)}\n`
    : summarize(document, request.file);
  if (request.output === undefined) io.stdout(output);
  else await io.writeFile(request.output, output);
  return EXIT_OK;
}

/** The file's bytes, or `undefined` after saying on stderr why it cannot be read. */
async function readInput(io: CliIo, file: string): Promise<Uint8Array | undefined> {
  try {
    return await io.readFile(file);
  } catch (error) {
    io.stderr(
      `verso: cannot read ${file}: ${error instanceof Error ? error.message : String(error)}\n`,
    );
    return undefined;
  }
}

type ParsedArgs =
  | { readonly kind: 'import'; readonly request: ImportRequest }
  | { readonly kind: 'help' }
  | { readonly kind: 'usage-error'; readonly message: string };

/** What the arguments ask for. */
function parseImportArgs(args: readonly string[]): ParsedArgs {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...args],
      allowPositionals: true,
      strict: true,
      options: {
        json: { type: 'boolean' },
        'source-lang': { type: 'string' },
        'target-lang': { type: 'string' },
        output: { type: 'string', short: 'o' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    // parseArgs says what is wrong (an unknown option, a missing value).
    return { kind: 'usage-error', message: error instanceof Error ? error.message : String(error) };
  }
  const { values, positionals } = parsed;
  if (values.help === true) return { kind: 'help' };
  const [file, ...extra] = positionals;
  if (file === undefined) return { kind: 'usage-error', message: 'missing FILE' };
  if (extra.length > 0) {
    return { kind: 'usage-error', message: `one FILE at a time (also given: ${extra.join(' ')})` };
  }
  const request: ImportRequest = {
    file,
    json: values.json === true,
    ...(values['source-lang'] === undefined ? {} : { sourceLang: values['source-lang'] }),
    ...(values['target-lang'] === undefined ? {} : { targetLang: values['target-lang'] }),
    ...(values.output === undefined ? {} : { output: values.output }),
  };
  return { kind: 'import', request };
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
