/**
 * The memory folder of `verso tm … --memory DIR` (core/tm/memory-file.ts: manifest.json and
 * units.jsonl): read into a TranslationMemory, and written back whole, the units first and the
 * manifest last, each file replaced atomically.
 */
import { join } from 'node:path';
import { VersoInputError } from '../core/model/errors.ts';
import { TranslationMemory } from '../core/tm/memory.ts';
import { MAX_TMX_MEMORY_BYTES } from '../core/tm/tmx-read.ts';
import {
  MANIFEST_FILE,
  UNITS_FILE,
  manifestJson,
  parseManifest,
  parseUnitsJsonl,
  unitsJsonl,
} from '../core/tm/memory-file.ts';
import { EXIT_BAD_INPUT, type CliIo } from './io.ts';

/** A memory read from its folder, none there yet, or the exit status after saying why not. */
export type LoadedMemory =
  | { readonly ok: true; readonly memory: TranslationMemory | undefined }
  | { readonly ok: false; readonly status: typeof EXIT_BAD_INPUT };

/** Reads the memory in `dir`; `memory` is undefined when the folder has no manifest.json. */
export async function loadMemory(dir: string, io: CliIo): Promise<LoadedMemory> {
  const manifestPath = join(dir, MANIFEST_FILE);
  let manifestText: string;
  try {
    manifestText = new TextDecoder().decode(await io.readFile(manifestPath, MAX_TMX_MEMORY_BYTES));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { ok: true, memory: undefined };
    return failed(io, `cannot read ${manifestPath}: ${messageOf(error)}`);
  }
  try {
    const manifest = parseManifest(manifestText, manifestPath);
    if (!/^[\w.-]+$/.test(manifest.units) || manifest.units.startsWith('.')) {
      return failed(
        io,
        `${manifestPath}: "units" must name a file in the folder, not ${JSON.stringify(manifest.units)}`,
      );
    }
    const unitsPath = join(dir, manifest.units);
    let unitsText: string;
    try {
      unitsText = new TextDecoder().decode(await io.readFile(unitsPath, MAX_TMX_MEMORY_BYTES));
    } catch (error) {
      return failed(io, `cannot read ${unitsPath}: ${messageOf(error)}`);
    }
    const units = parseUnitsJsonl(unitsText, unitsPath);
    return { ok: true, memory: TranslationMemory.fromUnits(manifest.memory, units) };
  } catch (error) {
    if (!(error instanceof VersoInputError)) throw error;
    return failed(io, error.message);
  }
}

/** Writes `memory` to `dir` (created if needed): units.jsonl, then manifest.json, each atomically. */
export async function saveMemory(dir: string, memory: TranslationMemory, io: CliIo): Promise<void> {
  await io.makeDirectory?.(dir);
  const replace = io.replaceFile ?? io.writeFile;
  await replace(join(dir, UNITS_FILE), unitsJsonl(memory.units()));
  await replace(join(dir, MANIFEST_FILE), manifestJson(memory.info, memory.size, io.now()));
}

/** Says "no memory in DIR" (commands other than import need one); exit status 1. */
export function noMemory(dir: string, io: CliIo): typeof EXIT_BAD_INPUT {
  io.stderr(
    `verso: ${join(dir, MANIFEST_FILE)}: no translation memory here; create one with verso tm import FILE.tmx --memory ${dir}\n`,
  );
  return EXIT_BAD_INPUT;
}

function failed(io: CliIo, message: string): LoadedMemory {
  io.stderr(`verso: ${message}\n`);
  return { ok: false, status: EXIT_BAD_INPUT };
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
