import { spawn, execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readInputFile, readLimited } from '../../../src/cli/node-io.ts';
import { VersoInputError } from '../../../src/core/model/errors.ts';

/** An endless source of 1 MiB chunks, counting how many were taken. */
function endless(): { chunks: Iterable<Uint8Array>; taken: () => number } {
  const chunk = new Uint8Array(1024 * 1024);
  let taken = 0;
  return {
    chunks: (function* () {
      for (;;) {
        taken += 1;
        yield chunk;
      }
    })(),
    taken: () => taken,
  };
}

describe('readLimited (issue 12, item 4)', () => {
  it('refuses an endless stream with errors.tooLarge once it passes the limit', async () => {
    const source = endless();
    const error = await readLimited(source.chunks, 'zeros').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(VersoInputError);
    expect((error as VersoInputError).code).toBe('errors.tooLarge');
    expect((error as VersoInputError).message).toMatch(/^zeros is larger than 50 MB/);
  });

  it('stops taking chunks right after the limit', async () => {
    const source = endless();
    await readLimited(source.chunks, 'zeros').catch(() => undefined);
    expect(source.taken()).toBe(51);
  });

  it('returns every byte of a stream within the limit', async () => {
    const parts = [new Uint8Array([1, 2]), new Uint8Array([3])];
    expect([...(await readLimited(parts, 'x'))]).toEqual([1, 2, 3]);
  });

  it('refuses an endless FIFO at the limit', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'verso-fifo-'));
    const fifo = join(dir, 'in.txt');
    execFileSync('mkfifo', [fifo]);
    const writer = spawn('sh', ['-c', `cat /dev/zero > '${fifo}'`], { stdio: 'ignore' });
    try {
      const error = await readInputFile(fifo).catch((e: unknown) => e);
      expect((error as VersoInputError).code).toBe('errors.tooLarge');
    } finally {
      writer.kill();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
