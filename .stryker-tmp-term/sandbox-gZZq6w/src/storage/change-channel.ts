/**
 * Tells the other tabs of this browser what a repository stored (issue 6): a BroadcastChannel per
 * database, so two tabs on one project see each other's edits. Only same-origin pages can post on it;
 * messages are still checked for shape before anyone acts on them.
 */
// @ts-nocheck

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

/** The channel of one database. Without BroadcastChannel (old browsers) it does nothing. */
export class ChangeChannel {
  readonly #channel: BroadcastChannel | null;

  constructor(dbName: string) {
    this.#channel =
      typeof BroadcastChannel === 'function'
        ? new BroadcastChannel(`verso-changes:${dbName}`)
        : null;
  }

  /** Sends `change` to every other channel on this database (not to this one). */
  post(change: ExternalChange): void {
    try {
      this.#channel?.postMessage(change);
    } catch {
      // A closed channel (page going away): the other tabs reload the project when they next open it.
    }
  }

  /** Calls `listener` with each well-formed change another channel posts. */
  listen(listener: (change: ExternalChange) => void): void {
    this.#channel?.addEventListener('message', (event: MessageEvent<unknown>) => {
      if (isExternalChange(event.data)) listener(event.data);
    });
  }

  close(): void {
    this.#channel?.close();
  }
}
