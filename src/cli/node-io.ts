/** The `verso` command's I/O on a real machine: the process's streams and files (see CliIo). */
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import type { CliIo } from './io.ts';

/** I/O through `process` and node:fs. */
export function nodeIo(): CliIo {
  return {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    readFile: async (path) => new Uint8Array(await readFile(path)),
    writeFile: (path, text) => writeFile(path, text, 'utf8'),
    now: Date.now,
    stdoutBytes: (bytes) => process.stdout.write(bytes),
    writeBytes: (path, bytes) => writeFile(path, bytes),
    stdoutIsTerminal: process.stdout.isTTY === true,
    replaceFile,
    makeDirectory: async (path) => void (await mkdir(path, { recursive: true })),
  };
}

/**
 * Writes `text` to a temporary file beside `path`, then renames it over `path` (atomic on one file
 * system, POSIX rename(2)): a reader sees the old file or the new one, never half of one, even if
 * the command is killed midway.
 */
async function replaceFile(path: string, text: string): Promise<void> {
  const temporary = `${path}.${process.pid}.tmp`;
  try {
    await writeFile(temporary, text, 'utf8');
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}
