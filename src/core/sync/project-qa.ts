/**
 * A project's QA settings in its shared Y.Doc (issue 14: QA settings are shared with the project and
 * stay in step): one Y.Map `qa` of entries, one per item, so two reviewers who each add a word, a term
 * rule or an ignored finding keep both (a whole-object value would keep only the later):
 * - `init` → true: the map holds the project's settings (an older shared document has none yet);
 * - `pack:<id>` → true, `word:<word>` → true;
 * - `rule:<id>` → TermRule; `ignored:<finding id>` → IgnoredFinding (with its author, `by`).
 * Removing an item deletes its key. Pure: no Yjs here, only the entries.
 */
import type { IgnoredFinding, ProjectQa } from '../model/model.ts';
import type { TermRule } from '../terms/model.ts';
import { entryChanges, type EntryChanges } from './map-entries.ts';

/** Name of the Y.Map in the project's Y.Doc. */
export const QA_MAP = 'qa';
/** Key marking a map that holds the settings. */
export const QA_INIT = 'init';

/** The entries of `qa`, `init` included. */
export function qaEntries(qa: ProjectQa): Map<string, unknown> {
  const entries = new Map<string, unknown>([[QA_INIT, true]]);
  for (const id of qa.packs) entries.set(`pack:${id}`, true);
  for (const word of qa.words) entries.set(`word:${word}`, true);
  for (const rule of qa.termRules) entries.set(`rule:${rule.id}`, rule);
  for (const ignored of qa.ignored) entries.set(`ignored:${ignored.findingId}`, ignored);
  return entries;
}

/**
 * The settings the entries hold. Items also in `order` keep their place there; the others follow in
 * the entries' order, so a reviewer's lists do not reshuffle when another's change arrives.
 */
export function qaFromEntries(entries: ReadonlyMap<string, unknown>, order: ProjectQa): ProjectQa {
  const packs: string[] = [];
  const words: string[] = [];
  const rules: TermRule[] = [];
  const ignored: IgnoredFinding[] = [];
  const ranks = rankOf(order);
  const rank = (key: string): number => ranks.get(key) ?? Infinity;
  const keys = [...entries.keys()]
    .map((key, i) => ({ key, i, r: rank(key) }))
    .sort((a, b) => a.r - b.r || a.i - b.i)
    .map((k) => k.key);
  for (const key of keys) {
    const value = entries.get(key);
    const colon = key.indexOf(':');
    const kind = key.slice(0, colon);
    const id = key.slice(colon + 1);
    if (kind === 'pack') packs.push(id);
    else if (kind === 'word') words.push(id);
    else if (kind === 'rule' && isRecord(value)) rules.push(value as unknown as TermRule);
    else if (kind === 'ignored' && isRecord(value))
      ignored.push(value as unknown as IgnoredFinding);
  }
  return { termRules: rules, packs, words, ignored };
}

/** What turns the entries of `from` into those of `to`: keys to set (new or changed) and to delete. */
export function qaChanges(from: ProjectQa, to: ProjectQa): EntryChanges {
  return entryChanges(qaEntries(from), qaEntries(to));
}

/** Whether two settings hold the same items (order aside). */
export function sameQa(a: ProjectQa, b: ProjectQa): boolean {
  const { set, remove } = qaChanges(a, b);
  return set.length === 0 && remove.length === 0;
}

function rankOf(qa: ProjectQa): Map<string, number> {
  return new Map([...qaEntries(qa).keys()].map((key, i) => [key, i]));
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
