// @ts-nocheck
import { describe, expect, it } from 'vitest';
import { keptWorker, runWorkerJob } from '../../../src/state/worker-job.ts';

/** A stand-in for a module worker: answers each request with its setup count and the request. */
class FakeWorker extends EventTarget {
  static spawned: FakeWorker[] = [];
  terminated = false;
  /** What this worker built once (like the QA worker's speller). */
  readonly setups = 1;
  handled = 0;
  constructor(private readonly reply: (request: unknown, w: FakeWorker) => unknown) {
    super();
    FakeWorker.spawned.push(this);
  }
  postMessage(request: unknown): void {
    setTimeout(() => {
      if (this.terminated) return;
      this.handled += 1;
      this.dispatchEvent(new MessageEvent('message', { data: this.reply(request, this) }));
    }, 5);
  }
  terminate(): void {
    this.terminated = true;
  }
}

const echo = (request: unknown, w: FakeWorker) =>
  request === 'bad'
    ? { type: 'error', error: { code: 'errors.x', params: {}, message: 'bad input' } }
    : { type: 'done', result: `${String(request)} #${w.handled}` };
const spawn = () => new FakeWorker(echo) as unknown as Worker;

describe('runWorkerJob', () => {
  it('uses a fresh worker per request and terminates it after the answer', async () => {
    FakeWorker.spawned = [];
    expect(await runWorkerJob<string>(spawn, 'a').promise).toBe('a #1');
    expect(await runWorkerJob<string>(spawn, 'b').promise).toBe('b #1');
    expect(FakeWorker.spawned).toHaveLength(2);
    expect(FakeWorker.spawned.every((w) => w.terminated)).toBe(true);
  });
});

describe('keptWorker', () => {
  it('answers every request from the same worker while they succeed', async () => {
    FakeWorker.spawned = [];
    const run = keptWorker<string>(spawn);
    expect(await run('a').promise).toBe('a #1');
    expect(await run('b').promise).toBe('b #2');
    expect(FakeWorker.spawned).toHaveLength(1);
    expect(FakeWorker.spawned[0]?.terminated).toBe(false);
  });

  it('a new request cancels the running one, which is rejected; the next worker is fresh', async () => {
    FakeWorker.spawned = [];
    const run = keptWorker<string>(spawn);
    const first = run('a');
    const second = run('b');
    await expect(first.promise).rejects.toThrow();
    expect(await second.promise).toBe('b #1');
    expect(FakeWorker.spawned).toHaveLength(2);
    expect(FakeWorker.spawned[0]?.terminated).toBe(true);
  });

  it('an error answer rejects with its message and the worker is replaced', async () => {
    FakeWorker.spawned = [];
    const run = keptWorker<string>(spawn);
    await expect(run('bad').promise).rejects.toThrow('bad input');
    expect(await run('c').promise).toBe('c #1');
    expect(FakeWorker.spawned).toHaveLength(2);
  });

  it('cancel after the answer changes nothing', async () => {
    FakeWorker.spawned = [];
    const run = keptWorker<string>(spawn);
    const job = run('a');
    expect(await job.promise).toBe('a #1');
    job.cancel();
    expect(FakeWorker.spawned[0]?.terminated).toBe(false);
    expect(await run('b').promise).toBe('b #2');
  });
});
