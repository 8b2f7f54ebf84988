/**
 * What QaBinding and LqaBinding share: a value of the open project (its QA settings, its quality
 * assessment) kept in step with a Y.Map of its shared Y.Doc item by item. A change made here writes
 * only the entries that changed, with a LOCAL origin; another reviewer's change arrives through the
 * map's observer and is handed to `apply` (which shows and stores it). On (re)connecting, what changed
 * here since the last sync is sent, then the rest is taken from the document; a document shared
 * before the map existed is seeded by the first editor to connect. A viewer writes nothing.
 *
 * Own changes the server has not acknowledged are kept in a {@link PendingEntries} store (localStorage
 * in the app), so a change made offline survives a reload: on reconnecting, the reloaded binding sends
 * them before taking the shared value, which would otherwise replace them. The server's acknowledgement
 * clears them.
 */
import type * as Y from 'yjs';
import { sameValue, type EntryChanges } from '../../core/sync/map-entries.ts';
import type { Session } from '../session/session.ts';

/** How one kind of value lives in its map (see core/sync/project-qa.ts, project-lqa.ts). */
export interface ItemMapSpec<T> {
  /** Name of the Y.Map, and its key marking a map that holds the value. */
  readonly map: string;
  readonly init: string;
  /** The value when the project has none. */
  readonly empty: T;
  entries(value: T): Map<string, unknown>;
  /** The value the entries hold (validated), items in `order` keeping their place there. */
  fromEntries(entries: ReadonlyMap<string, unknown>, order: T): T;
  changes(from: T, to: T): EntryChanges;
  same(a: T, b: T): boolean;
  /** The session's value (undefined: none yet). */
  read(): T | undefined;
  /** Shows and stores the shared value (another reviewer's change), not as an undo step. */
  apply(shared: T): void;
  /** What this device last shared, when not what it holds now (see LqaBinding's JoinedPort). */
  readonly synced?: T;
  /** Called once the device's value has been merged into a map that holds one. */
  joined?(): void;
}

/** Own changes not yet acknowledged by the server: each key's value, or `null` for a deleted key. */
export interface PendingEntries {
  load(): Map<string, unknown>;
  save(entries: ReadonlyMap<string, unknown>): void;
}

/** Pending entries kept in memory only (tests, or where no store is given). */
export const inMemoryPending = (): PendingEntries => {
  let kept = new Map<string, unknown>();
  return { load: () => new Map(kept), save: (entries) => (kept = new Map(entries)) };
};

export class ItemMapBinding<T> {
  readonly #map: Y.Map<unknown>;
  /** The value as last read from or written to the Y.Doc. */
  #synced: T;
  #last: T | undefined;
  #live = false;
  #applying = false;
  /** Another project opened shows its own value before this binding is closed: that is not ours. */
  readonly #projectId: string | undefined;
  /** Origin of this binding's writes (its observer skips them). */
  readonly #origin = Symbol('verso-item-map');
  readonly #pending: Map<string, unknown>;

  constructor(
    private readonly doc: Y.Doc,
    private readonly session: Session,
    private readonly spec: ItemMapSpec<T>,
    private readonly readOnly: boolean,
    private readonly store: PendingEntries = inMemoryPending(),
  ) {
    this.#pending = readOnly ? new Map<string, unknown>() : store.load();
    this.#map = doc.getMap<unknown>(spec.map);
    this.#projectId = session.state.project?.id;
    this.#last = spec.read();
    this.#synced = spec.synced ?? this.#last ?? spec.empty;
    session.addEventListener('change', this.#onChange);
    this.#map.observe(this.#onRemote);
  }

  /** Whether own changes wait for the server's acknowledgement. */
  get hasPending(): boolean {
    return this.#pending.size > 0;
  }

  /** Synced with the server: send what changed here meanwhile, then take the shared value. */
  online(): void {
    this.#live = true;
    if (!this.#ours()) return;
    const local = this.#local();
    if (!this.#map.has(this.spec.init)) {
      // A document shared before this map existed: this device's value becomes the shared one.
      if (!this.readOnly) this.#write(this.spec.empty, local, true);
    } else if (!this.readOnly) {
      // Changes made before a reload (kept pending), then those made since the last sync.
      this.#resend();
      if (!this.spec.same(this.#synced, local)) this.#write(this.#synced, local, false);
    }
    if (!this.readOnly && this.#map.has(this.spec.init)) this.spec.joined?.();
    this.#pull();
  }

  offline(): void {
    this.#live = false;
  }

  /** The server has every change sent so far: nothing of ours is pending any more. */
  acknowledged(): void {
    if (!this.#live || this.#pending.size === 0) return;
    this.#pending.clear();
    this.#save();
  }

  dispose(): void {
    this.session.removeEventListener('change', this.#onChange);
    this.#map.unobserve(this.#onRemote);
  }

  #local(): T {
    return this.spec.read() ?? this.spec.empty;
  }

  #ours(): boolean {
    return this.#projectId !== undefined && this.session.state.project?.id === this.#projectId;
  }

  readonly #onChange = (): void => {
    const value = this.spec.read();
    if (value === this.#last || !this.#ours()) return;
    const before = this.#last ?? this.spec.empty;
    this.#last = value;
    if (this.#applying || this.readOnly || value === undefined) return;
    this.#remember(before, value);
    if (this.#live) this.#write(before, value, false);
  };

  readonly #onRemote = (_e: Y.YMapEvent<unknown>, tr: Y.Transaction): void => {
    if (tr.origin === this.#origin || !this.#live) return;
    this.#pull();
  };

  /** Writes what changed from `from` to `to` into the map. */
  #write(from: T, to: T, init: boolean): void {
    const { set, remove } = init
      ? { set: [...this.spec.entries(to)], remove: [] }
      : this.spec.changes(from, to);
    if (set.length === 0 && remove.length === 0) return;
    this.doc.transact(() => {
      for (const [key, value] of set) this.#map.set(key, value);
      for (const key of remove) this.#map.delete(key);
    }, this.#origin);
    this.#synced = this.spec.fromEntries(this.#entries(), to);
  }

  /** Keeps what changed from `from` to `to` as pending, in the store. */
  #remember(from: T, to: T): void {
    const { set, remove } = this.spec.changes(from, to);
    if (set.length === 0 && remove.length === 0) return;
    for (const [key, value] of set) this.#pending.set(key, value);
    for (const key of remove) this.#pending.set(key, null);
    this.#save();
  }

  /** Writes the pending changes into the map (those it does not hold already). */
  #resend(): void {
    if (this.#pending.size === 0) return;
    this.doc.transact(() => {
      for (const [key, value] of this.#pending) {
        if (value === null) this.#map.delete(key);
        else if (!sameValue(this.#map.get(key), value)) this.#map.set(key, value);
      }
    }, this.#origin);
  }

  #save(): void {
    try {
      this.store.save(this.#pending);
    } catch {
      // Storage full or unavailable: the changes are still sent while this page stays open.
    }
  }

  /** Takes the shared value into the session (and storage) when it differs from this device's. */
  #pull(): void {
    if (!this.#map.has(this.spec.init) || !this.#ours()) return;
    const local = this.#local();
    const shared = this.spec.fromEntries(this.#entries(), local);
    this.#synced = shared;
    if (this.spec.same(shared, local)) return;
    this.#applying = true;
    try {
      this.spec.apply(shared);
    } finally {
      this.#last = this.spec.read();
      this.#applying = false;
    }
  }

  #entries(): Map<string, unknown> {
    return new Map(this.#map.entries());
  }
}
