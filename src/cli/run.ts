/** The `verso` command, with its I/O injected so tests run it without processes or files. */
import { runAlign } from './align-command.ts';
import { parseCommandLine } from './args.ts';
import { exportProject } from '../core/export/index.ts';
import { exportInputOf, writeExport } from './export-command.ts';
import { runImport } from './import-command.ts';
import { runMetrics } from './metrics-command.ts';
import { runQa } from './qa-command.ts';
import { runTm } from './tm-command.ts';
import { readInput, showHelp, usageFailure, type CliIo } from './io.ts';
import { EXPORT_HELP, MAIN_HELP, USAGE } from './usage.ts';

export { EXIT_BAD_INPUT, EXIT_OK, EXIT_USAGE, type CliIo } from './io.ts';

/** A subcommand that parses the arguments after its name itself; resolves to the exit status. */
type Subcommand = (args: readonly string[], io: CliIo) => Promise<number>;

/** The subcommands in a module of their own; `export` and the main help go through args.ts. */
const SUBCOMMANDS: ReadonlyMap<string, Subcommand> = new Map([
  ['align', runAlign],
  ['import', runImport],
  ['metrics', runMetrics],
  ['qa', runQa],
  ['tm', runTm],
]);

/**
 * Runs `verso` with `argv` (without the node and script paths) and resolves to its exit status: 0 on
 * success, 1 on a problem in the input file (message on stderr naming file and position), 2 on wrong
 * usage (reason and usage line on stderr). Unexpected errors (bugs) reject.
 */
export async function run(argv: readonly string[], io: CliIo): Promise<number> {
  const [name = '', ...rest] = argv;
  const subcommand = SUBCOMMANDS.get(name);
  if (subcommand !== undefined) return subcommand(rest, io);
  // `verso help align` is `verso align --help`.
  const helped = name === 'help' && rest.length === 1 ? SUBCOMMANDS.get(rest[0] ?? '') : undefined;
  if (helped !== undefined) return helped(['--help'], io);
  const command = parseCommandLine(argv);
  switch (command.kind) {
    case 'usage-error':
      return usageFailure(command.message, USAGE, io);
    case 'help':
      return showHelp(command.topic === 'export' ? EXPORT_HELP : MAIN_HELP, io);
    case 'export': {
      const { file, format, output } = command;
      const input = await readInput(file, io, (bytes) => exportInputOf(bytes, file, io.now()));
      if (!input.ok) return input.status;
      return writeExport(await exportProject(format, input.value), output, io);
    }
  }
}
