import { readFileSync } from 'node:fs';
import { nodeIo } from '../../src/cli/node-io.ts';
import { run, type CliIo } from '../../src/cli/run.ts';

/** What a run of `verso` did: its exit status, what it printed and the files it wrote (path → text). */
export interface VersoRun {
  readonly status: number;
  readonly stdout: string;
  readonly stderr: string;
  readonly written: ReadonlyMap<string, string>;
}

/** The world a test runs `verso` in. */
export interface FakeWorld {
  /** Files that exist only in memory; any other path is read from disk (read only). */
  readonly files?: Readonly<Record<string, Uint8Array>>;
  /** What `io.now()` answers. */
  readonly now?: number;
}

/**
 * Runs `verso` with `argv` (what follows `verso`) without a process: stdout and stderr are captured,
 * `-o` files are kept in memory, and input is read from `world.files` or else from disk, where a
 * missing file rejects as fs/promises does.
 */
export async function runVerso(argv: readonly string[], world: FakeWorld = {}): Promise<VersoRun> {
  let stdout = '';
  let stderr = '';
  const written = new Map<string, string>();
  const io: CliIo = {
    stdout: (text) => void (stdout += text),
    stderr: (text) => void (stderr += text),
    // A then-callback turns readFileSync's throw into a rejection.
    readFile: (path) =>
      Promise.resolve().then(() => world.files?.[path] ?? new Uint8Array(readFileSync(path))),
    writeFile: (path, text) => Promise.resolve(void written.set(path, text)),
    now: () => world.now ?? 0,
  };
  const status = await run(argv, io);
  return { status, stdout, stderr, written };
}

/**
 * Runs `verso` with `argv` on the real file system (the command's own node-io.ts: atomic
 * replacement, folders created), capturing only stdout and stderr; `now` fixes the clock.
 */
export async function runVersoOnDisk(
  argv: readonly string[],
  now = 1_800_000_000_000,
): Promise<Omit<VersoRun, 'written'>> {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    ...nodeIo(),
    stdout: (text) => void (stdout += text),
    stderr: (text) => void (stderr += text),
    now: () => now,
  };
  const status = await run(argv, io);
  return { status, stdout, stderr };
}
