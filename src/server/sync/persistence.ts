/**
 * Persistence of shared documents (issue 14) as a Hocuspocus extension, on the append-only storage
 * (../storage). Unlike Hocuspocus's database extension, which rewrites the whole document on each save
 * and stores only changes from its own clients:
 * - every change is appended as one small row, batched over `flushDelayMs`;
 * - changes relayed from other servers through Redis are stored too, so a server killed before its own
 *   save cannot take its clients' last edits with it while a peer holds them (the prototype lost them);
 * - rows are folded into the snapshot by compaction, in a worker thread, every `compactAfter` rows and
 *   when the document is unloaded.
 */
import type {
  beforeUnloadDocumentPayload,
  Extension,
  onChangePayload,
  onDisconnectPayload,
  onLoadDocumentPayload,
  onStoreDocumentPayload,
} from '@hocuspocus/server';
import * as Y from 'yjs';
import { projectOfDocument } from '../../core/sync/protocol.ts';
import { compactDocument, storedParts, type MergeUpdates } from '../storage/documents.ts';
import type { SyncStorage } from '../storage/types.ts';
import { SyncRefusal } from './refusal.ts';

/** Settings of the persistence extension. */
export interface PersistenceOptions {
  readonly storage: SyncStorage;
  readonly merge: MergeUpdates;
  /** How long changes are gathered before one row is appended (ms). */
  readonly flushDelayMs: number;
  /** Rows appended by this server to one document before it compacts it. */
  readonly compactAfter: number;
  /**
   * How long a document stays loaded after its last client left (ms), so a reviewer who reloads the
   * page joins in milliseconds instead of waiting for the document to be read and applied again
   * (≈ 0.7 s for 20,000 segments).
   */
  readonly keepLoadedMs: number;
  /** Reports a failure (database down…); the changes stay queued and are retried. */
  readonly log: (message: string) => void;
}

/** Origin of the transaction that applies stored state on load (not a change to store again). */
const LOAD_ORIGIN = { source: 'local', skipStoreHooks: true } as const;

/** Thrown to keep a document loaded a while (keepLoadedMs); no message, so Hocuspocus logs nothing. */
class KeptLoaded extends Error {
  constructor() {
    super('');
  }
}

/** Longest wait between two tries of a failed append. */
const MAX_RETRY_MS = 5_000;

interface Queue {
  updates: Uint8Array[];
  timer?: NodeJS.Timeout;
  /** The append in progress, if any. */
  flushing?: Promise<void>;
  failures: number;
  /** Rows this server appended since the document was loaded or compacted, and their bytes. */
  appendedSinceCompaction: number;
  appendedBytes: number;
  /** Size of the document's snapshot when loaded or last compacted here. */
  snapshotBytes: number;
  compacting?: Promise<void>;
  /** Set when the project was un-shared: nothing more is stored for it. */
  gone: boolean;
  /** Set when an unload waited for a failed append: unloads once the append succeeds. */
  retryUnload?: () => void;
}

/** The extension. One per server process. */
export class Persistence implements Extension {
  readonly extensionName = 'VersoPersistence';
  /** After Redis (1000), which relays the change; before the default extensions. */
  readonly priority = 500;
  private readonly queues = new Map<string, Queue>();
  private readonly compactions = new Set<Promise<void>>();
  /** When the last client of each document left. */
  private readonly leftAt = new Map<string, number>();
  private readonly unloadTimers = new Set<NodeJS.Timeout>();

  constructor(private readonly options: PersistenceOptions) {}

  private queue(document: string): Queue {
    let q = this.queues.get(document);
    if (q === undefined) {
      q = {
        updates: [],
        failures: 0,
        appendedSinceCompaction: 0,
        appendedBytes: 0,
        snapshotBytes: 0,
        gone: false,
      };
      this.queues.set(document, q);
    }
    return q;
  }

  /** Applies the stored snapshot and updates; refuses a document whose project does not exist. */
  async onLoadDocument({ documentName, document }: onLoadDocumentPayload): Promise<void> {
    const stored = await this.options.storage.readDocument(
      projectOfDocument(documentName),
      documentName,
    );
    if (stored === undefined) throw new SyncRefusal('project-not-found');
    const q = this.queue(documentName);
    q.gone = false;
    document.transact(() => {
      for (const part of storedParts(stored)) Y.applyUpdate(document, part);
    }, LOAD_ORIGIN);
    q.snapshotBytes = stored.snapshot?.data.length ?? 0;
    q.appendedSinceCompaction = stored.updates.length;
    q.appendedBytes = stored.updates.reduce((sum, u) => sum + u.data.length, 0);
    if (this.worthCompacting(q)) this.compactLater(documentName);
  }

  /** Queues every change to the document, whatever its origin (own client, Redis, server). */
  onChange({ documentName, update }: onChangePayload): Promise<void> {
    const q = this.queue(documentName);
    if (q.gone) return Promise.resolve();
    q.updates.push(update);
    q.timer ??= setTimeout(() => void this.flush(documentName), this.options.flushDelayMs);
    return Promise.resolve();
  }

  /** Remembers when a document's last client left (see keepLoadedMs). */
  onDisconnect({ documentName, clientsCount }: onDisconnectPayload): Promise<void> {
    if (clientsCount === 0) this.leftAt.set(documentName, Date.now());
    return Promise.resolve();
  }

  /** Hocuspocus's debounced save: only makes sure the queue is written. */
  async onStoreDocument({ documentName }: onStoreDocumentPayload): Promise<void> {
    await this.flush(documentName);
  }

  /**
   * Before a document leaves memory: write its queue (throwing, which keeps it in memory, if that
   * fails), then compact it in the background.
   */
  async beforeUnloadDocument({
    documentName,
    document,
    instance,
  }: beforeUnloadDocumentPayload): Promise<void> {
    await this.flush(documentName);
    const q = this.queues.get(documentName);
    if (q !== undefined && q.updates.length > 0) {
      q.retryUnload = () => void instance.unloadDocument(document);
      throw new Error(`changes of ${documentName} not stored yet; kept in memory`);
    }
    const wait = (this.leftAt.get(documentName) ?? 0) + this.options.keepLoadedMs - Date.now();
    if (wait > 0 && q?.gone !== true) {
      // Hocuspocus keeps a document whose unload hook throws; try again once the time is up.
      const timer = setTimeout(() => {
        this.unloadTimers.delete(timer);
        void instance.unloadDocument(document);
      }, wait);
      timer.unref();
      this.unloadTimers.add(timer);
      throw new KeptLoaded();
    }
    if (q !== undefined && !q.gone && this.worthCompacting(q)) {
      this.compactLater(documentName);
    }
    this.queues.delete(documentName);
    this.leftAt.delete(documentName);
  }

  /** Writes every queue before the server stops. */
  async onDestroy(): Promise<void> {
    for (const timer of this.unloadTimers) clearTimeout(timer);
    this.unloadTimers.clear();
    await this.flushAll();
    await Promise.allSettled([...this.compactions]);
  }

  /** Writes every queue now. */
  async flushAll(): Promise<void> {
    await Promise.all([...this.queues.keys()].map((name) => this.flush(name)));
  }

  /**
   * Stops storing changes of a project's documents and drops what is queued (it was un-shared: its
   * rows are deleted, and an append now would fail anyway).
   */
  forgetProject(belongs: (document: string) => boolean): void {
    for (const [name, q] of this.queues) {
      if (!belongs(name)) continue;
      q.gone = true;
      q.updates = [];
      clearTimeout(q.timer);
      q.timer = undefined;
    }
  }

  /** Appends the queued changes of one document as one row; retries with backoff on failure. */
  async flush(documentName: string): Promise<void> {
    const q = this.queues.get(documentName);
    if (q === undefined) return;
    while (q.flushing !== undefined) await q.flushing;
    clearTimeout(q.timer);
    q.timer = undefined;
    if (q.updates.length === 0 || q.gone) return;
    const batch = q.updates;
    q.updates = [];
    q.flushing = this.append(documentName, q, batch).finally(() => {
      q.flushing = undefined;
    });
    await q.flushing;
  }

  private async append(documentName: string, q: Queue, batch: Uint8Array[]): Promise<void> {
    const data = batch.length === 1 ? (batch[0] as Uint8Array) : Y.mergeUpdates(batch);
    try {
      const stored = await this.options.storage.appendUpdate(
        projectOfDocument(documentName),
        documentName,
        data,
        Date.now(),
      );
      q.failures = 0;
      if (q.updates.length === 0 && q.retryUnload !== undefined) {
        const unload = q.retryUnload;
        q.retryUnload = undefined;
        setImmediate(unload);
      }
      if (!stored) {
        this.forgetProject((name) => name === documentName);
        return;
      }
      q.appendedSinceCompaction += 1;
      q.appendedBytes += data.length;
      if (this.worthCompacting(q)) this.compactLater(documentName);
    } catch (error) {
      // Keep the changes, in order, and try again later: the database may be restarting.
      q.updates = [data, ...q.updates];
      q.failures += 1;
      const wait = Math.min(MAX_RETRY_MS, 100 * 2 ** q.failures);
      this.options.log(
        `could not store changes of ${documentName} (${(error as Error).message}); retrying in ${wait} ms`,
      );
      q.timer ??= setTimeout(() => void this.flush(documentName), wait);
    }
  }

  /**
   * Whether to compact now: after `compactAfter` rows once they hold a quarter of the snapshot's size
   * (a 20,000-segment snapshot is ≈ 8 MB: rewriting it every 500 edits of ≈ 100 bytes would write
   * 80 times more than the edits), or after 20 times `compactAfter` rows whatever their size, so a
   * load never reads an endless list of rows.
   */
  private worthCompacting(q: Queue): boolean {
    const rows = q.appendedSinceCompaction;
    if (q.gone || rows < this.options.compactAfter) return false;
    return q.appendedBytes * 4 >= q.snapshotBytes || rows >= 20 * this.options.compactAfter;
  }

  /** Compacts a document in the background, once at a time per document. */
  private compactLater(documentName: string): void {
    const q = this.queue(documentName);
    if (q.compacting !== undefined) return;
    q.appendedSinceCompaction = 0;
    q.appendedBytes = 0;
    const run = compactDocument(
      this.options.storage,
      projectOfDocument(documentName),
      documentName,
      this.options.merge,
    )
      .then((result) => {
        if (result.kind === 'compacted') q.snapshotBytes = result.bytes;
      })
      .catch((error: unknown) => {
        this.options.log(`compaction of ${documentName} failed: ${(error as Error).message}`);
      })
      .finally(() => {
        q.compacting = undefined;
        this.compactions.delete(run);
      });
    q.compacting = run;
    this.compactions.add(run);
  }
}
