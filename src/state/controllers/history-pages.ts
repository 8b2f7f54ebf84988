import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { HistoryPage, RevisionView } from '../views/history-view.ts';

/** Reads one page of a segment's History (the store's `historyPage`). */
export type HistoryPageSource = (
  segmentId: string,
  query: { before?: number; shown: number },
) => Promise<HistoryPage | null>;

/**
 * The pages of History one list has loaded (issue 12 item 3): the newest page when a segment is
 * shown, older ones on request, so a segment with 10,000 revisions costs one page, not 10,000 diffs.
 * A reply for a segment no longer shown (or from before a reload) is dropped.
 */
export class HistoryPages implements ReactiveController {
  /** The revisions loaded so far, newest first. */
  views: readonly RevisionView[] = [];
  /** Revisions the segment has in all. */
  total = 0;
  /** A page is being read. */
  loading = false;
  #next: number | null = null;
  #segmentId = '';
  #generation = 0;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly source: () => HistoryPageSource | undefined,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** Older revisions remain to be loaded. */
  get hasOlder(): boolean {
    return this.#next !== null;
  }

  /** Shows `segmentId` from its newest revision (again after a restore). */
  async reload(segmentId: string): Promise<void> {
    this.#segmentId = segmentId;
    this.#generation += 1;
    this.views = [];
    this.total = 0;
    this.#next = null;
    await this.#load(undefined);
  }

  /** Appends the next older page, if any (and none is loading). */
  async loadOlder(): Promise<void> {
    if (this.#next === null || this.loading) return;
    await this.#load(this.#next);
  }

  async #load(before: number | undefined): Promise<void> {
    const read = this.source();
    if (!read || !this.#segmentId) return;
    const generation = this.#generation;
    this.loading = true;
    this.host.requestUpdate();
    try {
      const query = before === undefined ? { shown: 0 } : { before, shown: this.views.length };
      const page = await read(this.#segmentId, query);
      if (generation !== this.#generation) return;
      this.views = page ? [...this.views, ...page.views] : [];
      this.total = page?.total ?? 0;
      this.#next = page?.next ?? null;
    } finally {
      if (generation === this.#generation) this.loading = false;
      this.host.requestUpdate();
    }
  }
}
