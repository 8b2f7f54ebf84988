/**
 * What every `verso` subcommand needs from the outside world, and the three ways it ends (GUIDE part 5):
 * its input read or a message naming the file, its output on stdout or in `-o FILE`, its exit status.
 */
import { VersoInputError } from '../core/model/errors.ts';

/** The command's I/O, injected so tests run it without processes or files. */
export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** Reads a file (`-`: standard input), refusing one over `limit` bytes (default: the file limit). */
  readonly readFile: (path: string, limit?: number) => Promise<Uint8Array>;
  readonly writeFile: (path: string, text: string) => Promise<void>;
  readonly now: () => number;
  /** Writes bytes to stdout (binary exports: Word files). */
  readonly stdoutBytes?: (bytes: Uint8Array) => void;
  /** Writes bytes to a file (`-o` of a binary export). */
  readonly writeBytes?: (path: string, bytes: Uint8Array) => Promise<void>;
  /** True when stdout is a terminal: binary output is then refused. */
  readonly stdoutIsTerminal?: boolean;
  /** Replaces a file atomically (a temporary file renamed over it); `writeFile` when absent. */
  readonly replaceFile?: (path: string, text: string) => Promise<void>;
  /** Creates a folder and its parents, if they are not there. */
  readonly makeDirectory?: (path: string) => Promise<void>;
}

/** The decode options of an `--encoding` value (issue 12, item 7): none when it is not given. */
export function encodingOption(encoding: string | undefined): { readonly encoding?: string } {
  return encoding === undefined ? {} : { encoding };
}

/** Exit statuses (GUIDE part 5). */
export const EXIT_OK = 0;
export const EXIT_BAD_INPUT = 1;
export const EXIT_USAGE = 2;

/** What {@link readInput} gives: the parsed input, or the exit status after saying why there is none. */
export type Input<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly status: typeof EXIT_BAD_INPUT };

/**
 * Reads the file at `path` (up to `limit` bytes, default the file limit) and hands its bytes to `parse`. A file that cannot be read, or a
 * {@link VersoInputError} from `parse` (which names the file and position), is said on stderr and
 * maps to exit status 1; anything else `parse` throws is a bug and propagates.
 */
export async function readInput<T>(
  path: string,
  io: CliIo,
  parse: (bytes: Uint8Array) => T,
  limit?: number,
): Promise<Input<T>> {
  let bytes: Uint8Array;
  try {
    bytes = await io.readFile(path, limit);
  } catch (error) {
    // A file over the size limit is refused while it is read (cli/node-io.ts), with the limit's message.
    const why =
      error instanceof VersoInputError
        ? error.message
        : `cannot read ${path}: ${systemErrorText(error)}`;
    io.stderr(`verso: ${why}\n`);
    return { ok: false, status: EXIT_BAD_INPUT };
  }
  try {
    return { ok: true, value: parse(bytes) };
  } catch (error) {
    if (!(error instanceof VersoInputError)) throw error;
    io.stderr(`verso: ${error.message}\n`);
    return { ok: false, status: EXIT_BAD_INPUT };
  }
}

/**
 * Writes `text` to the file `output` (`-o`), or to stdout when there is none; resolves to exit 0, or
 * to 1 after one line on stderr when the file cannot be written (issue 12, item 13).
 */
export async function writeOutput(
  text: string,
  output: string | undefined,
  io: CliIo,
): Promise<number> {
  if (output === undefined) {
    io.stdout(text);
    return EXIT_OK;
  }
  return writeFileOutput(output, io, () => io.writeFile(output, text));
}

/** Runs `write` (of the file `output`); a failure is one line on stderr and exit 1, not a stack trace. */
export async function writeFileOutput(
  output: string,
  io: CliIo,
  write: () => Promise<void>,
): Promise<number> {
  try {
    await write();
    return EXIT_OK;
  } catch (error) {
    io.stderr(`verso: cannot write ${output}: ${systemErrorText(error)}\n`);
    return EXIT_BAD_INPUT;
  }
}

/** Why the system refused a read or write, in words (Node's messages end in the syscall and path). */
export function systemErrorText(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  const known: Readonly<Record<string, string>> = {
    EISDIR: 'it is a directory',
    ENOTDIR: 'a part of the path is not a directory',
    ENOENT: 'no such file or directory',
    EACCES: 'permission denied',
    EPERM: 'permission denied',
    EROFS: 'the file system is read-only',
    ENOSPC: 'no space left on the device',
    EIO: 'input/output error',
    EFBIG: 'the file is too large',
  };
  if (typeof code === 'string' && known[code]) return `${known[code]} (${code})`;
  return error instanceof Error ? error.message : String(error);
}

/**
 * Answers a command line that asks for no work (see `parseOptions`): `help` on stdout with exit 0, or
 * what is wrong and then `usage` on stderr with exit 2.
 */
export function answerWithoutWork(
  parsed: { readonly kind: 'help' } | { readonly kind: 'usage-error'; readonly message: string },
  help: string,
  usage: string,
  io: CliIo,
): number {
  return parsed.kind === 'help' ? showHelp(help, io) : usageFailure(parsed.message, usage, io);
}

/** Prints a subcommand's `--help` text on stdout; returns exit 0. */
export function showHelp(help: string, io: CliIo): number {
  io.stdout(help);
  return EXIT_OK;
}

/** Says on stderr what is wrong with the command line, then `usage`; returns exit 2. */
export function usageFailure(message: string, usage: string, io: CliIo): number {
  io.stderr(`verso: ${message}\n${usage}\n`);
  return EXIT_USAGE;
}
