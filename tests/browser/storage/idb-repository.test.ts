import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { deleteVersoDb } from '../../../src/storage/open-db.ts';
import { openRepository } from '../../../src/storage/idb-repository.ts';
import type { IdbRepository } from '../../../src/storage/idb-repository.ts';
import { DB_VERSION } from '../../../src/storage/schema.ts';
import { toStorageError } from '../../../src/storage/transaction.ts';
import {
  describeRepositoryContract,
  sampleProject,
  tickingClock,
} from '../../support/repository-contract.ts';
import { chunkReadsDuring, openRaw, readAll, uniqueDbName } from '../../support/raw-idb.ts';

describeRepositoryContract('IdbRepository', async (options) => {
  const name = uniqueDbName();
  const repo = await openRepository(name, options);
  return {
    repo,
    dispose: async () => {
      repo.close();
      await deleteVersoDb(name);
    },
  };
});

describe('IdbRepository on IndexedDB', () => {
  let name: string;
  let repo: IdbRepository;

  beforeEach(async () => {
    name = uniqueDbName();
    repo = await openRepository(name, { now: tickingClock() });
  });
  afterEach(async () => {
    repo.close();
    await deleteVersoDb(name);
  });

  it('keeps projects, edits and comments after the repository is closed and reopened', async () => {
    const meta = await repo.createProject(sampleProject(700));
    await repo.saveChanges(meta.id, [
      { segmentId: 's650', text: 'late', status: 'reviewed', origin: 'typing' },
    ]);
    await repo.addComment(meta.id, 's2', { id: 'c1', text: 'why?', author: 'Ana', createdAt: 3 });
    const before = await repo.openProject(meta.id);
    repo.close();

    repo = await openRepository(name, { now: tickingClock(Date.UTC(2026, 0, 1)) });
    expect(await repo.listProjects()).toEqual([before.meta]);
    expect(await repo.openProject(meta.id)).toEqual(before);
    // A fresh repository has no segment → chunk map yet: saving must rebuild it from the chunks.
    await repo.saveChanges(meta.id, [
      { segmentId: 's700', text: 'after reopen', status: 'edited', origin: 'typing' },
    ]);
    expect((await repo.listRevisions(meta.id, 's650')).map((r) => r.text)).toEqual([
      'MT 650',
      'late',
    ]);
    expect((await repo.openProject(meta.id)).segments[699]?.text).toBe('after reopen');
  });

  it('reads the newest page of a segment with 10,000 revisions in well under a second (issue 12 item 3)', async () => {
    const meta = await repo.createProject(sampleProject(2));
    await repo.saveChanges(
      meta.id,
      Array.from({ length: 10_000 }, (_, i) => ({
        segmentId: 's1',
        text: `take ${i}`,
        status: 'edited' as const,
        origin: 'typing' as const,
      })),
    );
    const started = performance.now();
    const page = await repo.listRevisionPage(meta.id, 's1');
    const older = await repo.listRevisionPage(meta.id, 's1', { before: page.next! });
    const ms = performance.now() - started;
    console.log(`10,000 revisions: two pages of 50 in ${ms.toFixed(0)} ms`);
    expect(page.revisions.map((r) => r.text).slice(0, 2)).toEqual(['take 9999', 'take 9998']);
    expect(page.total).toBe(10_001);
    expect(older.revisions[0]?.text).toBe('take 9949');
    expect(older.revisions).toHaveLength(50);
    expect(ms).toBeLessThan(500);
  });

  it('stores a 1,200-segment project as chunks of 500, 500 and 200 segments and no revision records', async () => {
    const meta = await repo.createProject(sampleProject(1200));
    const chunks = (await readAll(name, 'chunks')) as {
      projectId: string;
      index: number;
      segments: unknown[];
    }[];
    expect(chunks.map((c) => [c.projectId, c.index, c.segments.length])).toEqual([
      [meta.id, 0, 500],
      [meta.id, 1, 500],
      [meta.id, 2, 200],
    ]);
    expect(await readAll(name, 'projects')).toEqual([
      expect.objectContaining({ id: meta.id, chunkCount: 3, chunkSize: 500, schema: 1 }),
    ]);
    expect(await readAll(name, 'revisions')).toEqual([]);
  });

  it('rewrites only the chunk holding a changed segment', async () => {
    const meta = await repo.createProject(sampleProject(1200));
    await repo.saveChanges(meta.id, [
      { segmentId: 's501', text: 'x', status: 'edited', origin: 'typing' },
    ]);
    const chunks = (await readAll(name, 'chunks')) as {
      segments: { id: string; mt: string; text?: string }[];
    }[];
    expect(chunks[1]?.segments[0]).toMatchObject({ id: 's501', text: 'x' });
    // A text that is still the MT is not stored twice (version 5): only s501 carries one.
    expect(chunks.flatMap((c) => c.segments.filter((s) => 'text' in s).map((s) => s.id))).toEqual([
      's501',
    ]);
    // Read back by another connection (no copy held), every segment has its text again.
    const other = await openRepository(name);
    try {
      expect((await other.openProject(meta.id)).segments.map((s) => s.text)).toEqual(
        Array.from({ length: 1200 }, (_, i) => (i === 500 ? 'x' : `MT ${i + 1}`)),
      );
    } finally {
      other.close();
    }
    expect(await readAll(name, 'revisions')).toEqual([
      expect.objectContaining({
        projectId: meta.id,
        segmentKeys: [`${meta.id}\u0000s501`],
        entries: [expect.objectContaining({ segmentId: 's501', text: 'x' })],
      }),
    ]);
  });

  it('stores the revisions of one save as a few records, not one per segment (issue 11: replace all)', async () => {
    const meta = await repo.createProject(sampleProject(1200));
    const long = (n: number) => `Paragraph ${n} ${'with a fair number of words '.repeat(10)}`;
    const changes = Array.from({ length: 1200 }, (_, i) => ({
      segmentId: `s${i + 1}`,
      text: long(i + 1),
      status: 'edited' as const,
      origin: 'replace' as const,
    }));
    const saved = await repo.saveChanges(meta.id, changes);
    const records = (await readAll(name, 'revisions')) as {
      segmentKeys: string[];
      entries: { segmentId: string; text: string }[];
    }[];
    // 1,200 entries of ≈ 300 characters: a record per ≈ 24,000 characters of text, in order.
    expect(records.length).toBeGreaterThan(10);
    expect(records.length).toBeLessThan(25);
    expect(records.flatMap((r) => r.entries.map((e) => e.segmentId))).toEqual(
      changes.map((c) => c.segmentId),
    );
    for (const record of records) {
      expect(record.entries.reduce((sum, e) => sum + e.text.length, 0)).toBeLessThanOrEqual(24_000);
    }
    // Ids follow the order of the changes, and each segment's history finds its entry.
    expect(saved.map((r) => r.id)).toEqual([...saved.map((r) => r.id)].sort((a, b) => a - b));
    expect(new Set(saved.map((r) => r.id)).size).toBe(1200);
    for (const n of [1, 600, 1200]) {
      const history = await repo.listRevisions(meta.id, `s${n}`);
      expect(history.map((r) => [r.text, r.origin])).toEqual([
        [`MT ${n}`, 'import'],
        [long(n), 'replace'],
      ]);
      expect(history[1]?.id).toBe(saved[n - 1]?.id);
    }
    const page = await repo.listRevisionPage(meta.id, 's700');
    expect(page.revisions.map((r) => r.text)).toEqual([long(700), 'MT 700']);
    expect(page.total).toBe(2);
  });

  it('removes the project row, its chunks and its revisions from the stores on delete', async () => {
    const doomed = await repo.createProject(sampleProject(600, 'Doomed'));
    const kept = await repo.createProject(sampleProject(2, 'Kept'));
    await repo.saveChanges(doomed.id, [
      { segmentId: 's550', text: 'a', status: 'edited', origin: 'typing' },
    ]);
    await repo.saveChanges(kept.id, [
      { segmentId: 's1', text: 'b', status: 'edited', origin: 'typing' },
    ]);
    await repo.deleteProject(doomed.id);
    const ofDoomed = (rows: unknown[]) =>
      rows.filter((r) => (r as { projectId?: string }).projectId === doomed.id);
    expect(await readAll(name, 'projects')).toEqual([expect.objectContaining({ id: kept.id })]);
    expect(ofDoomed(await readAll(name, 'chunks'))).toEqual([]);
    expect(await readAll(name, 'chunks')).toHaveLength(1);
    expect(ofDoomed(await readAll(name, 'revisions'))).toEqual([]);
    expect(await readAll(name, 'revisions')).toHaveLength(1);
  });

  it('writes nothing when a request fails halfway through a transaction', async () => {
    // The project row is added before the chunk; the chunk cannot be cloned, so the whole write aborts.
    const unstorable = { mt: (() => 'not data') as unknown as string };
    await expect(
      repo.createProject({
        name: 'Broken',
        fileName: 'b.txt',
        targetLang: 'en',
        segments: [unstorable],
      }),
    ).rejects.toMatchObject({ name: 'DataCloneError' });
    expect(await repo.listProjects()).toEqual([]);
    expect(await readAll(name, 'projects')).toEqual([]);

    // Same for a save: the first revision is added, the second cannot be cloned.
    const meta = await repo.createProject(sampleProject(2));
    const before = await repo.openProject(meta.id);
    await expect(
      repo.saveChanges(meta.id, [
        { segmentId: 's1', text: 'fine', status: 'edited', origin: 'typing' },
        { segmentId: 's2', text: unstorable.mt, status: 'edited', origin: 'typing' },
      ]),
    ).rejects.toMatchObject({ name: 'DataCloneError' });
    expect(await repo.openProject(meta.id)).toEqual(before);
    expect(await readAll(name, 'revisions')).toEqual([]);
  });

  it('tells onVersionChange listeners and lets a newer version open when another tab upgrades', async () => {
    let calls = 0;
    repo.onVersionChange(() => calls++);
    const newer = await openRaw(name, DB_VERSION + 1);
    newer.db.close();
    expect(newer.wasBlocked).toBe(false);
    expect(calls).toBe(1);
    await expect(repo.listProjects()).rejects.toThrow(/closed/);
    let late = 0;
    repo.onVersionChange(() => late++);
    await Promise.resolve();
    expect(late).toBe(1);
  });

  it('maps a quota failure to errors.quota and passes other errors through', () => {
    expect(toStorageError(new DOMException('full', 'QuotaExceededError'))).toMatchObject({
      name: 'VersoInputError',
      code: 'errors.quota',
    });
    const other = new DOMException('bad', 'DataError');
    expect(toStorageError(other)).toBe(other);
  });

  it('saves without reading back the chunks it holds, and reads them again once another tab wrote', async () => {
    const meta = await repo.createProject(sampleProject(1200));
    const save = (on: IdbRepository, segmentId: string, text: string) =>
      on.saveChanges(meta.id, [{ segmentId, text, status: 'edited', origin: 'typing' }]);
    // Created here: the three chunks are known as written.
    expect(await chunkReadsDuring(() => save(repo, 's1', 'one'))).toBe(0);
    expect(await chunkReadsDuring(() => save(repo, 's1200', 'two'))).toBe(0);

    // Another tab changes a segment in the same chunk as s1; this tab's copy is then stale.
    const other = await openRepository(name, { now: tickingClock(Date.UTC(2026, 0, 1)) });
    try {
      await save(other, 's2', 'from the other tab');
      expect(await chunkReadsDuring(() => save(repo, 's3', 'three'))).toBe(1);
      // Nothing the other tab stored was overwritten by this tab's copy.
      const stored = (await other.openProject(meta.id)).segments;
      expect(stored.slice(0, 3).map((s) => s.text)).toEqual(['one', 'from the other tab', 'three']);
      expect(stored[1199]?.text).toBe('two');
      // Opened (read) there: the other tab now trusts its copy, until this tab writes.
      expect(await chunkReadsDuring(() => save(other, 's4', 'four'))).toBe(0);
      await save(repo, 's5', 'five');
      expect(await chunkReadsDuring(() => save(other, 's6', 'six'))).toBe(1);
      expect((await repo.openProject(meta.id)).segments.slice(3, 6).map((s) => s.text)).toEqual([
        'four',
        'five',
        'six',
      ]);
    } finally {
      other.close();
    }
  });

  it('does not trust its copy of a project whose row has no write token (rows before version 4)', async () => {
    const meta = await repo.createProject(sampleProject(10));
    await repo.saveChanges(meta.id, [
      { segmentId: 's1', text: 'mine', status: 'edited', origin: 'typing' },
    ]);
    // A row as versions 1–3 wrote it: no token.
    const { db } = await openRaw(name);
    await new Promise<void>((resolve, reject) => {
      const tx = db.transaction(['projects'], 'readwrite');
      const projects = tx.objectStore('projects');
      const read = projects.get(meta.id);
      read.onsuccess = () => {
        const { writeToken: _dropped, ...row } = read.result as Record<string, unknown>;
        projects.put(row);
      };
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(new Error(String(tx.error)));
    });
    db.close();
    expect(
      await chunkReadsDuring(() =>
        repo.saveChanges(meta.id, [
          { segmentId: 's2', text: 'again', status: 'edited', origin: 'typing' },
        ]),
      ),
    ).toBe(1);
  });

  it('creates and reopens a 20,000-segment project', async () => {
    const project = sampleProject(20_000);
    let start = performance.now();
    const meta = await repo.createProject(project);
    const created = performance.now() - start;
    repo.close();
    repo = await openRepository(name);
    start = performance.now();
    const { segments } = await repo.openProject(meta.id);
    const opened = performance.now() - start;
    start = performance.now();
    await repo.saveChanges(meta.id, [
      { segmentId: 's20000', text: 'last', status: 'edited', origin: 'typing' },
    ]);
    const saved = performance.now() - start;
    console.log(
      `20,000 segments: create ${created.toFixed(0)} ms, open ${opened.toFixed(0)} ms, ` +
        `first save after open ${saved.toFixed(0)} ms`,
    );
    expect(segments).toHaveLength(20_000);
    expect(segments[19_999]).toMatchObject({ id: 's20000', text: 'MT 20000' });
    expect(await readAll(name, 'chunks')).toHaveLength(40);
  });
});
