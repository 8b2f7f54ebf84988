/** The `verso` command, with its I/O injected so tests run it without processes or files. */
import { VersoInputError } from '../core/errors.ts';
import { runAlign } from './align-command.ts';
import { parseCommandLine } from './args.ts';
import { exportFile } from './export-command.ts';
import { runImport } from './import-command.ts';
import { EXPORT_HELP, MAIN_HELP, USAGE } from './usage.ts';

/** What the command needs from the outside world. */
export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly readFile: (path: string) => Promise<Uint8Array>;
  readonly writeFile: (path: string, text: string) => Promise<void>;
  readonly now: () => number;
}

/** Exit statuses (GUIDE part 5). */
export const EXIT_OK = 0;
export const EXIT_BAD_INPUT = 1;
export const EXIT_USAGE = 2;

/**
 * Runs `verso` with `argv` (without the node and script paths) and resolves to its exit status: 0 on
 * success, 1 on a problem in the input file (message on stderr naming file and position), 2 on wrong
 * usage (reason and usage line on stderr). Unexpected errors (bugs) reject.
 */
export async function run(argv: readonly string[], io: CliIo): Promise<number> {
  // `verso align` parses its own arguments (align-command.ts).
  if (argv[0] === 'align') return runAlign(argv.slice(1), io);
  if (argv[0] === 'help' && argv[1] === 'align' && argv.length === 2)
    return runAlign(['--help'], io);
  // So does `verso import` (import-command.ts).
  if (argv[0] === 'import') return runImport(argv.slice(1), io);
  if (argv[0] === 'help' && argv[1] === 'import' && argv.length === 2)
    return runImport(['--help'], io);
  const command = parseCommandLine(argv);
  switch (command.kind) {
    case 'usage-error':
      io.stderr(`verso: ${command.message}\n${USAGE}\n`);
      return EXIT_USAGE;
    case 'help':
      io.stdout(command.topic === 'export' ? EXPORT_HELP : MAIN_HELP);
      return EXIT_OK;
    case 'export': {
      let bytes: Uint8Array;
      try {
        bytes = await io.readFile(command.file);
      } catch (error) {
        io.stderr(`verso: cannot read ${command.file}: ${messageOf(error)}\n`);
        return EXIT_BAD_INPUT;
      }
      let output: string;
      try {
        output = exportFile(bytes, command.file, command.format, io.now());
      } catch (error) {
        if (!(error instanceof VersoInputError)) throw error;
        io.stderr(`verso: ${error.message}\n`);
        return EXIT_BAD_INPUT;
      }
      if (command.output === undefined) io.stdout(output);
      else await io.writeFile(command.output, output);
      return EXIT_OK;
    }
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
