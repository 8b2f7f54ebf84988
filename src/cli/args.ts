/** Parsing the `verso` command line into what to do. Pure: no I/O. */
import { EXPORT_FORMATS, type ExportFormat, type ExportLanguages } from './export-command.ts';
import { defineCommand, parseOptions } from './options.ts';

/** What the command line asks for; `usage-error` carries the reason (exit status 2). */
export type Command =
  | { readonly kind: 'help'; readonly topic: 'main' | 'export' }
  | {
      readonly kind: 'export';
      readonly file: string;
      readonly format: ExportFormat;
      readonly output?: string;
      readonly encoding?: string;
      /** `--source-lang` / `--target-lang`: the languages the file does not say. */
      readonly languages: ExportLanguages;
    }
  | { readonly kind: 'usage-error'; readonly message: string };

/** Parses `argv` (without the node and script paths). */
export function parseCommandLine(argv: readonly string[]): Command {
  const [command, ...rest] = argv;
  if (command === undefined) return usageError('missing command');
  if (command === '-h' || command === '--help') return { kind: 'help', topic: 'main' };
  if (command === 'help') {
    if (rest.length === 0) return { kind: 'help', topic: 'main' };
    return rest.length === 1 && rest[0] === 'export'
      ? { kind: 'help', topic: 'export' }
      : usageError(`no help on '${rest.join(' ')}'`);
  }
  if (command === 'export') return parseExport(rest);
  return usageError(
    command.startsWith('-') ? `unknown option '${command}'` : `unknown command '${command}'`,
  );
}

/** The command line of `verso export` (see EXPORT_HELP in usage.ts). */
const EXPORT_OPTIONS = defineCommand({
  command: 'export',
  positionals: ['file'],
  missing: 'missing FILE',
  tooMany: 'one FILE at a time',
  flags: {},
  values: {
    format: { short: 'f' },
    output: { short: 'o' },
    encoding: {},
    'source-lang': {},
    'target-lang': {},
  },
});

function parseExport(args: readonly string[]): Command {
  const parsed = parseOptions(EXPORT_OPTIONS, args);
  if (parsed.kind === 'help') return { kind: 'help', topic: 'export' };
  if (parsed.kind === 'usage-error') return parsed;
  const { file } = parsed.args;
  const { output, encoding, 'source-lang': sourceLang, 'target-lang': targetLang } = parsed.values;
  const languages: ExportLanguages = {
    ...(sourceLang === undefined ? {} : { sourceLang }),
    ...(targetLang === undefined ? {} : { targetLang }),
  };
  const extension = output?.match(/\.([^./\\]+)$/)?.[1]?.toLowerCase();
  const format = parsed.values.format ?? (extension === 'xlf' ? 'xliff2' : extension);
  const formats = EXPORT_FORMATS.join(', ');
  if (format === undefined) return usageError(`export: missing --format (${formats})`);
  if (!isExportFormat(format))
    return usageError(`export: unknown format '${format}' (use ${formats})`);
  return {
    kind: 'export',
    file,
    format,
    languages,
    ...(output === undefined ? {} : { output }),
    ...(encoding === undefined ? {} : { encoding }),
  };
}

function isExportFormat(format: string): format is ExportFormat {
  return (EXPORT_FORMATS as readonly string[]).includes(format);
}

function usageError(message: string): Command {
  return { kind: 'usage-error', message };
}
