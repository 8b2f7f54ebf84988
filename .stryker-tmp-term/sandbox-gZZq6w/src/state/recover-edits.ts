// @ts-nocheck
import { statusAfterEdit, type Segment } from '../core/model/model.ts';
import type { Repository } from '../core/project/repository.ts';
import {
  otherJournals,
  type JournalEntry,
  type JournalStorage,
  type TabLocks,
} from './edit-journal.ts';
import type { Store } from './store.ts';

/** What a recovery did. */
export interface Recovery {
  /** Edits written again (shown, saved, in history as typing). */
  readonly recovered: number;
  /** Edits left out because the segment was changed since (elsewhere) or is gone. */
  readonly skipped: number;
}

const same = (s: Pick<Segment, 'text' | 'status'>, e: JournalEntry) =>
  s.text === e.base.text && s.status === e.base.status;

/**
 * Replays the typing that closed or crashed tabs left unsaved in their journals (issue 6). An entry is
 * applied only when its segment is still stored as the typing started from it, so a later edit made
 * elsewhere is never replaced by an older unsaved one. The open project's entries go through the store
 * (shown, autosaved, journaled again by this tab); other projects' are written to the repository. A dead
 * tab's journal is removed once handled.
 */
export async function recoverEdits(
  storage: JournalStorage,
  ownKey: string,
  store: Store,
  repo: Repository,
  locks: TabLocks,
): Promise<Recovery> {
  let recovered = 0;
  let skipped = 0;
  for (const { key, tabId } of otherJournals(storage, ownKey)) {
    await locks.ifGone(tabId, async () => {
      // Read again under the lock: another tab may have handled this journal meanwhile.
      const orphan = otherJournals(storage, ownKey).find((j) => j.key === key);
      if (!orphan) return;
      const byProject = new Map<string, JournalEntry[]>();
      for (const e of orphan.entries)
        byProject.set(e.projectId, [...(byProject.get(e.projectId) ?? []), e]);
      try {
        for (const [projectId, entries] of byProject) {
          const result =
            store.state.project?.id === projectId
              ? replayInStore(store, entries)
              : await replayInRepository(repo, projectId, entries);
          recovered += result.recovered;
          skipped += result.skipped;
        }
        // Stored before the lock is released, so no other tab replays the same entries.
        if (recovered > 0) await store.flush();
        storage.removeItem(key);
      } catch {
        // Storage refused (full disk): the journal stays for the next start.
      }
    });
  }
  return { recovered, skipped };
}

function replayInStore(store: Store, entries: readonly JournalEntry[]): Recovery {
  let recovered = 0;
  let skipped = 0;
  for (const entry of entries) {
    const segment = store.state.segments.find((s) => s.id === entry.segmentId);
    if (!segment || segment.text === entry.text) continue;
    if (!same(segment, entry)) skipped += 1;
    else {
      store.editText(entry.segmentId, entry.text);
      recovered += 1;
    }
  }
  return { recovered, skipped };
}

async function replayInRepository(
  repo: Repository,
  projectId: string,
  entries: readonly JournalEntry[],
): Promise<Recovery> {
  let segments: readonly Segment[];
  try {
    segments = (await repo.openProject(projectId)).segments;
  } catch {
    return { recovered: 0, skipped: entries.length }; // the project was deleted since
  }
  const byId = new Map(segments.map((s) => [s.id, s]));
  const apply = entries.filter((e) => {
    const s = byId.get(e.segmentId);
    return s !== undefined && s.text !== e.text && same(s, e);
  });
  const unchanged = entries.filter((e) => byId.get(e.segmentId)?.text === e.text).length;
  if (apply.length > 0) {
    await repo.saveChanges(
      projectId,
      apply.map((e) => ({
        segmentId: e.segmentId,
        text: e.text,
        status: statusAfterEdit(e.base.status, e.text, byId.get(e.segmentId)?.mt ?? ''),
        origin: 'typing',
      })),
      new Map(apply.map((e) => [e.segmentId, e.base])),
    );
  }
  return { recovered: apply.length, skipped: entries.length - apply.length - unchanged };
}
