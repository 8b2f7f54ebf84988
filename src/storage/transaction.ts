/**
 * One place that runs an IndexedDB transaction the way every repository verb needs it: all-or-nothing,
 * no unhandled rejections, and quota failures turned into a message the user can act on.
 */
import type { IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import { VersoInputError } from '../core/model/errors.ts';
import type { VersoDBSchema } from './schema.ts';

type Stores = StoreNames<VersoDBSchema>;

/** A transaction over `Names` in `Mode`, as `runTransaction` hands it to its work. */
export type VersoTransaction<
  Names extends readonly Stores[],
  Mode extends IDBTransactionMode,
> = IDBPTransaction<VersoDBSchema, Names, Mode>;

/**
 * Runs `work` in one transaction and resolves once the transaction has committed. If `work` throws (or a
 * request fails) the transaction is aborted, so nothing it wrote is kept.
 *
 * `work` must only await IndexedDB requests of `tx` (an await on anything else lets the transaction
 * auto-commit half done), and must pass every write through `handled` and await it.
 */
export async function runTransaction<
  Names extends readonly Stores[],
  Mode extends IDBTransactionMode,
  T,
>(
  db: IDBPDatabase<VersoDBSchema>,
  storeNames: Names,
  mode: Mode,
  work: (tx: VersoTransaction<Names, Mode>) => Promise<T>,
): Promise<T> {
  const tx = db.transaction(storeNames, mode);
  const done = tx.done;
  try {
    const result = await work(tx);
    await done;
    return result;
  } catch (error) {
    // idb rejects `done` on abort; nobody else listens to it on this path.
    done.catch(() => undefined);
    abortQuietly(tx);
    throw toStorageError(error);
  }
}

/**
 * Marks a request as handled the moment it is issued. Issuing a later request can throw (DataCloneError
 * for a value IndexedDB cannot store) before the caller reaches its `await`; the requests issued before
 * it then reject with AbortError, which would otherwise surface as an unhandled rejection. Awaiting the
 * returned promise still sees the rejection.
 */
export function handled<T>(request: Promise<T>): Promise<T> {
  request.catch(() => undefined);
  return request;
}

function abortQuietly(tx: { abort(): void }): void {
  try {
    tx.abort();
  } catch {
    // Already aborted by the failed request, or already finished: either way nothing more to undo.
  }
}

/**
 * Maps a quota failure to a `VersoInputError` the UI can explain; any other error is returned as is.
 * Chromium reports it as a `DOMException` (or its `QuotaExceededError` subclass) named
 * `QuotaExceededError`, on the failed request or as the transaction's error.
 */
export function toStorageError(error: unknown): unknown {
  if (error instanceof Error || error instanceof DOMException) {
    if (isQuotaError(error)) {
      return new VersoInputError(
        'errors.quota',
        {},
        'Storage is full: the browser refused to store more data for Verso.',
      );
    }
  }
  return error;
}

/**
 * A quota failure as the browsers report it: `QuotaExceededError`, or Chromium's `UnknownError` whose
 * message speaks of the quota or the disk when its backend cannot write (issue 12 item 10).
 */
export function isQuotaError(error: Error | DOMException): boolean {
  if (error.name === 'QuotaExceededError') return true;
  return error.name === 'UnknownError' && /quota|disk|space|full/i.test(error.message);
}
