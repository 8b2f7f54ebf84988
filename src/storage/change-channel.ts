/**
 * Tells the other tabs of this browser what a repository stored (issue 6): a BroadcastChannel per
 * database, so two tabs on one project see each other's edits. Only same-origin pages can post on it;
 * messages are still checked for shape before anyone acts on them.
 */
import type { ExternalChange } from '../core/project/repository.ts';

/** True when `data` has the shape of an `ExternalChange`. */
export function isExternalChange(data: unknown): data is ExternalChange {
  if (typeof data !== 'object' || data === null) return false;
  const change = data as Record<string, unknown>;
  if (typeof change['projectId'] !== 'string') return false;
  switch (change['kind']) {
    case 'segments':
      return (
        Array.isArray(change['segments']) &&
        change['segments'].every(
          (s: unknown) =>
            typeof s === 'object' &&
            s !== null &&
            typeof (s as Record<string, unknown>)['segmentId'] === 'string' &&
            typeof (s as Record<string, unknown>)['text'] === 'string' &&
            typeof (s as Record<string, unknown>)['status'] === 'string',
        )
      );
    case 'comment':
      return typeof change['segmentId'] === 'string' && typeof change['comment'] === 'object';
    case 'project':
      return ['meta', 'structure', 'deleted'].includes(String(change['what']));
    default:
      return false;
  }
}

/**
 * A BroadcastChannel carrying messages of one shape between the tabs of this browser; what arrives is
 * checked with `accepts` before any listener sees it. Without BroadcastChannel it does nothing.
 */
export class TabChannel<T> {
  readonly #channel: BroadcastChannel | null;

  constructor(
    name: string,
    private readonly accepts: (data: unknown) => data is T,
  ) {
    this.#channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel(name) : null;
  }

  /** Sends `message` to every other channel of this name (not to this one). */
  post(message: T): void {
    try {
      this.#channel?.postMessage(message);
    } catch {
      // A closed channel (page going away): the other tabs read storage when they next open it.
    }
  }

  /** Calls `listener` with each well-formed message another channel posts. */
  listen(listener: (message: T) => void): void {
    this.#channel?.addEventListener('message', (event: MessageEvent<unknown>) => {
      if (this.accepts(event.data)) listener(event.data);
    });
  }

  close(): void {
    this.#channel?.close();
  }
}

/** The project channel of one database (other tabs reload a project when they next open it). */
export class ChangeChannel extends TabChannel<ExternalChange> {
  constructor(dbName: string) {
    super(`verso-changes:${dbName}`, isExternalChange);
  }
}
