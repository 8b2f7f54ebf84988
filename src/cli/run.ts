/** The `verso` command, with its I/O injected so tests run it without processes or files. */
import { runAlign } from './align-command.ts';
import { parseCommandLine } from './args.ts';
import { exportProject } from '../core/export/index.ts';
import { exportInputOf, writeExport } from './export-command.ts';
import { runImport } from './import-command.ts';
import { runLqa } from './lqa-command.ts';
import { runMetrics } from './metrics-command.ts';
import { runQa } from './qa-command.ts';
import {
  EXIT_BAD_INPUT,
  encodingOption,
  readInput,
  showHelp,
  usageFailure,
  type CliIo,
} from './io.ts';
import { VersoInputError } from '../core/model/errors.ts';
import { cliQaContext } from './qa-context.ts';
import { termPairsOf } from '../core/terms/pairs.ts';
import { runTm } from './tm-command.ts';
import { EXPORT_HELP, MAIN_HELP, USAGE } from './usage.ts';

export { EXIT_BAD_INPUT, EXIT_OK, EXIT_USAGE, type CliIo } from './io.ts';

/** A subcommand that parses the arguments after its name itself; resolves to the exit status. */
type Subcommand = (args: readonly string[], io: CliIo) => Promise<number>;

/** The subcommands in a module of their own; `export` and the main help go through args.ts. */
const SUBCOMMANDS: ReadonlyMap<string, Subcommand> = new Map([
  ['align', runAlign],
  ['import', runImport],
  ['lqa', runLqa],
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
      const { file, format, output, languages, encoding } = command;
      const options = { ...languages, ...encodingOption(encoding) };
      const input = await readInput(file, io, (bytes) =>
        exportInputOf(bytes, file, io.now(), options),
      );
      if (!input.ok) return input.status;
      // The change report counts the findings left as `verso qa` finds them (issue 11 item 3).
      // Its edit kinds count the term rules that QA applies as terminology.
      const qa = format === 'report' ? await cliQaContext(input.value.meta) : undefined;
      const project = qa ? { ...input.value, qa, terms: termPairsOf(qa.terms) } : input.value;
      let exported;
      try {
        exported = await exportProject(format, project);
      } catch (error) {
        // What the file holds cannot be written in this format (undetermined languages, say).
        if (!(error instanceof VersoInputError)) throw error;
        io.stderr(`verso: ${file}: ${error.message}\n`);
        return EXIT_BAD_INPUT;
      }
      return writeExport(exported, output, io);
    }
  }
}
