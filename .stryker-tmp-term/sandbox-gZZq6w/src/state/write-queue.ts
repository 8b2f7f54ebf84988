/**
 * Runs storage writes one after another, in the order they were asked for, so revisions are appended
 * in the order the user made the changes, and lets callers wait until everything asked is stored.
 */
// @ts-nocheck

export class WriteQueue {
  private tail: Promise<void> = Promise.resolve();
  private count = 0;

  /** Number of writes queued or running. */
  get size(): number {
    return this.count;
  }

  /** Queues a write; `task` must handle its own errors (a rejection here would stall nothing, though). */
  run(task: () => Promise<void>): void {
    this.count += 1;
    this.tail = this.tail
      .then(task)
      .catch(() => undefined)
      .finally(() => {
        this.count -= 1;
      });
  }

  /** Resolves once every write queued so far has finished. */
  idle(): Promise<void> {
    return this.tail;
  }
}
