import { describe, expect, it } from 'vitest';
import type { Segment } from '../../../../src/core/model/model.ts';
import {
  filterSegments,
  NO_FILTER,
  reviewProgress,
} from '../../../../src/core/review/segment-filter.ts';
import { DocumentView } from '../../../../src/state/views/document-view.ts';

function segments(count: number): Segment[] {
  return Array.from({ length: count }, (_, i) => ({
    id: `s${i + 1}`,
    mt: `MT ${i + 1}`,
    text: `MT ${i + 1}`,
    status: 'new',
    comments: [],
    revisionCount: 1,
    updatedAt: 0,
  }));
}

/** `list` with segment `i` replaced (as a keystroke does). */
function edit(list: readonly Segment[], i: number, patch: Partial<Segment>): Segment[] {
  const copy = [...list];
  copy[i] = { ...copy[i]!, ...patch };
  return copy;
}

describe('DocumentView', () => {
  it('agrees with the full computations', () => {
    const view = new DocumentView();
    let list = segments(50);
    list = edit(list, 3, { text: 'changed', status: 'edited' });
    list = edit(list, 7, { status: 'approved', alignScore: 0.2 });
    const filter = { ...NO_FILTER, edit: 'edited' as const };
    view.update(list, filter);
    expect(view.visible).toEqual(filterSegments(list, filter));
    expect(view.progress).toEqual(reviewProgress(list));
    expect(view.aligned).toBe(true);
    expect(view.indexOf('s8')).toBe(7);
    expect(view.numbers.get('s50')).toBe(50);
  });

  it('keeps the same visible array and numbers when a keystroke does not change what is shown', () => {
    const view = new DocumentView();
    const list = segments(20000);
    view.update(list, NO_FILTER);
    const { visible, numbers } = view;
    view.update(edit(list, 9, { text: 'typed', status: 'edited' }), NO_FILTER);
    expect(view.visible).toBe(visible);
    expect(view.numbers).toBe(numbers);
  });

  it('updates the progress and the filtered list when the edited segment changes membership', () => {
    const view = new DocumentView();
    const list = segments(10);
    const filter = { ...NO_FILTER, edit: 'unedited' as const };
    view.update(list, filter);
    expect(view.visible).toHaveLength(10);
    const next = edit(list, 2, { text: 'typed', status: 'reviewed' });
    view.update(next, filter);
    expect(view.visible).toEqual(filterSegments(next, filter));
    expect(view.progress).toEqual({ done: 1, total: 10 });
  });

  it('recomputes everything when rows are merged, split or reordered', () => {
    const view = new DocumentView();
    const list = segments(10);
    view.update(list, NO_FILTER);
    const merged = [...list.slice(0, 2), ...list.slice(3)];
    view.update(merged, NO_FILTER);
    expect(view.visible).toHaveLength(9);
    expect(view.numbers.get('s4')).toBe(3);
    expect(view.indexOf('s3')).toBe(-1);
  });
});

describe('DocumentView with the quality filters', () => {
  it('applies a "needs rework" filter turned on over the same segments', () => {
    const view = new DocumentView();
    const list = segments(5);
    view.update(list, NO_FILTER);
    view.update(list, { ...NO_FILTER, rework: new Set(['s2']) });
    expect(view.visible).toEqual([1]);
  });

  it('applies a logged-errors filter and follows its segments as they change', () => {
    const view = new DocumentView();
    const list = segments(5);
    view.update(list, NO_FILTER);
    view.update(list, { ...NO_FILTER, errors: { severity: 'any', ids: new Set(['s3']) } });
    expect(view.visible).toEqual([2]);
    view.update(list, { ...NO_FILTER, errors: { severity: 'any', ids: new Set(['s3', 's5']) } });
    expect(view.visible).toEqual([2, 4]);
    view.update(list, NO_FILTER);
    expect(view.visible).toEqual([0, 1, 2, 3, 4]);
  });
});
