/**
 * The `verso` command's I/O in Node (issue 12, items 4 and 13): input is streamed with a byte count and
 * refused at the 50 MB limit — `/dev/zero`, a FIFO or standard input (`-`) never fill memory — and a
 * failed write to standard output (a full disk, `/dev/full`) ends the command with one line and exit 1.
 */
import { createReadStream } from 'node:fs';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import type { CliIo } from './io.ts';
import { systemErrorText } from './io.ts';
import { VersoInputError } from '../core/model/errors.ts';
import { MAX_FILE_BYTES } from '../core/model/limits.ts';

/**
 * All bytes of `chunks`, or a VersoInputError `errors.tooLarge` as soon as they pass `limit` (reading
 * stops there: the source is not drained).
 */
export async function readLimited(
  chunks: AsyncIterable<Uint8Array> | Iterable<Uint8Array>,
  name: string,
  limit = MAX_FILE_BYTES,
): Promise<Uint8Array> {
  const parts: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of chunks) {
    size += chunk.length;
    if (size > limit) {
      throw new VersoInputError(
        'errors.tooLarge',
        { file: name, size, limit },
        `${name} is larger than ${limit / (1024 * 1024)} MB (${size} bytes read so far); Verso opens files of up to ${limit / (1024 * 1024)} MB.`,
      );
    }
    parts.push(chunk);
  }
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const part of parts) {
    bytes.set(part, at);
    at += part.length;
  }
  return bytes;
}

/** Reads the file at `path`, or standard input for `-`, up to `limit` bytes (50 MiB by default). */
export async function readInputFile(path: string, limit = MAX_FILE_BYTES): Promise<Uint8Array> {
  const stream = path === '-' ? process.stdin : createReadStream(path);
  try {
    return await readLimited(stream, path === '-' ? 'standard input' : path, limit);
  } finally {
    if (path !== '-') stream.destroy();
  }
}

/**
 * Writes to standard output; a failure (EPIPE aside: `verso … | head` closing the pipe is no error)
 * ends the process with one line on stderr and exit 1.
 */
function watchStdout(): void {
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    process.stderr.write(`verso: cannot write to standard output: ${systemErrorText(error)}\n`);
    process.exit(1);
  });
}

/** The real world's I/O for `run`. */
export function nodeIo(): CliIo {
  watchStdout();
  return {
    stdout: (text) => void process.stdout.write(text),
    stderr: (text) => void process.stderr.write(text),
    readFile: readInputFile,
    writeFile: (path, text) => writeFile(path, text, 'utf8'),
    now: Date.now,
    stdoutBytes: (bytes) => void process.stdout.write(bytes),
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
