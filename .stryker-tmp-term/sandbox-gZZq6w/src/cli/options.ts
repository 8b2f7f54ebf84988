/**
 * One parser for the command lines of all `verso` subcommands: each declares its positional arguments,
 * flags and valued options, and gets back a typed result, a request for help or a usage error (exit 2).
 * Pure: no I/O.
 */
// @ts-nocheck

import { parseArgs, type ParseArgsConfig } from 'node:util';

/** How an option may also be spelled. */
export interface OptionSpec {
  /** One-letter alias: `o` lets `-o OUT` stand for `--output OUT`. */
  readonly short?: string;
}

/**
 * The command line of one subcommand. Every positional argument is required and no others are
 * accepted; `-h`/`--help` is always there (GUIDE part 5).
 */
export interface CommandSpec<P extends string, F extends string, V extends string> {
  /** The subcommand's name, which starts every usage-error message (`align: …`). */
  readonly command: string;
  /** Names of the positional arguments, in order. */
  readonly positionals: readonly P[];
  /** Why the command line is wrong when a positional argument is missing. */
  readonly missing: string;
  /** Why it is wrong when there are more; ` (also given: …)` follows. */
  readonly tooMany: string;
  /** Options without a value (`--json`). */
  readonly flags: Readonly<Record<F, OptionSpec>>;
  /** Options with a value (`--source-lang LANG`, `--source-lang=LANG`, `-o OUT`). */
  readonly values: Readonly<Record<V, OptionSpec>>;
}

/** What a command line asks for; `usage-error` says why it is wrong, starting with the command. */
export type ParsedOptions<P extends string, F extends string, V extends string> =
  | {
      readonly kind: 'run';
      /** The positional arguments by name. */
      readonly args: Readonly<Record<P, string>>;
      /** Whether each flag was given. */
      readonly flags: Readonly<Record<F, boolean>>;
      /** The valued options that were given. */
      readonly values: Readonly<Partial<Record<V, string>>>;
    }
  | { readonly kind: 'help' }
  | { readonly kind: 'usage-error'; readonly message: string };

/** `spec` as written, with its names as literal types (so results are typed by them). */
export function defineCommand<const P extends string, F extends string, V extends string>(
  spec: CommandSpec<P, F, V>,
): CommandSpec<P, F, V> {
  return spec;
}

/**
 * Parses `args` (what follows the subcommand) by `spec`. Unknown options and missing option values are
 * usage errors, then `--help` wins over anything else, then the positional arguments are counted.
 */
export function parseOptions<P extends string, F extends string, V extends string>(
  spec: CommandSpec<P, F, V>,
  args: readonly string[],
): ParsedOptions<P, F, V> {
  const usageError = (reason: string) =>
    ({ kind: 'usage-error', message: `${spec.command}: ${reason}` }) as const;
  let parsed;
  try {
    parsed = parseArgs({
      args: [...args],
      allowPositionals: true,
      strict: true,
      options: optionsConfig(spec),
    });
  } catch (error) {
    // parseArgs explains unknown options and missing option values itself.
    return usageError(error instanceof Error ? error.message : String(error));
  }
  const { values, positionals } = parsed;
  if (values.help === true) return { kind: 'help' };
  if (positionals.length < spec.positionals.length) return usageError(spec.missing);
  const extra = positionals.slice(spec.positionals.length);
  if (extra.length > 0) return usageError(`${spec.tooMany} (also given: ${extra.join(' ')})`);
  return {
    kind: 'run',
    // Every positional argument is there: counted above.
    args: byName(spec.positionals, (_, i) => positionals[i]) as Record<P, string>,
    flags: byName(keysOf(spec.flags), (name) => values[name] === true) as Record<F, boolean>,
    values: byName(keysOf(spec.values), (name) => {
      const value = values[name];
      return typeof value === 'string' ? value : undefined;
    }),
  };
}

/** A record of `value(name)` for each name, leaving out the names it has no value for. */
function byName<K extends string, T>(
  names: readonly K[],
  value: (name: K, index: number) => T | undefined,
): Partial<Record<K, T>> {
  const record: Partial<Record<K, T>> = {};
  names.forEach((name, index) => {
    const v = value(name, index);
    if (v !== undefined) record[name] = v;
  });
  return record;
}

function keysOf<K extends string>(record: Readonly<Record<K, unknown>>): K[] {
  return Object.keys(record) as K[];
}

/** `spec` in the words of node:util's parseArgs. */
function optionsConfig(
  spec: CommandSpec<string, string, string>,
): NonNullable<ParseArgsConfig['options']> {
  const option = (type: 'boolean' | 'string', { short }: OptionSpec) =>
    short === undefined ? { type } : { type, short };
  return {
    ...Object.fromEntries(
      Object.entries(spec.flags).map(([name, o]) => [name, option('boolean', o)]),
    ),
    ...Object.fromEntries(
      Object.entries(spec.values).map(([name, o]) => [name, option('string', o)]),
    ),
    help: { type: 'boolean', short: 'h' },
  };
}
