import type { ExpectedState, StaleSegment, StoredState } from '../../core/project/conflict.ts';

/**
 * What this tab knows is stored, so that none of its writes silently replaces what another tab stored
 * meanwhile (issue 6). Each write tells the repository what it expects to replace; the repository checks
 * inside its transaction and refuses a stale write (`StaleWriteError`).
 *
 * The expected state of a segment is taken when its write *runs* (writes run one after another), from
 * `confirmed`: the state this tab last read, wrote or accepted from another tab. A segment with unsaved
 * or queued text here ("dirty") never accepts another tab's text into `confirmed`: its next write then
 * meets the other tab's text and is refused (the store then keeps both texts, see `Store.keepBoth`).
 */
export class WriteGuard {
  /** Segment id → stored state as last confirmed (only segments this tab touched or heard of). */
  readonly #confirmed = new Map<string, StoredState>();
  /** Segment id → writes queued or running. */
  readonly #inflight = new Map<string, number>();

  /** Forgets everything (another project opened or reloaded). */
  reset(): void {
    this.#confirmed.clear();
    this.#inflight.clear();
  }

  /**
   * A write of `ids` is queued. `storedNow` gives a segment's state as stored before any of this tab's
   * unsaved changes (used for segments not confirmed yet).
   */
  queued(ids: Iterable<string>, storedNow: (id: string) => StoredState | undefined): void {
    for (const id of ids) {
      if (!this.#confirmed.has(id)) {
        const state = storedNow(id);
        if (state) this.#confirmed.set(id, { text: state.text, status: state.status });
      }
      this.#inflight.set(id, (this.#inflight.get(id) ?? 0) + 1);
    }
  }

  /** What a write of `ids` expects, as it starts. */
  expected(ids: Iterable<string>): ExpectedState {
    const expected = new Map<string, StoredState>();
    for (const id of ids) {
      const state = this.#confirmed.get(id);
      if (state) expected.set(id, state);
    }
    return expected;
  }

  /** What replacing the whole segment list expects: each segment as confirmed, else as given. */
  expectedAll(segments: readonly (StoredState & { readonly id: string })[]): ExpectedState {
    return new Map(
      segments.map((s) => [s.id, this.#confirmed.get(s.id) ?? { text: s.text, status: s.status }]),
    );
  }

  /** The write finished: `written` holds each segment's last state when it succeeded. */
  settled(ids: Iterable<string>, written?: ReadonlyMap<string, StoredState>): void {
    for (const id of ids) {
      const left = (this.#inflight.get(id) ?? 1) - 1;
      if (left > 0) this.#inflight.set(id, left);
      else this.#inflight.delete(id);
      const state = written?.get(id);
      if (state) this.#confirmed.set(id, { text: state.text, status: state.status });
    }
  }

  /** The repository refused a write: these segments are stored otherwise now, by another tab. */
  refused(stale: readonly StaleSegment[]): void {
    for (const { segmentId, text, status } of stale)
      this.#confirmed.set(segmentId, { text, status });
  }

  /** The whole segment list was stored as shown here (a merge, a split, a mode switch). */
  restructured(): void {
    this.#confirmed.clear();
  }

  /**
   * True when segment `id` is stored as `state`, as far as this tab knows: what it last confirmed (its
   * own write, or another tab's it heard of) and what it shows (`shown`) both say so. Undo and redo
   * ask this before taking a segment back (issue 12 item 6): a segment another tab rewrote since the
   * step is not this step's to undo.
   */
  holds(id: string, state: StoredState, shown: StoredState | undefined): boolean {
    const same = (s: StoredState | undefined): boolean =>
      s !== undefined && s.text === state.text && s.status === state.status;
    const confirmed = this.#confirmed.get(id);
    return same(shown) && (confirmed === undefined || same(confirmed));
  }

  /** True while `id` has a write queued or running here. */
  inflight(id: string): boolean {
    return this.#inflight.has(id);
  }

  /**
   * Another tab stored `segments`. Returns those to show here: the ones without unsaved text here
   * (`dirty`), whose confirmed state moves to the new one. Dirty ones keep their text; their next write
   * is refused.
   */
  heard(segments: readonly StaleSegment[], dirty: (id: string) => boolean): StaleSegment[] {
    const shown: StaleSegment[] = [];
    for (const s of segments) {
      if (dirty(s.segmentId) || this.inflight(s.segmentId)) continue;
      this.#confirmed.set(s.segmentId, { text: s.text, status: s.status });
      shown.push(s);
    }
    return shown;
  }
}
