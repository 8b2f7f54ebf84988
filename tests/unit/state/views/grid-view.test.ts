import { describe, expect, it } from 'vitest';
import { MemoryRepository } from '../../../../src/storage/memory-repository.ts';
import { NO_FILTER } from '../../../../src/core/review/segment-filter.ts';
import { loadStore } from '../../../support/store.ts';

describe('GridView.queueReasons (issue 11 item 8)', () => {
  it('says why a queued segment is ranked: its findings by check and untouched MT', async () => {
    const store = await loadStore(new MemoryRepository());
    await store.qa.runAll();
    store.view.setFilter({ ...NO_FILTER, order: 'risk' });
    const top = store.state.segments[store.view.visible[0]!]!;
    const reasons = store.view.queueReasons(top.id);
    const rules = new Set(
      store.qa
        .visible()
        .filter((f) => f.segmentId === top.id)
        .map((f) => f.rule),
    );
    rules.delete('untouched');
    expect(reasons?.findings.map((f) => f.rule).sort()).toEqual([...rules].sort());
    expect(reasons?.untouched).toBe(top.text === top.mt);
  });

  it('gives no reasons in document order', async () => {
    const store = await loadStore(new MemoryRepository());
    await store.qa.runAll();
    expect(store.view.queueReasons(store.state.segments[5]!.id)).toBeUndefined();
  });

  it('gives no reasons for an excluded segment, which is never queued', async () => {
    const store = await loadStore(new MemoryRepository());
    const id = store.state.segments[5]!.id;
    await store.setStatus(id, 'excluded');
    await store.qa.runAll();
    store.view.setFilter({ ...NO_FILTER, order: 'risk' });
    expect(store.view.queueReasons(id)).toBeUndefined();
  });

  it('checks the whole document when the queue is turned on before any check ran', async () => {
    const store = await loadStore(new MemoryRepository());
    expect(store.state.qa.ranAt).toBeNull();
    store.view.setFilter({ ...NO_FILTER, order: 'risk' });
    await expect.poll(() => store.state.qa.ranAt).not.toBeNull();
    const top = store.state.segments[store.view.visible[0]!]!;
    expect(store.view.queueReasons(top.id)?.findings.length).toBeGreaterThan(0);
  });
});
