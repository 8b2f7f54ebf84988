/**
 * Two tabs on one database (issue 6), as two repositories in one page: what one stores, the other
 * hears over the BroadcastChannel, and a write based on what the other replaced is refused.
 */
// @ts-nocheck

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ExternalChange } from '../../../src/core/project/repository.ts';
import { isExternalChange } from '../../../src/storage/change-channel.ts';
import { openRepository, type IdbRepository } from '../../../src/storage/idb-repository.ts';
import { deleteVersoDb } from '../../../src/storage/open-db.ts';
import { sampleProject } from '../../support/repository-contract.ts';
import { uniqueDbName } from '../../support/raw-idb.ts';

/** Resolves with the next `count` changes `repo` hears. */
function hear(repo: IdbRepository, count = 1): Promise<ExternalChange[]> {
  const heard: ExternalChange[] = [];
  return new Promise((resolve) =>
    repo.onExternalChange((change) => {
      heard.push(change);
      if (heard.length === count) resolve(heard);
    }),
  );
}

describe('two repositories on one database', () => {
  let name: string;
  let tabA: IdbRepository;
  let tabB: IdbRepository;

  beforeEach(async () => {
    name = uniqueDbName();
    tabA = await openRepository(name);
    tabB = await openRepository(name);
  });
  afterEach(async () => {
    tabA.close();
    tabB.close();
    await deleteVersoDb(name);
  });

  it('tells the other tab which segments were saved, with their text and status', async () => {
    const created = hear(tabB);
    const meta = await tabA.createProject(sampleProject(3));
    expect(await created).toEqual([{ kind: 'project', projectId: meta.id, what: 'meta' }]);
    const saved = hear(tabB);
    await tabA.saveChanges(meta.id, [
      { segmentId: 's2', text: 'first', status: 'edited', origin: 'typing' },
      { segmentId: 's2', text: 'second', status: 'reviewed', origin: 'status' },
    ]);
    expect(await saved).toEqual([
      {
        kind: 'segments',
        projectId: meta.id,
        segments: [{ segmentId: 's2', text: 'second', status: 'reviewed' }],
      },
    ]);
  });

  it('tells of comments, restructures and deletions', async () => {
    const created = hear(tabB);
    const meta = await tabA.createProject(sampleProject(3));
    await created;
    const heard = hear(tabB, 3);
    const comment = { id: 'c1', text: 'Check', author: 'Ana', createdAt: 1 };
    await tabA.addComment(meta.id, 's1', comment);
    const { segments } = await tabA.openProject(meta.id);
    await tabA.restructure(meta.id, segments.slice(0, 2), []);
    await tabA.deleteProject(meta.id);
    expect(await heard).toEqual([
      { kind: 'comment', projectId: meta.id, segmentId: 's1', comment },
      { kind: 'project', projectId: meta.id, what: 'structure' },
      { kind: 'project', projectId: meta.id, what: 'deleted' },
    ]);
  });

  it('refuses tab B’s save based on the text tab A replaced, and B can then save knowingly', async () => {
    const meta = await tabA.createProject(sampleProject(3));
    await tabB.openProject(meta.id);
    await tabA.saveChanges(meta.id, [
      { segmentId: 's1', text: 'A', status: 'edited', origin: 'typing' },
    ]);
    const seenByB = new Map([['s1', { text: 'MT 1', status: 'new' as const }]]);
    await expect(
      tabB.saveChanges(
        meta.id,
        [{ segmentId: 's1', text: 'B', status: 'edited', origin: 'typing' }],
        seenByB,
      ),
    ).rejects.toMatchObject({ code: 'errors.staleWrite', stale: [{ segmentId: 's1', text: 'A' }] });
    expect((await tabA.openProject(meta.id)).segments[0]?.text).toBe('A');
    await tabB.saveChanges(
      meta.id,
      [{ segmentId: 's1', text: 'B', status: 'edited', origin: 'typing' }],
      new Map([['s1', { text: 'A', status: 'edited' as const }]]),
    );
    expect((await tabA.listRevisions(meta.id, 's1')).map((r) => r.text)).toEqual([
      'MT 1',
      'A',
      'B',
    ]);
  });

  it('still saves in a tab whose chunk map another tab’s restructure made stale', async () => {
    const meta = await tabA.createProject(sampleProject(1200));
    await tabB.openProject(meta.id);
    const { segments } = await tabA.openProject(meta.id);
    const heard = hear(tabB);
    // Drop the first 600 segments: s601… move from chunk 1 to chunk 0.
    await tabA.restructure(meta.id, segments.slice(600), []);
    await heard;
    await tabB.saveChanges(meta.id, [
      { segmentId: 's700', text: 'after the merge', status: 'edited', origin: 'typing' },
    ]);
    const reopened = await tabA.openProject(meta.id);
    expect(reopened.segments[99]).toMatchObject({ id: 's700', text: 'after the merge' });
  });
});

describe('isExternalChange', () => {
  it('accepts the messages repositories send and nothing else', () => {
    expect(isExternalChange({ kind: 'project', projectId: 'p', what: 'deleted' })).toBe(true);
    expect(
      isExternalChange({
        kind: 'segments',
        projectId: 'p',
        segments: [{ segmentId: 's1', text: 't', status: 'new' }],
      }),
    ).toBe(true);
    expect(isExternalChange({ kind: 'segments', projectId: 'p', segments: [{ text: 1 }] })).toBe(
      false,
    );
    expect(isExternalChange({ kind: 'project', projectId: 'p', what: 'drop tables' })).toBe(false);
    expect(isExternalChange('<script>')).toBe(false);
    expect(isExternalChange(null)).toBe(false);
  });
});
