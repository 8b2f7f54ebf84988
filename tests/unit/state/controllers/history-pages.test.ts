import { describe, expect, it } from 'vitest';
import type { ReactiveControllerHost } from 'lit';
import {
  HistoryPages,
  type HistoryPageSource,
} from '../../../../src/state/controllers/history-pages.ts';
import { MemoryRepository } from '../../../../src/storage/memory-repository.ts';
import { loadStore } from '../../../support/store.ts';

/** A host that counts the updates it is asked for. */
function host(): ReactiveControllerHost & { updates: number } {
  return {
    updates: 0,
    addController() {},
    removeController() {},
    requestUpdate() {
      this.updates += 1;
    },
    updateComplete: Promise.resolve(true),
  };
}

/** The seed in a store whose first segment was edited `count` times ("take 0"…). */
async function editedStore(count: number) {
  const store = await loadStore(new MemoryRepository());
  const id = store.state.segments[0]!.id;
  await store.applyTexts(
    Array.from({ length: count }, (_, i) => ({ segmentId: id, text: `take ${i}` })),
    'typing',
  );
  return { store, id };
}

describe('HistoryPages (issue 12 item 3)', () => {
  it('lists the newest 50 revisions of a much-edited segment, then the next 50 on request', async () => {
    const { store, id } = await editedStore(120);
    const pages = new HistoryPages(host(), () => store.historyPage);
    await pages.reload(id);
    expect(pages.views).toHaveLength(50);
    expect(pages.total).toBe(121);
    expect(pages.views[0]).toMatchObject({ number: 121, current: true });
    expect(pages.views[0]!.revision.text).toBe('take 119');
    expect(pages.hasOlder).toBe(true);
    await pages.loadOlder();
    expect(pages.views.map((v) => v.number).slice(48, 52)).toEqual([73, 72, 71, 70]);
    expect(pages.views[50]!.revision.text).toBe('take 69');
    expect(pages.views[50]!.current).toBe(false);
    await pages.loadOlder();
    expect(pages.views).toHaveLength(121);
    expect(pages.views.at(-1)).toMatchObject({ number: 1, vsPrevious: null });
    expect(pages.views.at(-1)!.revision.origin).toBe('import');
    expect(pages.hasOlder).toBe(false);
  });

  it('diffs the oldest revision of a page against the one before it, on the next page', async () => {
    const { store, id } = await editedStore(60);
    const pages = new HistoryPages(host(), () => store.historyPage);
    await pages.reload(id);
    const oldest = pages.views.at(-1)!;
    expect(oldest.revision.text).toBe('take 10');
    expect(oldest.vsPrevious?.map((op) => [op.kind, op.text])).toContainEqual(['delete', '9']);
  });

  it('drops a page that arrives after another segment was asked for', async () => {
    let release: () => void = () => {};
    const slow: HistoryPageSource = async (segmentId) => {
      if (segmentId === 'old') await new Promise<void>((resolve) => (release = resolve));
      return { views: [], next: null, total: segmentId === 'old' ? 99 : 1 };
    };
    const pages = new HistoryPages(host(), () => slow);
    const first = pages.reload('old');
    await pages.reload('new');
    release();
    await first;
    expect(pages.total).toBe(1);
    expect(pages.loading).toBe(false);
  });
});
