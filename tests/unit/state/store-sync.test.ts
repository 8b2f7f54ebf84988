/**
 * The store with other tabs and unclean shutdowns (issue 6): another tab's edits show at once; a save
 * based on text another tab replaced is refused and becomes a conflict the reviewer settles; typing is
 * journaled until stored, and a dead tab's journal is replayed on the next start.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ConnectionLossReason, ExternalChange } from '../../../src/core/project/repository.ts';
import { EditJournal, JOURNAL_PREFIX } from '../../../src/state/session/edit-journal.ts';
import { inProcessExporter } from '../../../src/jobs/export/in-process.ts';
import { inProcessImporter } from '../../../src/jobs/import/in-process.ts';
import { inProcessQa } from '../../../src/jobs/qa/in-process.ts';
import { recoverEdits } from '../../../src/state/session/recover-edits.ts';
import type { Store } from '../../../src/state/store.ts';
import { createStore } from '../../../src/state/wire.ts';
import { MemoryRepository } from '../../../src/storage/memory-repository.ts';
import { toStorageError } from '../../../src/storage/transaction.ts';
import { memoryStorage } from '../../support/memory-storage.ts';

const SEED = readFileSync(
  new URL('../../../corpus/000_bf2c9c8ccc29718b.txt', import.meta.url),
  'utf8',
);

/** A repository that can play "another tab stored this". */
class TabRepository extends MemoryRepository {
  readonly listeners: ((change: ExternalChange) => void)[] = [];
  onExternalChange(listener: (change: ExternalChange) => void): void {
    this.listeners.push(listener);
  }
  emit(change: ExternalChange): void {
    for (const listener of this.listeners) listener(change);
  }
  readonly lost: ((reason: ConnectionLossReason) => void)[] = [];
  override onVersionChange(listener: (reason: ConnectionLossReason) => void): void {
    this.lost.push(listener);
  }
  /** The connection is lost (another tab upgraded, or the browser closed it). */
  lose(reason: ConnectionLossReason): void {
    for (const listener of this.lost) listener(reason);
  }
  /** Another tab saves `text` in segment `segmentId` (stored, then broadcast). */
  async otherTabSaves(projectId: string, segmentId: string, text: string): Promise<void> {
    await this.saveChanges(projectId, [{ segmentId, text, status: 'edited', origin: 'typing' }]);
    this.emit({ kind: 'segments', projectId, segments: [{ segmentId, text, status: 'edited' }] });
  }
}

async function seeded(storage = memoryStorage()) {
  const repo = new TabRepository();
  const map = new Map<string, string>();
  const journal = new EditJournal(storage, 'this-tab');
  const store = createStore({
    repo,
    settings: {
      get: (k) => map.get(k) ?? null,
      set: (k, v) => void map.set(k, v),
      remove: (k) => void map.delete(k),
    },
    importer: inProcessImporter,
    qa: inProcessQa,
    exporter: inProcessExporter,
    journal,
  });
  await store.init({ fileName: 'seed.txt', text: SEED });
  const projectId = store.state.project!.id;
  return { store, repo, journal, storage, projectId };
}

/** Another tab's store over the same repository, with its own journal, on `projectId`. */
async function storeOn(repo: TabRepository, journal: EditJournal, projectId: string) {
  const store = createStore({
    repo,
    settings: { get: () => null, set: () => undefined, remove: () => undefined },
    importer: inProcessImporter,
    qa: inProcessQa,
    exporter: inProcessExporter,
    journal,
  });
  await store.openProject(projectId);
  return store;
}

const text = (store: Store, n: number) => store.state.segments[n - 1]!.text;

describe('Store with other tabs', () => {
  it('shows another tab’s saved edit at once', async () => {
    const { store, repo, projectId } = await seeded();
    await repo.otherTabSaves(projectId, 's3', 'From the other tab.');
    expect(text(store, 3)).toBe('From the other tab.');
    expect(store.state.segments[2]!.revisionCount).toBe(2);
    expect(store.hasUnsavedChanges).toBe(false);
  });

  it('never saves typing over another tab’s newer text, and keeps both texts in the history', async () => {
    const { store, repo, journal, projectId } = await seeded();
    store.editText('s5', 'Typed here.');
    await repo.otherTabSaves(projectId, 's5', 'Saved there first.');
    expect(text(store, 5)).toBe('Typed here.'); // unsaved typing is never replaced while it is unsaved
    await store.flush();
    await store.flush();
    expect(store.state.notice).toMatchObject({
      key: 'errors.conflict',
      params: { count: 1, segments: '5' },
    });
    // The first writer's text stays current, here too; this tab's text is the revision before it.
    expect(text(store, 5)).toBe('Saved there first.');
    expect((await repo.openProject(projectId)).segments[4]!.text).toBe('Saved there first.');
    const history = await repo.listRevisions(projectId, 's5');
    expect(history.map((r) => [r.text, r.origin]).slice(1)).toEqual([
      ['Saved there first.', 'typing'],
      ['Typed here.', 'typing'],
      ['Saved there first.', 'restore'],
    ]);
    expect(store.state.segments[4]!.revisionCount).toBe(history.length);
    expect(store.state.save).toBe('saved');
    expect(store.hasUnsavedChanges).toBe(false);
    expect(journal.entries).toEqual([]);
  });

  it('does not take its own failed write for another tab’s change', async () => {
    const { store, repo, projectId } = await seeded();
    const save = repo.saveChanges.bind(repo);
    let fail = true;
    repo.saveChanges = (...args) => {
      if (fail) {
        fail = false;
        return Promise.reject(new DOMException('full', 'QuotaExceededError'));
      }
      return save(...args);
    };
    store.editText('s2', 'first try');
    const first = store.flush();
    store.editText('s2', 'first try, then more');
    await first;
    await store.flush();
    expect(store.state.notice?.key).not.toBe('errors.conflict');
    expect((await repo.openProject(projectId)).segments[1]!.text).toBe('first try, then more');
  });

  it('writes the other segments of a write refused as stale at once, with their own origin', async () => {
    const { store, repo, projectId } = await seeded();
    store.editText('s2', 'Mine in two.');
    store.editText('s3', 'Mine in three.');
    await repo.otherTabSaves(projectId, 's3', 'Theirs in three.');
    await store.flush();
    // No further typing or flush: segment 2 is stored anyway, as typing.
    await expect
      .poll(async () => (await repo.openProject(projectId)).segments[1]!.text)
      .toBe('Mine in two.');
    const revisions = await repo.listRevisions(projectId, 's2');
    expect(revisions.at(-1)).toMatchObject({ text: 'Mine in two.', origin: 'typing' });
    expect((await repo.openProject(projectId)).segments[2]!.text).toBe('Theirs in three.');
  });

  /** Replace all in segments 3–7 here (one undoable step). */
  async function replacedAll(store: Store) {
    const edits = [3, 4, 5, 6, 7].map((n) => ({ segmentId: `s${n}`, text: `Replaced ${n}.` }));
    await store.applyTexts(edits, 'replace');
    return edits;
  }

  it('does not undo a segment another tab rewrote after the step, and says which', async () => {
    const { store, repo, projectId } = await seeded();
    const before = text(store, 6);
    await replacedAll(store);
    await repo.otherTabSaves(projectId, 's6', 'Rewritten in the other tab.');
    await store.undo();
    expect(text(store, 6)).toBe('Rewritten in the other tab.');
    expect((await repo.openProject(projectId)).segments[5]!.text).toBe(
      'Rewritten in the other tab.',
    );
    expect(before).not.toBe('Rewritten in the other tab.');
    expect(store.state.notice).toMatchObject({
      key: 'errors.undoStale',
      params: { count: 1, segments: '6' },
    });
  });

  it('undoes the segments of the step no other tab touched', async () => {
    const { store, repo, projectId } = await seeded();
    const before = [3, 4, 5, 7].map((n) => text(store, n));
    await replacedAll(store);
    await repo.otherTabSaves(projectId, 's6', 'Rewritten in the other tab.');
    await store.undo();
    const stored = (await repo.openProject(projectId)).segments;
    expect([3, 4, 5, 7].map((n) => stored[n - 1]!.text)).toEqual(before);
  });

  it('keeps another tab’s text when its change has not reached this tab before the undo', async () => {
    const { store, repo, projectId } = await seeded();
    await replacedAll(store);
    // Stored by the other tab, but its broadcast has not arrived here yet.
    await repo.saveChanges(projectId, [
      { segmentId: 's6', text: 'Not heard yet.', status: 'edited', origin: 'typing' },
    ]);
    await store.undo();
    await store.flush();
    expect((await repo.openProject(projectId)).segments[5]!.text).toBe('Not heard yet.');
    expect(text(store, 6)).toBe('Not heard yet.');
  });

  it('does not redo a segment another tab rewrote after the undo, and says which', async () => {
    const { store, repo, projectId } = await seeded();
    await replacedAll(store);
    await store.undo();
    await repo.otherTabSaves(projectId, 's4', 'Rewritten after the undo.');
    await store.redo();
    expect(text(store, 4)).toBe('Rewritten after the undo.');
    expect(text(store, 5)).toBe('Replaced 5.');
    expect(store.state.notice).toMatchObject({
      key: 'errors.redoStale',
      params: { count: 1, segments: '4' },
    });
  });

  it('shows the stored QA settings again when saving new ones fails, and says so', async () => {
    const { store, repo } = await seeded();
    const before = store.state.project!.qa!;
    const quota = toStorageError(new DOMException('full', 'QuotaExceededError')) as Error;
    repo.saveProjectQa = () => Promise.reject(quota);
    await store.qa.setPack('belt-and-road', !before.packs.includes('belt-and-road'));
    expect(store.state.project!.qa).toEqual(before);
    expect(store.state.save).toBe('error');
    expect(store.state.notice?.key).toBe('errors.quota');
  });

  it('reloads the open project when another tab restructures it, and leaves it when deleted', async () => {
    const { store, repo, projectId } = await seeded();
    const { segments } = await repo.openProject(projectId);
    await repo.restructure(projectId, segments.slice(1), []);
    repo.emit({ kind: 'project', projectId, what: 'structure' });
    await expect.poll(() => store.state.segments.length).toBe(segments.length - 1);
    await repo.deleteProject(projectId);
    repo.emit({ kind: 'project', projectId, what: 'deleted' });
    await expect.poll(() => store.state.project).toBeNull();
    expect(store.state.notice?.key).toBe('notices.deletedElsewhere');
  });
});

describe('Store journal and recovery', () => {
  it('journals typing synchronously and forgets it once stored', async () => {
    const { store, journal } = await seeded();
    store.editText('s4', 'Typed.');
    expect(journal.entries.map((e) => e.text)).toEqual(['Typed.']);
    await store.flush();
    expect(journal.entries).toEqual([]);
  });

  it('keeps the journal entry while the disk is full', async () => {
    const { store, repo, journal } = await seeded();
    // What IdbRepository rejects with when the browser's quota is exceeded.
    const quota = toStorageError(new DOMException('full', 'QuotaExceededError')) as Error;
    repo.saveChanges = () => Promise.reject(quota);
    store.editText('s4', 'Typed on a full disk.');
    await store.flush();
    expect(store.state.notice?.key).toBe('errors.quota');
    expect(journal.entries.map((e) => e.text)).toEqual(['Typed on a full disk.']);
  });

  it('says storage is full when Chromium reports the quota as an UnknownError, and keeps the journal', async () => {
    const { store, repo, journal } = await seeded();
    const full = new DOMException('Internal error: quota exceeded while writing', 'UnknownError');
    const quota = toStorageError(full) as Error;
    repo.saveChanges = () => Promise.reject(quota);
    store.editText('s2', 'typed on a full disk');
    await store.flush();
    expect(store.state.notice?.key).toBe('errors.quota');
    expect(journal.entries.map((e) => e.text)).toEqual(['typed on a full disk']);
  });

  it('says the browser closed storage, not that Verso was updated, when the connection is terminated', async () => {
    const { store, repo } = await seeded();
    repo.lose('terminated');
    expect(store.state.notice?.key).toBe('errors.storageLost');
    repo.lose('versionchange');
    expect(store.state.notice?.key).toBe('errors.versionChange');
  });

  it('replays what a dead tab left unsaved, unless the segment changed since', async () => {
    const storage = memoryStorage();
    const first = await seeded(storage);
    const { projectId } = first;
    const dead = new EditJournal(storage, 'dead-tab');
    const mt = (n: number) => first.store.state.segments[n - 1]!.mt;
    dead.record(projectId, 's6', 'Left unsaved.', { text: mt(6), status: 'new' });
    dead.record(projectId, 's7', 'Older than the stored text.', { text: mt(7), status: 'new' });
    await first.repo.saveChanges(projectId, [
      { segmentId: 's7', text: 'Saved later elsewhere.', status: 'edited', origin: 'typing' },
    ]);
    await first.store.openProject(projectId);
    const locks = {
      hold: () => undefined,
      ifGone: (_: string, work: () => Promise<void>) => work(),
    };
    const result = await recoverEdits(storage, first.journal.key, first.store, first.repo, locks);
    expect(result).toEqual({ recovered: 1, skipped: 1 });
    expect(text(first.store, 6)).toBe('Left unsaved.');
    expect(text(first.store, 7)).toBe('Saved later elsewhere.');
    expect((await first.repo.openProject(projectId)).segments[5]!.text).toBe('Left unsaved.');
    expect(storage.getItem(`${JOURNAL_PREFIX}dead-tab`)).toBeNull();
  });

  it('replays typing that went on while its autosave was written, when the tab dies next', async () => {
    const storage = memoryStorage();
    const { store, repo, projectId } = await seeded(storage);
    store.editText('s5', 'Typed');
    const writing = store.flush();
    store.editText('s5', 'Typed on');
    await writing;
    // Storage has "Typed"; the tab dies before "Typed on" is written. The next tab opens the project.
    expect((await repo.openProject(projectId)).segments[4]!.text).toBe('Typed');
    const nextJournal = new EditJournal(storage, 'next-tab');
    const next = await storeOn(repo, nextJournal, projectId);
    const locks = {
      hold: () => undefined,
      ifGone: (_: string, work: () => Promise<void>) => work(),
    };
    expect(await recoverEdits(storage, nextJournal.key, next, repo, locks)).toEqual({
      recovered: 1,
      skipped: 0,
    });
    expect((await repo.openProject(projectId)).segments[4]!.text).toBe('Typed on');
  });

  it('replays a dead tab’s journal once when two tabs start together', async () => {
    const storage = memoryStorage();
    const { repo, projectId, store } = await seeded(storage);
    new EditJournal(storage, 'dead-tab').record(projectId, 's6', 'Left unsaved.', {
      text: store.state.segments[5]!.mt,
      status: 'new',
    });
    // Each live tab holds its own lock; a dead tab's lock is taken by one handler at a time.
    const held = new Set<string>();
    const locks = {
      hold: (tabId: string) => void held.add(tabId),
      async ifGone(tabId: string, work: () => Promise<void>) {
        if (held.has(tabId)) return;
        held.add(tabId);
        try {
          await work();
        } finally {
          held.delete(tabId);
        }
      },
    };
    const tabs = await Promise.all(
      ['tab-a', 'tab-b'].map(async (id) => {
        locks.hold(id);
        const journal = new EditJournal(storage, id);
        return { journal, store: await storeOn(repo, journal, projectId) };
      }),
    );
    const results = await Promise.all(
      tabs.map((t) => recoverEdits(storage, t.journal.key, t.store, repo, locks)),
    );
    expect(results.reduce((n, r) => n + r.recovered, 0)).toBe(1);
    const revisions = await repo.listRevisions(projectId, 's6');
    expect(revisions.filter((r) => r.text === 'Left unsaved.')).toHaveLength(1);
  });

  it('leaves the journal of a tab that is still open alone', async () => {
    const storage = memoryStorage();
    const { store, repo, journal, projectId } = await seeded(storage);
    new EditJournal(storage, 'live-tab').record(projectId, 's2', 'Still typing there.', {
      text: store.state.segments[1]!.mt,
      status: 'new',
    });
    const locks = { hold: () => undefined, ifGone: () => Promise.resolve() };
    expect(await recoverEdits(storage, journal.key, store, repo, locks)).toEqual({
      recovered: 0,
      skipped: 0,
    });
    expect(storage.getItem(`${JOURNAL_PREFIX}live-tab`)).not.toBeNull();
  });
});
