/**
 * The behaviour every `Repository` must have, written once and run against each implementation:
 * `IdbRepository` in the browser project (real IndexedDB), `MemoryRepository` in the unit project.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Backup } from '../../src/core/formats/backup/model.ts';
import type { Revision, Segment, SegmentChange } from '../../src/core/model/model.ts';
import type { NewProject, Repository } from '../../src/core/project/repository.ts';
import type { RepositoryOptions } from '../../src/core/project/records.ts';

/** A repository under test and how to throw it away (close it, delete its database). */
export interface RepositoryHandle {
  readonly repo: Repository;
  dispose(): Promise<void>;
}

/** Opens a fresh, empty repository with the given options. */
export type MakeRepository = (options: RepositoryOptions) => Promise<RepositoryHandle>;

/** A clock that moves one second per reading, so every timestamp differs and ordering is deterministic. */
export function tickingClock(start = Date.UTC(2025, 0, 1)): () => number {
  let t = start;
  return () => (t += 1000);
}

/** A project of `count` segments whose MT is `MT 1`, `MT 2`, …. */
export function sampleProject(count: number, name = 'Report'): NewProject {
  return {
    name,
    fileName: `${name.toLowerCase()}.txt`,
    targetLang: 'en',
    sourceLang: 'de',
    segments: Array.from({ length: count }, (_, i) => ({
      mt: `MT ${i + 1}`,
      source: `Quelle ${i + 1}`,
    })),
  };
}

const typed = (segmentId: string, text: string): SegmentChange => ({
  segmentId,
  text,
  status: 'edited',
  origin: 'typing',
});

/** What a revision says, without its storage id. */
const content = ({ segmentId, text, status, origin, createdAt }: Revision) => ({
  segmentId,
  text,
  status,
  origin,
  createdAt,
});

/** What a segment says, without the time of its last change. */
const visible = ({ updatedAt: _updatedAt, ...rest }: Segment) => rest;

/** Registers the contract suite for the implementation `name`. */
export function describeRepositoryContract(name: string, makeRepo: MakeRepository): void {
  describe(`${name} (Repository contract)`, () => {
    let handle: RepositoryHandle;
    let repo: Repository;

    beforeEach(async () => {
      handle = await makeRepo({ now: tickingClock() });
      repo = handle.repo;
    });
    afterEach(async () => {
      await handle.dispose();
    });

    it('creates a project whose segments start at their MT with status new, one revision and ids s1…sn', async () => {
      const meta = await repo.createProject(sampleProject(3));
      const { meta: opened, segments } = await repo.openProject(meta.id);
      expect(opened).toEqual(meta);
      expect(meta).toMatchObject({
        name: 'Report',
        fileName: 'report.txt',
        segmentCount: 3,
        targetLang: 'en',
      });
      expect(segments.map((s) => [s.id, s.text, s.mt, s.status, s.revisionCount])).toEqual([
        ['s1', 'MT 1', 'MT 1', 'new', 1],
        ['s2', 'MT 2', 'MT 2', 'new', 1],
        ['s3', 'MT 3', 'MT 3', 'new', 1],
      ]);
      expect(segments[0]).toMatchObject({
        source: 'Quelle 1',
        comments: [],
        updatedAt: meta.createdAt,
      });
    });

    it('opens a project right after its creation exactly as it reads it back later', async () => {
      const meta = await repo.createProject(sampleProject(1200));
      const first = await repo.openProject(meta.id);
      const again = await repo.openProject(meta.id);
      expect(first).toEqual(again);
    });

    it('opens a project created and then renamed with its new name', async () => {
      const meta = await repo.createProject(sampleProject(3));
      await repo.renameProject(meta.id, 'Renamed');
      expect((await repo.openProject(meta.id)).meta.name).toBe('Renamed');
    });

    it('reopens a 1,200-segment project with every segment in document order', async () => {
      const meta = await repo.createProject(sampleProject(1200));
      const { segments } = await repo.openProject(meta.id);
      expect(segments.map((s) => s.id)).toEqual(
        Array.from({ length: 1200 }, (_, i) => `s${i + 1}`),
      );
      expect(segments.every((s, i) => s.mt === `MT ${i + 1}`)).toBe(true);
    });

    it('appends a revision per change and makes each change the current text', async () => {
      const meta = await repo.createProject(sampleProject(3));
      const saved = await repo.saveChanges(meta.id, [typed('s1', 'one'), typed('s3', 'three')]);
      expect(saved.map(content)).toEqual([
        {
          segmentId: 's1',
          text: 'one',
          status: 'edited',
          origin: 'typing',
          createdAt: saved[0]?.createdAt,
        },
        {
          segmentId: 's3',
          text: 'three',
          status: 'edited',
          origin: 'typing',
          createdAt: saved[0]?.createdAt,
        },
      ]);
      expect(saved[1]!.id).toBeGreaterThan(saved[0]!.id);
      const { meta: after, segments } = await repo.openProject(meta.id);
      expect(segments.map((s) => [s.text, s.status, s.revisionCount])).toEqual([
        ['one', 'edited', 2],
        ['MT 2', 'new', 1],
        ['three', 'edited', 2],
      ]);
      expect(after.updatedAt).toBe(saved[0]?.createdAt);
      expect(after.updatedAt).toBeGreaterThan(meta.updatedAt);
    });

    it('lists a segment’s revisions starting with the import revision, then the stored ones in order', async () => {
      const meta = await repo.createProject(sampleProject(2));
      await repo.saveChanges(meta.id, [typed('s2', 'first')]);
      await repo.saveChanges(meta.id, [typed('s1', 'other segment')]);
      await repo.saveChanges(meta.id, [
        { segmentId: 's2', text: 'first', status: 'approved', origin: 'status' },
      ]);
      const revisions = await repo.listRevisions(meta.id, 's2');
      expect(revisions[0]).toEqual({
        id: 0,
        segmentId: 's2',
        text: 'MT 2',
        status: 'new',
        origin: 'import',
        createdAt: meta.createdAt,
      });
      expect(revisions.map((r) => [r.text, r.status, r.origin])).toEqual([
        ['MT 2', 'new', 'import'],
        ['first', 'edited', 'typing'],
        ['first', 'approved', 'status'],
      ]);
      expect(revisions[2]!.id).toBeGreaterThan(revisions[1]!.id);
      const { segments } = await repo.openProject(meta.id);
      expect(segments[1]?.revisionCount).toBe(revisions.length);
    });

    it('keeps one revision per change when a segment changes twice in one call, the last one current', async () => {
      const meta = await repo.createProject(sampleProject(1));
      const saved = await repo.saveChanges(meta.id, [typed('s1', 'draft'), typed('s1', 'final')]);
      expect(saved.map((r) => r.text)).toEqual(['draft', 'final']);
      const { segments } = await repo.openProject(meta.id);
      expect(segments[0]).toMatchObject({ text: 'final', revisionCount: 3 });
      expect((await repo.listRevisions(meta.id, 's1')).map((r) => r.text)).toEqual([
        'MT 1',
        'draft',
        'final',
      ]);
    });

    it('rejects a change to an unknown segment, naming it, and stores none of the batch', async () => {
      const meta = await repo.createProject(sampleProject(3));
      await repo.saveChanges(meta.id, [typed('s1', 'kept')]);
      const before = await repo.openProject(meta.id);
      const historyBefore = await repo.listRevisions(meta.id, 's2');
      await expect(
        repo.saveChanges(meta.id, [typed('s2', 'lost'), typed('s99', 'nowhere')]),
      ).rejects.toThrow(/s99/);
      expect(await repo.openProject(meta.id)).toEqual(before);
      expect(await repo.listRevisions(meta.id, 's2')).toEqual(historyBefore);
      expect((await repo.listRevisions(meta.id, 's1')).map((r) => r.text)).toEqual([
        'MT 1',
        'kept',
      ]);
    });

    it('rejects changes to a missing project with errors.projectNotFound', async () => {
      await expect(repo.saveChanges('missing', [typed('s1', 'x')])).rejects.toMatchObject({
        code: 'errors.projectNotFound',
      });
    });

    it('persists a rename, trimmed, without touching the segments', async () => {
      const meta = await repo.createProject(sampleProject(2));
      const renamed = await repo.renameProject(meta.id, '  Annual report  ');
      expect(renamed).toEqual({ ...meta, name: 'Annual report' });
      const opened = await repo.openProject(meta.id);
      expect(opened.meta.name).toBe('Annual report');
      expect(opened.segments).toHaveLength(2);
    });

    it('rejects an empty name with errors.emptyName and keeps the old name', async () => {
      const meta = await repo.createProject(sampleProject(1));
      await expect(repo.renameProject(meta.id, '   ')).rejects.toMatchObject({
        name: 'VersoInputError',
        code: 'errors.emptyName',
      });
      expect((await repo.openProject(meta.id)).meta.name).toBe('Report');
    });

    it('deletes a project with its segments and revisions and leaves other projects alone', async () => {
      const doomed = await repo.createProject(sampleProject(2, 'Doomed'));
      const kept = await repo.createProject(sampleProject(2, 'Kept'));
      await repo.saveChanges(doomed.id, [typed('s1', 'gone')]);
      await repo.saveChanges(kept.id, [typed('s1', 'stays')]);
      await repo.deleteProject(doomed.id);
      expect((await repo.listProjects()).map((p) => p.name)).toEqual(['Kept']);
      await expect(repo.openProject(doomed.id)).rejects.toMatchObject({
        code: 'errors.projectNotFound',
      });
      await expect(repo.listRevisions(doomed.id, 's1')).rejects.toMatchObject({
        code: 'errors.projectNotFound',
      });
      expect((await repo.listRevisions(kept.id, 's1')).map((r) => r.text)).toEqual([
        'MT 1',
        'stays',
      ]);
    });

    it('lists projects most recently updated first', async () => {
      const a = await repo.createProject(sampleProject(1, 'A'));
      const b = await repo.createProject(sampleProject(1, 'B'));
      await repo.createProject(sampleProject(1, 'C'));
      const names = async () => (await repo.listProjects()).map((p) => p.name);
      expect(await names()).toEqual(['C', 'B', 'A']);
      await repo.saveChanges(a.id, [typed('s1', 'touched')]);
      expect(await names()).toEqual(['A', 'C', 'B']);
      await repo.addComment(b.id, 's1', { id: 'c1', text: 'note', author: 'me', createdAt: 1 });
      expect(await names()).toEqual(['B', 'A', 'C']);
    });

    it('names the project opened last, not the one changed last (issue 11 item 12)', async () => {
      const a = await repo.createProject(sampleProject(1, 'A'));
      const b = await repo.createProject(sampleProject(1, 'B'));
      await repo.markOpened(b.id);
      await repo.markOpened(a.id);
      await repo.saveChanges(b.id, [typed('s1', 'touched')]);
      expect(await repo.lastOpened()).toBe(a.id);
    });

    it('names no project opened last before any was opened', async () => {
      await repo.createProject(sampleProject(1, 'A'));
      expect(await repo.lastOpened()).toBeNull();
    });

    it('keeps the project opened last through a restructure of another one', async () => {
      const a = await repo.createProject(sampleProject(2, 'A'));
      const b = await repo.createProject(sampleProject(2, 'B'));
      await repo.markOpened(a.id);
      await repo.markOpened(b.id);
      const { segments } = await repo.openProject(b.id);
      await repo.restructure(b.id, segments, [], 'sentence');
      expect(await repo.lastOpened()).toBe(b.id);
    });

    it('names the project opened before the last one once the last one is deleted', async () => {
      const a = await repo.createProject(sampleProject(1, 'A'));
      const b = await repo.createProject(sampleProject(1, 'B'));
      await repo.markOpened(a.id);
      await repo.markOpened(b.id);
      await repo.deleteProject(b.id);
      expect(await repo.lastOpened()).toBe(a.id);
    });

    it('does not reorder the project list when a project is opened', async () => {
      const a = await repo.createProject(sampleProject(1, 'A'));
      await repo.createProject(sampleProject(1, 'B'));
      await repo.markOpened(a.id);
      expect((await repo.listProjects()).map((p) => p.name)).toEqual(['B', 'A']);
    });

    it('persists comments in the order they were added', async () => {
      const meta = await repo.createProject(sampleProject(2));
      const first = { id: 'c1', text: 'Check the term', author: 'Ana', createdAt: 10 };
      const second = { id: 'c2', text: 'Done', author: 'Ben', createdAt: 20 };
      await repo.addComment(meta.id, 's2', first);
      await repo.addComment(meta.id, 's2', second);
      const { segments } = await repo.openProject(meta.id);
      expect(segments[1]?.comments).toEqual([first, second]);
      expect(segments[0]?.comments).toEqual([]);
      await expect(repo.addComment(meta.id, 's9', first)).rejects.toThrow(/s9/);
    });

    it('exports each segment’s import revision first, then the stored revisions in order', async () => {
      const meta = await repo.createProject(sampleProject(2));
      await repo.saveChanges(meta.id, [typed('s2', 'b')]);
      await repo.saveChanges(meta.id, [typed('s1', 'a')]);
      const backup = await repo.exportBackup(meta.id);
      expect(backup).toMatchObject({
        format: 'verso-backup',
        version: 1,
        project: { name: 'Report', sourceLang: 'de' },
      });
      expect(backup.revisions.map((r) => [r.id, r.segmentId, r.text, r.origin])).toEqual([
        [1, 's1', 'MT 1', 'import'],
        [2, 's2', 'MT 2', 'import'],
        [3, 's2', 'b', 'typing'],
        [4, 's1', 'a', 'typing'],
      ]);
    });

    it('round-trips a project through exportBackup and importBackup as a new project', async () => {
      const original = await seedHistory(repo);
      const backup = JSON.parse(JSON.stringify(await repo.exportBackup(original.id))) as Backup;
      const restored = await repo.importBackup(backup);
      expect(restored.id).not.toBe(original.id);
      expect(restored).toMatchObject({
        name: original.name,
        createdAt: original.createdAt,
        segmentCount: 3,
      });
      const [a, b] = await Promise.all([
        repo.openProject(original.id),
        repo.openProject(restored.id),
      ]);
      expect(b.segments.map(visible)).toEqual(a.segments.map(visible));
      for (const { id } of a.segments) {
        const [ra, rb] = await Promise.all([
          repo.listRevisions(original.id, id),
          repo.listRevisions(restored.id, id),
        ]);
        expect(rb.map(content)).toEqual(ra.map(content));
      }
      const again = await repo.exportBackup(restored.id);
      expect(again.revisions).toEqual(backup.revisions);
      expect(again.segments).toEqual(backup.segments);
    });

    it('leaves the original project untouched when its backup is imported and edited', async () => {
      const original = await seedHistory(repo);
      const before = await repo.openProject(original.id);
      const historyBefore = await repo.listRevisions(original.id, 's1');
      const restored = await repo.importBackup(await repo.exportBackup(original.id));
      await repo.saveChanges(restored.id, [typed('s1', 'only in the copy')]);
      expect(await repo.openProject(original.id)).toEqual(before);
      expect(await repo.listRevisions(original.id, 's1')).toEqual(historyBefore);
      const copy = await repo.openProject(restored.id);
      expect(copy.segments[0]).toMatchObject({
        text: 'only in the copy',
        revisionCount: before.segments[0]!.revisionCount + 1,
      });
    });

    it('rejects opening a missing project with errors.projectNotFound', async () => {
      await expect(repo.openProject('no-such-project')).rejects.toMatchObject({
        name: 'VersoInputError',
        code: 'errors.projectNotFound',
        params: { id: 'no-such-project' },
      });
    });

    it('keeps a bilingual file’s statuses, notes, inline codes, ids and link scores on create', async () => {
      const meta = await repo.createProject({
        name: 'Bilingual',
        fileName: 'plan.xlf',
        sourceLang: 'zh-CN',
        targetLang: 'en',
        segments: [
          {
            source: '⟨1⟩一带一路⟨/1⟩',
            mt: '⟨1⟩Belt and Road⟨/1⟩',
            status: 'reviewed',
            notes: ['Checked against the official glossary'],
            codes: [
              { n: 1, kind: 'open', element: 'pc', id: '1', data: '<pc id="1">' },
              { n: 1, kind: 'close', element: 'pc', id: '1', data: '</pc>' },
            ],
            externalId: 'u1',
            alignScore: 0.42,
          },
        ],
      });
      const [segment] = (await repo.openProject(meta.id)).segments;
      expect(segment).toMatchObject({
        source: '⟨1⟩一带一路⟨/1⟩',
        text: '⟨1⟩Belt and Road⟨/1⟩',
        status: 'reviewed',
        importStatus: 'reviewed',
        externalId: 'u1',
        alignScore: 0.42,
      });
      expect(segment?.codes).toHaveLength(2);
      expect(segment?.comments.map((c) => c.text)).toEqual([
        'Checked against the official glossary',
      ]);
      const [imported] = await repo.listRevisions(meta.id, 's1');
      expect(imported).toMatchObject({ origin: 'import', status: 'reviewed' });
    });

    it('restructures a project: new segment list, revisions for the changes, count and mode stored', async () => {
      const meta = await repo.createProject(sampleProject(3));
      await repo.saveChanges(meta.id, [typed('s2', 'second, corrected')]);
      const { segments } = await repo.openProject(meta.id);
      const [s1, , s3] = segments as [Segment, Segment, Segment];
      const merged: Segment = {
        ...s1,
        mt: 'MT 1 MT 2',
        source: 'Quelle 1 Quelle 2',
        text: 'MT 1 second, corrected',
        ancestors: ['s2'],
      };
      const added = await repo.restructure(
        meta.id,
        [merged, s3],
        [{ segmentId: 's1', text: 'MT 1 second, corrected', status: 'edited', origin: 'merge' }],
        'sentence',
      );
      expect(added.map((r) => r.origin)).toEqual(['merge']);
      const reopened = await repo.openProject(meta.id);
      expect(reopened.meta).toMatchObject({ segmentCount: 2, mode: 'sentence' });
      expect(reopened.segments.map((s) => [s.id, s.text, s.status])).toEqual([
        ['s1', 'MT 1 second, corrected', 'edited'],
        ['s3', 'MT 3', 'new'],
      ]);
      const history = await repo.listRevisions(meta.id, 's1');
      expect(history.map((r) => [r.segmentId, r.origin])).toEqual([
        ['s1', 'import'],
        ['s2', 'typing'],
        ['s1', 'merge'],
      ]);
      expect((await repo.listProjects())[0]).toMatchObject({ segmentCount: 2, mode: 'sentence' });
    });

    it('pages a segment’s revisions newest first, each page older than the last, ending with the import (issue 12 item 3)', async () => {
      const meta = await repo.createProject(sampleProject(2));
      await repo.saveChanges(
        meta.id,
        Array.from({ length: 7 }, (_, i) => typed(i % 2 === 0 ? 's1' : 's2', `v${i}`)),
      );
      const texts: string[] = [];
      let page = await repo.listRevisionPage(meta.id, 's1', { limit: 2 });
      const totals = [page.total];
      texts.push(...page.revisions.map((r) => r.text));
      while (page.next !== null) {
        page = await repo.listRevisionPage(meta.id, 's1', { before: page.next, limit: 2 });
        totals.push(page.total);
        texts.push(...page.revisions.map((r) => r.text));
      }
      expect(texts).toEqual(['v6', 'v4', 'v2', 'v0', 'MT 1']);
      expect(totals).toEqual([5, 5, 5]);
      expect(page.previous).toBeUndefined();
      const all = await repo.listRevisions(meta.id, 's1');
      expect(texts).toEqual(all.map((r) => r.text).reverse());
    });

    it('gives each page the revision before its oldest, for its diff', async () => {
      const meta = await repo.createProject(sampleProject(1));
      await repo.saveChanges(meta.id, [typed('s1', 'a'), typed('s1', 'b'), typed('s1', 'c')]);
      const first = await repo.listRevisionPage(meta.id, 's1', { limit: 2 });
      expect(first.revisions.map((r) => r.text)).toEqual(['c', 'b']);
      expect(first.previous?.text).toBe('a');
      const second = await repo.listRevisionPage(meta.id, 's1', { before: first.next!, limit: 2 });
      expect(second.revisions.map((r) => r.text)).toEqual(['a', 'MT 1']);
      expect(second.next).toBeNull();
    });

    it('pages the revisions of the segments a merged segment absorbed with its own', async () => {
      const meta = await repo.createProject(sampleProject(2));
      await repo.saveChanges(meta.id, [typed('s2', 'second'), typed('s1', 'first')]);
      const { segments } = await repo.openProject(meta.id);
      const merged: Segment = { ...segments[0]!, text: 'first second', ancestors: ['s2'] };
      await repo.restructure(
        meta.id,
        [merged],
        [{ segmentId: 's1', text: 'first second', status: 'edited', origin: 'merge' }],
      );
      const page = await repo.listRevisionPage(meta.id, 's1', { limit: 3 });
      expect(page.revisions.map((r) => r.text)).toEqual(['first second', 'first', 'second']);
      expect(page.total).toBe(4);
      const rest = await repo.listRevisionPage(meta.id, 's1', { before: page.next!, limit: 3 });
      expect(rest.revisions.map((r) => r.origin)).toEqual(['import']);
    });

    it('rejects a restructure whose change names a segment not in the new list, changing nothing', async () => {
      const meta = await repo.createProject(sampleProject(2));
      const { segments } = await repo.openProject(meta.id);
      await expect(
        repo.restructure(meta.id, segments.slice(0, 1), [typed('s2', 'gone')]),
      ).rejects.toThrow(/s2/);
      expect((await repo.openProject(meta.id)).segments).toHaveLength(2);
    });

    it('round-trips bilingual fields and the mode through a backup', async () => {
      const meta = await repo.createProject({
        ...sampleProject(2),
        segments: [
          { mt: 'A', source: '甲', externalId: 'x1', alignScore: 0.5, status: 'approved' },
          { mt: 'B', source: '乙' },
        ],
      });
      const { segments } = await repo.openProject(meta.id);
      await repo.restructure(meta.id, segments, [], 'sentence');
      const copy = await repo.importBackup(await repo.exportBackup(meta.id));
      const restored = await repo.openProject(copy.id);
      expect(restored.meta.mode).toBe('sentence');
      expect(restored.segments[0]).toMatchObject({
        source: '甲',
        externalId: 'x1',
        alignScore: 0.5,
        status: 'approved',
        importStatus: 'approved',
      });
      expect(await repo.listRevisions(copy.id, 's1')).toHaveLength(1);
    });

    it('stores the QA settings with the project and carries them through a backup', async () => {
      const meta = await repo.createProject(sampleProject(1));
      const qa = {
        termRules: [
          {
            id: 't1',
            preferred: 'Belt and Road',
            forbidden: [{ pattern: 'one belt and one way', regex: false }],
            wholeWord: true,
            matchCase: false,
          },
        ],
        packs: ['belt-and-road'],
        words: ['Liaoning'],
        ignored: [{ findingId: 'spelling:s1:0:4:x', by: 'Ana', at: 7 }],
      };
      const saved = await repo.saveProjectQa(meta.id, qa);
      expect(saved.qa).toEqual(qa);
      expect((await repo.openProject(meta.id)).meta.qa).toEqual(qa);
      const copy = await repo.importBackup(await repo.exportBackup(meta.id));
      expect((await repo.openProject(copy.id)).meta.qa).toEqual(qa);
    });

    it('refuses a save whose expected stored state is stale, and stores nothing (issue 6)', async () => {
      const meta = await repo.createProject(sampleProject(3));
      await repo.saveChanges(meta.id, [typed('s2', 'saved by another tab')]);
      const stale = new Map([
        ['s1', { text: 'MT 1', status: 'new' as const }],
        ['s2', { text: 'MT 2', status: 'new' as const }],
      ]);
      const write = repo.saveChanges(meta.id, [typed('s1', 'one'), typed('s2', 'two')], stale);
      await expect(write).rejects.toMatchObject({
        code: 'errors.staleWrite',
        stale: [{ segmentId: 's2', text: 'saved by another tab', status: 'edited' }],
      });
      const { segments } = await repo.openProject(meta.id);
      expect(segments.map((s) => s.text)).toEqual(['MT 1', 'saved by another tab', 'MT 3']);
      expect(await repo.listRevisions(meta.id, 's1')).toHaveLength(1);
      // With the state as stored, the same write goes through.
      const fresh = new Map([['s2', { text: 'saved by another tab', status: 'edited' as const }]]);
      await repo.saveChanges(meta.id, [typed('s2', 'two')], fresh);
      expect((await repo.openProject(meta.id)).segments[1]?.text).toBe('two');
    });

    it('refuses a restructure whose expected stored state is stale, and stores nothing', async () => {
      const meta = await repo.createProject(sampleProject(3));
      const { segments } = await repo.openProject(meta.id);
      await repo.saveChanges(meta.id, [typed('s3', 'changed elsewhere')]);
      const expected = new Map(segments.map((s) => [s.id, { text: s.text, status: s.status }]));
      const merged = [segments[0]!, { ...segments[1]!, mt: 'MT 2 MT 3', text: 'MT 2 MT 3' }];
      await expect(
        repo.restructure(meta.id, merged, [], undefined, expected),
      ).rejects.toMatchObject({ code: 'errors.staleWrite' });
      const after = await repo.openProject(meta.id);
      expect(after.segments.map((s) => s.text)).toEqual(['MT 1', 'MT 2', 'changed elsewhere']);
    });

    it('refuses a restructure based on a segment another writer merged away', async () => {
      const meta = await repo.createProject(sampleProject(3));
      const { segments } = await repo.openProject(meta.id);
      const expected = new Map(segments.map((s) => [s.id, { text: s.text, status: s.status }]));
      // Another tab merges segments 2 and 3 first; nothing it kept differs in text or status.
      await repo.restructure(meta.id, segments.slice(0, 2), []);
      const split = [segments[0]!, segments[1]!, segments[2]!];
      await expect(repo.restructure(meta.id, split, [], undefined, expected)).rejects.toMatchObject(
        { code: 'errors.staleWrite', gone: [segments[2]!.id] },
      );
      expect((await repo.openProject(meta.id)).segments).toHaveLength(2);
    });

    it('rejects calls after close', async () => {
      repo.close();
      await expect(repo.listProjects()).rejects.toThrow(/closed/);
    });
  });
}

/** A project with edits, a status change, two edits in one call and a comment. */
async function seedHistory(repo: Repository) {
  const meta = await repo.createProject(sampleProject(3));
  await repo.saveChanges(meta.id, [typed('s1', 'first'), typed('s3', 'third')]);
  await repo.saveChanges(meta.id, [
    { segmentId: 's1', text: 'first', status: 'approved', origin: 'status' },
  ]);
  await repo.saveChanges(meta.id, [
    typed('s3', 'third, again'),
    { segmentId: 's3', text: 'third', status: 'reviewed', origin: 'undo' },
  ]);
  await repo.addComment(meta.id, 's2', {
    id: 'c1',
    text: 'Fine as is',
    author: 'Ana',
    createdAt: 5,
  });
  return meta;
}
