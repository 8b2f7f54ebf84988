/**
 * Plain IndexedDB, without idb or Verso's storage code, for tests that must look at or build a database
 * independently of the code under test (raw store checks, databases as an older version shipped them).
 */

/** A database name no other test uses. */
export function uniqueDbName(prefix = 'verso-test'): string {
  return `${prefix}-${crypto.randomUUID()}`;
}

/** Resolves with the request's result, rejects with its error. */
export function settle<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB request failed'));
  });
}

/** What happened while opening: the connection, and whether the open was ever reported blocked. */
export interface RawOpen {
  readonly db: IDBDatabase;
  readonly wasBlocked: boolean;
}

/** `indexedDB.open`; `upgrade` runs in the upgrade transaction if one happens. */
export function openRaw(
  name: string,
  version?: number,
  upgrade?: (db: IDBDatabase, tx: IDBTransaction, oldVersion: number) => void,
): Promise<RawOpen> {
  const request = version === undefined ? indexedDB.open(name) : indexedDB.open(name, version);
  let wasBlocked = false;
  request.onblocked = () => {
    wasBlocked = true;
  };
  request.onupgradeneeded = (event) => {
    if (upgrade && request.transaction)
      upgrade(request.result, request.transaction, event.oldVersion);
  };
  return settle(request).then((db) => ({ db, wasBlocked }));
}

/** Every record of `store` in key order (opens and closes its own connection). */
export async function readAll(name: string, store: string): Promise<unknown[]> {
  const { db } = await openRaw(name);
  try {
    return await settle<unknown[]>(db.transaction(store).objectStore(store).getAll());
  } finally {
    db.close();
  }
}

/** Stores, key paths and indexes of a database, comparable with `toEqual`. */
export function layoutOf(db: IDBDatabase): Record<string, unknown> {
  const names = [...db.objectStoreNames];
  if (names.length === 0) return {};
  const tx = db.transaction(names);
  return Object.fromEntries(
    names.map((storeName) => {
      const store = tx.objectStore(storeName);
      const indexes = Object.fromEntries(
        [...store.indexNames].map((indexName) => {
          const { keyPath, unique, multiEntry } = store.index(indexName);
          return [indexName, { keyPath, unique, multiEntry }];
        }),
      );
      return [storeName, { keyPath: store.keyPath, autoIncrement: store.autoIncrement, indexes }];
    }),
  );
}

/** Counts `get`/`getAll` requests on the chunks store while `run` runs. */
export async function chunkReadsDuring(run: () => Promise<unknown>): Promise<number> {
  const { get, getAll } = IDBObjectStore.prototype;
  let reads = 0;
  IDBObjectStore.prototype.get = function (this: IDBObjectStore, query: IDBValidKey | IDBKeyRange) {
    if (this.name === 'chunks') reads += 1;
    return get.call(this, query);
  };
  IDBObjectStore.prototype.getAll = function (
    this: IDBObjectStore,
    query?: IDBValidKey | IDBKeyRange | null,
    count?: number,
  ) {
    if (this.name === 'chunks') reads += 1;
    return getAll.call(this, query, count);
  };
  try {
    await run();
  } finally {
    Object.assign(IDBObjectStore.prototype, { get, getAll });
  }
  return reads;
}
