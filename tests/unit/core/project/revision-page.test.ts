import { describe, expect, it } from 'vitest';
import type { Revision } from '../../../../src/core/model/model.ts';
import {
  olderRevisions,
  pageLimit,
  REVISION_PAGE_SIZE,
  revisionPage,
} from '../../../../src/core/project/revision-page.ts';

const rev = (id: number): Revision => ({
  id,
  segmentId: 's1',
  text: `t${id}`,
  status: 'edited',
  origin: id === 0 ? 'import' : 'typing',
  createdAt: id,
});
const imported = rev(0);
const stored = [1, 2, 3, 4, 5].map(rev);
const ids = (list: readonly Revision[]) => list.map((r) => r.id);

describe('revision pages (issue 12 item 3)', () => {
  it('takes the newest revisions older than the page key, newest first, one extra for the diff', () => {
    expect(ids(olderRevisions(stored, undefined, 2))).toEqual([5, 4, 3]);
    expect(ids(olderRevisions(stored, 4, 2))).toEqual([3, 2, 1]);
    expect(ids(olderRevisions(stored, 1, 2))).toEqual([]);
  });

  it('ends a page with the extra revision as the one before its oldest, and keys the next page', () => {
    const page = revisionPage(olderRevisions(stored, undefined, 2), imported, 2, 6);
    expect(ids(page.revisions)).toEqual([5, 4]);
    expect(page.previous?.id).toBe(3);
    expect(page.next).toBe(4);
    expect(page.total).toBe(6);
  });

  it('shows the import revision after the oldest stored one and ends there', () => {
    const page = revisionPage(olderRevisions(stored, 3, 2), imported, 2, 6);
    expect(ids(page.revisions)).toEqual([2, 1]);
    expect(page.previous).toBe(imported);
    expect(page.next).toBe(1);
    const last = revisionPage(olderRevisions(stored, 1, 2), imported, 2, 6);
    expect(ids(last.revisions)).toEqual([0]);
    expect(last.previous).toBeUndefined();
    expect(last.next).toBeNull();
  });

  it('lists a segment never edited as its import revision alone', () => {
    const page = revisionPage([], imported, REVISION_PAGE_SIZE, 1);
    expect(ids(page.revisions)).toEqual([0]);
    expect(page.next).toBeNull();
  });

  it('pages 50 at a time unless told otherwise, never fewer than one', () => {
    expect(pageLimit({})).toBe(50);
    expect(pageLimit({ limit: 0 })).toBe(1);
    expect(pageLimit({ limit: 7.9 })).toBe(7);
  });
});
