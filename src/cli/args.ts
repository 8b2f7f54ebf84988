/** Parsing the `verso` command line into what to do. Pure: no I/O. */
import { parseArgs } from 'node:util';
import { EXPORT_FORMATS, type ExportFormat } from './export-command.ts';

/** What the command line asks for; `usage-error` carries the reason (exit status 2). */
export type Command =
  | { readonly kind: 'help'; readonly topic: 'main' | 'export' }
  | {
      readonly kind: 'export';
      readonly file: string;
      readonly format: ExportFormat;
      readonly output?: string;
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

function parseExport(args: readonly string[]): Command {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...args],
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: 'string', short: 'f' },
        output: { type: 'string', short: 'o' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    // parseArgs explains unknown options and missing option values itself.
    return usageError(`export: ${error instanceof Error ? error.message : String(error)}`);
  }
  const { values, positionals } = parsed;
  if (values.help) return { kind: 'help', topic: 'export' };
  const [file, ...extra] = positionals;
  if (file === undefined) return usageError('export: missing FILE');
  if (extra.length > 0)
    return usageError(`export: one FILE at a time (also given: ${extra.join(' ')})`);
  const format = values.format ?? values.output?.match(/\.([^./\\]+)$/)?.[1]?.toLowerCase();
  if (format === undefined) return usageError('export: missing --format (txt, md or json)');
  if (!isExportFormat(format))
    return usageError(`export: unknown format '${format}' (use txt, md or json)`);
  return values.output === undefined
    ? { kind: 'export', file, format }
    : { kind: 'export', file, format, output: values.output };
}

function isExportFormat(format: string): format is ExportFormat {
  return (EXPORT_FORMATS as readonly string[]).includes(format);
}

function usageError(message: string): Command {
  return { kind: 'usage-error', message };
}
