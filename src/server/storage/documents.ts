/**
 * Loading and compacting stored documents (issue 14), on top of any SyncStorage. A document's state is
 * its snapshot merged with every appended update; compaction folds the updates into a new snapshot so
 * loading stays fast, without ever rewriting the document on a save.
 */
import type { StoredDocument, SyncStorage } from './types.ts';

/** Merges Yjs updates into one (in a worker thread on the server: see ../jobs). */
export type MergeUpdates = (updates: readonly Uint8Array[]) => Promise<Uint8Array>;

/** The parts of a stored document, snapshot first. */
export function storedParts(stored: StoredDocument): Uint8Array[] {
  return [
    ...(stored.snapshot === undefined ? [] : [stored.snapshot.data]),
    ...stored.updates.map((u) => u.data),
  ];
}

/** What one compaction did. */
export type CompactionResult =
  | { readonly kind: 'compacted'; readonly merged: number; readonly bytes: number }
  | { readonly kind: 'nothing-to-do' }
  /** Another server compacted the document first, or the project is gone: nothing changed. */
  | { readonly kind: 'lost-race' };

/**
 * Folds the document's updates into its snapshot. Safe with several servers compacting at once: the
 * write checks the snapshot version it read and deletes only the rows it merged (SyncStorage).
 *
 * @param minUpdates do nothing when fewer updates than this are stored
 */
export async function compactDocument(
  storage: SyncStorage,
  project: string,
  document: string,
  merge: MergeUpdates,
  minUpdates = 1,
): Promise<CompactionResult> {
  const stored = await storage.readDocument(project, document);
  if (stored === undefined) return { kind: 'lost-race' };
  if (stored.updates.length < minUpdates || stored.updates.length === 0) {
    return { kind: 'nothing-to-do' };
  }
  const merged = await merge(storedParts(stored));
  const done = await storage.replaceWithSnapshot(
    project,
    document,
    stored.snapshot?.version,
    merged,
    stored.updates.map((u) => u.id),
  );
  return done
    ? { kind: 'compacted', merged: stored.updates.length, bytes: merged.length }
    : { kind: 'lost-race' };
}
