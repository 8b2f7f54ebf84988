/**
 * `verso tm import|lookup|concordance|export … --memory DIR` (issue 16, deliverable 6): the
 * translation memory of the app, in a folder (cli/tm-store.ts), from the command line.
 */
import { basename } from 'node:path';
import { importTmxMemory, MAX_TMX_MEMORY_BYTES } from '../core/tm/tmx-read.ts';
import { memoryToTmx } from '../core/tm/tmx-write.ts';
import { TranslationMemory } from '../core/tm/memory.ts';
import { newMemory } from '../core/tm/units.ts';
import { VersoInputError } from '../core/model/errors.ts';
import {
  EXIT_BAD_INPUT,
  answerWithoutWork,
  readInput,
  showHelp,
  usageFailure,
  writeOutput,
  type CliIo,
} from './io.ts';
import { defineCommand, parseOptions } from './options.ts';
import { runTmConcordance, runTmLookup } from './tm-lookup.ts';
import { loadMemory, noMemory, saveMemory } from './tm-store.ts';
import { TM_EXPORT_HELP, TM_HELP, TM_IMPORT_HELP, TM_USAGE } from './tm-usage.ts';

/** Runs `verso tm` with the arguments after `tm`; resolves to the exit status. */
export async function runTm(args: readonly string[], io: CliIo): Promise<number> {
  const [name, ...rest] = args;
  switch (name) {
    case 'import':
      return runTmImport(rest, io);
    case 'lookup':
      return runTmLookup(rest, io);
    case 'concordance':
      return runTmConcordance(rest, io);
    case 'export':
      return runTmExport(rest, io);
    case '-h':
    case '--help':
    case 'help':
      return showHelp(TM_HELP, io);
    case undefined:
      return usageFailure(
        'tm: missing subcommand (import, lookup, concordance, export)',
        TM_USAGE,
        io,
      );
    default:
      return usageFailure(`tm: unknown subcommand '${name}'`, TM_USAGE, io);
  }
}

const IMPORT_OPTIONS = defineCommand({
  command: 'tm import',
  positionals: ['file'],
  missing: 'needs the TMX FILE to import',
  tooMany: 'one FILE at a time',
  flags: {},
  values: { memory: {}, 'source-lang': {}, 'target-lang': {}, name: {}, project: {} },
});

/** `verso tm import FILE.tmx --memory DIR`. */
async function runTmImport(args: readonly string[], io: CliIo): Promise<number> {
  const parsed = parseOptions(IMPORT_OPTIONS, args);
  if (parsed.kind !== 'run') return answerWithoutWork(parsed, TM_IMPORT_HELP, TM_USAGE, io);
  const dir = parsed.values.memory;
  if (dir === undefined) return usageFailure('tm import: missing --memory DIR', TM_USAGE, io);
  const { file } = parsed.args;
  const loaded = await loadMemory(dir, io);
  if (!loaded.ok) return loaded.status;
  const sourceLang = parsed.values['source-lang'];
  const targetLang = parsed.values['target-lang'];
  const projectName = parsed.values.project;
  const imported = await readInput(
    file,
    io,
    (bytes) =>
      importTmxMemory(bytes, file, {
        now: io.now(),
        ...(sourceLang === undefined ? {} : { sourceLang }),
        ...(targetLang === undefined ? {} : { targetLang }),
        ...(projectName === undefined ? {} : { projectName }),
      }),
    MAX_TMX_MEMORY_BYTES,
  );
  if (!imported.ok) return imported.status;
  const { units, skipped } = imported.value;
  const memory =
    loaded.memory ??
    new TranslationMemory(
      newMemory({
        sourceLang: imported.value.sourceLang,
        targetLang: imported.value.targetLang,
        scope: 'shared',
        createdAt: io.now(),
        name: parsed.values.name ?? basename(dir),
      }),
    );
  let result;
  try {
    result = memory.add(units);
  } catch (error) {
    if (!(error instanceof VersoInputError)) throw error;
    io.stderr(
      `verso: ${file}: ${error.message} Choose the pair with --source-lang and --target-lang.\n`,
    );
    return EXIT_BAD_INPUT;
  }
  await saveMemory(dir, memory, io);
  const { sourceLang: from, targetLang: to } = memory.info;
  const left =
    skipped === 0
      ? ''
      : ` (${skipped} without ${imported.value.sourceLang} and ${imported.value.targetLang} left out)`;
  io.stdout(
    `${file}: ${units.length} units read${left}; ${result.added.length} added, ${result.updated.length} merged with units already there.\n` +
      `${dir}: ${memory.size} units (${from} → ${to}).\n`,
  );
  return 0;
}

const EXPORT_OPTIONS = defineCommand({
  command: 'tm export',
  positionals: [],
  missing: '',
  tooMany: 'takes no FILE (the memory is --memory DIR; write with -o OUT)',
  flags: {},
  values: { memory: {}, output: { short: 'o' } },
});

/** `verso tm export --memory DIR [-o OUT]`. */
async function runTmExport(args: readonly string[], io: CliIo): Promise<number> {
  const parsed = parseOptions(EXPORT_OPTIONS, args);
  if (parsed.kind !== 'run') return answerWithoutWork(parsed, TM_EXPORT_HELP, TM_USAGE, io);
  const dir = parsed.values.memory;
  if (dir === undefined) return usageFailure('tm export: missing --memory DIR', TM_USAGE, io);
  const loaded = await loadMemory(dir, io);
  if (!loaded.ok) return loaded.status;
  if (!loaded.memory) return noMemory(dir, io);
  const { memory } = loaded;
  return writeOutput(memoryToTmx(memory.info, memory.units(), io.now()), parsed.values.output, io);
}
