/**
 * Opening and deleting the Verso database, with the multi-tab cases handled: another tab wanting a newer
 * version (`blocking`), this tab's upgrade waiting for an old tab (`blocked`), and the browser closing the
 * connection (`terminated`, e.g. the user cleared site data).
 */
// @ts-nocheck

import { deleteDB, openDB } from 'idb';
import type { IDBPDatabase } from 'idb';
import { migrate } from './migrations.ts';
import { DB_VERSION } from './schema.ts';
import type { VersoDBSchema } from './schema.ts';

/** Why the connection can no longer be used. */
export type ConnectionLoss = 'versionchange' | 'terminated';

/** Callbacks of `openVersoDb`. */
export interface OpenVersoDbCallbacks {
  /** The connection is closed (by us for a newer version elsewhere, or by the browser). Called once. */
  readonly onLost: (reason: ConnectionLoss) => void;
  /** Our upgrade waits until other tabs close their older connection. */
  readonly onBlocked?: () => void;
}

/** Opens (creating or migrating as needed) the database `name` at `DB_VERSION`. */
export async function openVersoDb(
  name: string,
  { onLost, onBlocked }: OpenVersoDbCallbacks,
): Promise<IDBPDatabase<VersoDBSchema>> {
  let lost = false;
  const lose = (reason: ConnectionLoss): void => {
    if (lost) return;
    lost = true;
    onLost(reason);
  };
  const db: IDBPDatabase<VersoDBSchema> = await openDB<VersoDBSchema>(name, DB_VERSION, {
    upgrade(database, oldVersion, _newVersion, transaction) {
      migrate(database, oldVersion, transaction);
    },
    blocked() {
      if (onBlocked) onBlocked();
      else console.warn(`Verso: database "${name}" upgrade waits for another tab to close it.`);
    },
    blocking() {
      // Closing at once lets the other tab's upgrade proceed instead of hanging on `blocked`.
      db.close();
      lose('versionchange');
    },
    terminated() {
      lose('terminated');
    },
  });
  return db;
}

/** Deletes the database `name` (tests; a future "reset all data"). Open connections must be closed. */
export async function deleteVersoDb(name: string): Promise<void> {
  await deleteDB(name);
}
