/**
 * The reviewer's name (Settings › Your name; issues 14, 16, 17): kept under one Settings key, read by
 * every flow that stamps an author (revisions, comments, ignored findings, LQA errors, TM units).
 * Earlier builds kept it under `verso.userName` (LQA and TM) next to `verso.name` (sharing): a name
 * found only under the old key is moved to the one key the first time it is read, so no one has to
 * type it again.
 */
import type { Settings } from '../app-state.ts';

/** The one Settings key of the reviewer's name. */
export const AUTHOR_KEY = 'verso.name';

/** Keys earlier builds kept the name under, newest first. */
export const LEGACY_AUTHOR_KEYS: readonly string[] = ['verso.userName'];

/** Longest name kept. */
const MAX_NAME = 80;

/** The reviewer's name, trimmed; '' until set. Moves a name kept under an older key to `AUTHOR_KEY`. */
export function authorName(settings: Settings): string {
  const name = settings.get(AUTHOR_KEY);
  if (name !== null) return name.trim();
  for (const key of LEGACY_AUTHOR_KEYS) {
    const old = settings.get(key)?.trim();
    if (old) {
      settings.set(AUTHOR_KEY, old.slice(0, MAX_NAME));
      return old.slice(0, MAX_NAME);
    }
  }
  return '';
}

/** Remembers `name` (trimmed, at most 80 characters) as the reviewer's name and returns what was kept. */
export function setAuthorName(settings: Settings, name: string): string {
  const kept = name.trim().slice(0, MAX_NAME);
  settings.set(AUTHOR_KEY, kept);
  return kept;
}
