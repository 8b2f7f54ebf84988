// @ts-nocheck
import type { StoredState } from '../core/project/conflict.ts';

/** The synchronous key-value store the journal lives in (`localStorage` in the app). */
export interface JournalStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
  readonly length: number;
  key(index: number): string | null;
}

/** Typing not yet confirmed stored: the segment's latest text and the stored state it started from. */
export interface JournalEntry {
  readonly projectId: string;
  readonly segmentId: string;
  readonly text: string;
  readonly base: StoredState;
}

/** What the store calls on the journal (tests pass a fake). */
export interface EditJournalPort {
  record(projectId: string, segmentId: string, text: string, base: StoredState): void;
  settle(projectId: string, segmentId: string, stored: StoredState): void;
}

/** localStorage keys of journals: one per tab (page load). */
export const JOURNAL_PREFIX = 'verso.journal.';

/** The journal of another (closed or crashed) tab. */
export interface OrphanJournal {
  readonly key: string;
  readonly tabId: string;
  readonly entries: readonly JournalEntry[];
}

/**
 * A synchronous journal of unsaved typing (issue 6). IndexedDB writes are asynchronous: a tab closed or
 * crashed between a keystroke and the autosave's commit would lose it, and `pagehide` cannot wait for a
 * transaction. localStorage is written before the keystroke's event returns, and survives both, so every
 * keystroke is recorded here first and removed once IndexedDB confirms the text; the next start replays
 * what a dead tab left (see recover-edits.ts).
 */
export class EditJournal implements EditJournalPort {
  readonly key: string;
  readonly #entries = new Map<string, JournalEntry>();

  constructor(
    private readonly storage: JournalStorage,
    readonly tabId: string = crypto.randomUUID(),
  ) {
    this.key = JOURNAL_PREFIX + tabId;
  }

  /** Records the latest unsaved text of a segment (the first record of a segment keeps its base). */
  record(projectId: string, segmentId: string, text: string, base: StoredState): void {
    const id = `${projectId}\n${segmentId}`;
    const known = this.#entries.get(id);
    this.#entries.set(id, { projectId, segmentId, text, base: known?.base ?? base });
    this.#write();
  }

  /**
   * IndexedDB stored `stored` for the segment: forget the entry, or, when typing went on meanwhile,
   * keep it with `stored` as its base — that is what storage holds now, so recovery after a crash
   * replays the later text over it instead of taking it for another tab's change.
   */
  settle(projectId: string, segmentId: string, stored: StoredState): void {
    const id = `${projectId}\n${segmentId}`;
    const entry = this.#entries.get(id);
    if (!entry) return;
    if (entry.text === stored.text) this.#entries.delete(id);
    else this.#entries.set(id, { ...entry, base: { text: stored.text, status: stored.status } });
    this.#write();
  }

  /** Unsaved entries of this tab. */
  get entries(): readonly JournalEntry[] {
    return [...this.#entries.values()];
  }

  #write(): void {
    try {
      if (this.#entries.size === 0) this.storage.removeItem(this.key);
      else this.storage.setItem(this.key, JSON.stringify([...this.#entries.values()]));
    } catch {
      // localStorage full or unavailable: IndexedDB autosave and the unload warning still apply.
    }
  }
}

/** Journals in `storage` other than `ownKey`'s, with their well-formed entries. */
export function otherJournals(storage: JournalStorage, ownKey: string): OrphanJournal[] {
  const out: OrphanJournal[] = [];
  for (let i = 0; i < storage.length; i += 1) {
    const key = storage.key(i);
    if (!key?.startsWith(JOURNAL_PREFIX) || key === ownKey) continue;
    out.push({
      key,
      tabId: key.slice(JOURNAL_PREFIX.length),
      entries: parseEntries(storage.getItem(key)),
    });
  }
  return out;
}

function parseEntries(json: string | null): JournalEntry[] {
  try {
    const data: unknown = JSON.parse(json ?? '[]');
    return Array.isArray(data) ? data.filter(isEntry) : [];
  } catch {
    return [];
  }
}

function isEntry(x: unknown): x is JournalEntry {
  if (typeof x !== 'object' || x === null) return false;
  const e = x as Record<string, unknown>;
  const base = e['base'] as Record<string, unknown> | null | undefined;
  return (
    typeof e['projectId'] === 'string' &&
    typeof e['segmentId'] === 'string' &&
    typeof e['text'] === 'string' &&
    typeof base === 'object' &&
    base !== null &&
    typeof base['text'] === 'string' &&
    typeof base['status'] === 'string'
  );
}

/** Which tabs are alive: each holds a lock for its lifetime (Web Locks), released when it goes away. */
export interface TabLocks {
  /** Holds this tab's lock until the page is gone. */
  hold(tabId: string): void;
  /**
   * Runs `work` holding `tabId`'s lock when no page holds it (the tab is gone), so one live tab at a
   * time handles what it left; resolves without running `work` while the tab or another handler holds it.
   */
  ifGone(tabId: string, work: () => Promise<void>): Promise<void>;
}

const lockName = (tabId: string) => `verso-tab:${tabId}`;

/**
 * Tab locks over the Web Locks API. Without it every other journal counts as left behind, which is
 * right for the usual single tab and at worst replays text another open tab is about to save itself.
 */
export const webTabLocks: TabLocks = {
  hold(tabId) {
    void navigator.locks?.request(lockName(tabId), () => new Promise<never>(() => undefined));
  },
  async ifGone(tabId, work) {
    if (!navigator.locks) return work();
    await navigator.locks.request(lockName(tabId), { ifAvailable: true }, (lock) =>
      lock ? work() : undefined,
    );
  },
};
