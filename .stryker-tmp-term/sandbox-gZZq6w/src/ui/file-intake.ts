// @ts-nocheck
import { MAX_FILE_BYTES } from '../core/model/limits.ts';
import type { Store } from '../state/store.ts';

/**
 * Reads files the reviewer chose or dropped into bytes for the store, refusing any over the size limit
 * before reading it (a 2 GB file must not be loaded to be refused). Returns null when refused.
 */
export async function readWithinLimit(store: Store, file: File): Promise<Uint8Array | null> {
  if (file.size > MAX_FILE_BYTES) {
    store.report({
      kind: 'error',
      key: 'errors.tooLarge',
      params: { file: file.name, size: file.size, limit: MAX_FILE_BYTES },
    });
    return null;
  }
  return new Uint8Array(await file.arrayBuffer());
}

/** Opens each file as a project (document, backup or bilingual file). */
export async function openFiles(store: Store, files: readonly File[]): Promise<void> {
  for (const file of files) {
    const bytes = await readWithinLimit(store, file);
    if (bytes) await store.openFile(bytes, file.name);
  }
}

/** Aligns a source text with its MT and opens the result. */
export async function openPair(
  store: Store,
  sourceFile: File,
  mtFile: File,
  languages: { sourceLang: string; targetLang: string },
): Promise<void> {
  const source = await readWithinLimit(store, sourceFile);
  const target = source && (await readWithinLimit(store, mtFile));
  if (!source || !target) return;
  await store.imports.importPair({
    source,
    sourceName: sourceFile.name,
    target,
    targetName: mtFile.name,
    ...languages,
  });
}
