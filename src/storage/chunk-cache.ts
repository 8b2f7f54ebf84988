/**
 * The chunk records a repository last read or wrote, per project, so a save need not read back what it
 * already holds (issue 11: replace-all read 40 chunks, ≈ 14 MB deserialised, before rewriting them).
 *
 * Trust comes from the project row: every transaction that writes a project's chunks stamps the row
 * with a new `writeToken` (schema.ts). A copy remembered under token T is what IndexedDB holds while the
 * row still says T; a write by another tab (or anything else) changes the token, and the copy is then
 * read again. The check is one `get` of the row in the writing transaction itself, so nothing can
 * change between the check and the write.
 */
import type { StoredChunk } from './schema.ts';

/** A new write token: unique per write, so no two writers ever stamp the same one. */
export function newWriteToken(): string {
  return crypto.randomUUID();
}

export class ChunkCache {
  readonly #projects = new Map<
    string,
    { readonly token: string; readonly chunks: Map<number, StoredChunk> }
  >();

  /** Whether any chunk of `projectId` is remembered (under some token). */
  holds(projectId: string): boolean {
    return this.#projects.has(projectId);
  }

  /**
   * The chunks `indexes` of `projectId` if every one is remembered under `token` (the row's token read
   * in the current transaction), else undefined: the caller reads them.
   */
  get(
    projectId: string,
    token: string | undefined,
    indexes: Iterable<number>,
  ): StoredChunk[] | undefined {
    const held = this.#projects.get(projectId);
    if (token === undefined || held?.token !== token) return undefined;
    const found: StoredChunk[] = [];
    for (const index of indexes) {
      const chunk = held.chunks.get(index);
      if (!chunk) return undefined;
      found.push(chunk);
    }
    return found;
  }

  /**
   * After a committed transaction that found the row at `before` and left it at `after`, holding
   * `chunks`: the other chunks remembered under `before` are still stored as they are (they were not
   * written), so they stay; if the copy was not under `before`, only `chunks` are known now.
   * `replaced`: the transaction rewrote the whole project (every other chunk is gone).
   */
  remember(
    projectId: string,
    before: string | undefined,
    after: string | undefined,
    chunks: readonly StoredChunk[],
    replaced = false,
  ): void {
    if (after === undefined) {
      this.#projects.delete(projectId);
      return;
    }
    const held = this.#projects.get(projectId);
    // A held copy's token is never undefined: an unknown `before` keeps nothing.
    const kept =
      !replaced && held !== undefined && held.token === before
        ? held.chunks
        : new Map<number, StoredChunk>();
    for (const chunk of chunks) kept.set(chunk.index, chunk);
    this.#projects.set(projectId, { token: after, chunks: kept });
  }

  /** Nothing of `projectId` is held any more (deleted here or in another tab). */
  forget(projectId: string): void {
    this.#projects.delete(projectId);
  }
}
