/**
 * Editing a project's scorecard (issue 15, deliverable 1: "an editable scorecard per project"): the
 * pure operations behind the scorecard editor — rename, add and remove categories, change penalty
 * weights, the reference word count and the pass threshold — the checks that name the field at fault,
 * and what a draft becomes when it is saved. Every operation returns a new scorecard (the store
 * compares by identity) and leaves the ids of the categories it keeps alone, so logged errors keep
 * their category through any rename.
 */
import type { LqaError } from './error.ts';
import { SHIPPED_CATEGORY_IDS } from './names.ts';
import { scorecardPreset } from './presets.ts';
import {
  flattenCategories,
  subtreeIds,
  type LqaCategory,
  type LqaSeverity,
  type Scorecard,
} from './scorecard.ts';

/** The id a changed preset is saved under: it is no longer the preset its id would claim. */
export const CUSTOM_SCORECARD_ID = 'custom';

/** Longest id made from a name (the scorecard format allows 64 characters; room for a "-NN"). */
const MAX_SLUG = 48;

/** Something in a draft scorecard that keeps it from being saved, with the field it is about. */
export type ScorecardProblem =
  /** The reference word count is not a whole number of 1 or more. */
  | { readonly kind: 'referenceWords' }
  /** The pass threshold is not a number from 0 to 100. */
  | { readonly kind: 'passThreshold' }
  /** A severity's penalty weight is not a number of 0 or more. */
  | { readonly kind: 'severityWeight'; readonly severityId: string }
  /** A category of the reviewer's own has an empty name. */
  | { readonly kind: 'categoryName'; readonly categoryId: string }
  /** The scorecard has no category left. */
  | { readonly kind: 'noCategories' }
  /** Logged errors use a category the draft no longer has. */
  | { readonly kind: 'categoryInUse'; readonly categoryId: string; readonly count: number }
  /** Logged errors use a severity the draft no longer has. */
  | { readonly kind: 'severityInUse'; readonly severityId: string; readonly count: number };

/**
 * Why the draft cannot be saved, in the order of the editor's fields (empty: it can). `errors` are the
 * project's logged errors: a scorecard without a category or severity one of them uses would orphan it
 * (it could no longer be named, scored or written to a backup that reads back, see lqa-json.ts).
 */
export function scorecardProblems(
  draft: Scorecard,
  errors: readonly Pick<LqaError, 'categoryId' | 'severityId'>[],
): ScorecardProblem[] {
  const problems: ScorecardProblem[] = [];
  if (!Number.isInteger(draft.referenceWords) || draft.referenceWords < 1) {
    problems.push({ kind: 'referenceWords' });
  }
  const threshold = draft.passThreshold;
  if (!Number.isFinite(threshold) || threshold < 0 || threshold > 100) {
    problems.push({ kind: 'passThreshold' });
  }
  for (const s of draft.severities) {
    if (!Number.isFinite(s.weight) || s.weight < 0) {
      problems.push({ kind: 'severityWeight', severityId: s.id });
    }
  }
  const placed = flattenCategories(draft);
  if (placed.length === 0) problems.push({ kind: 'noCategories' });
  for (const { category } of placed) {
    if (!hasName(category)) problems.push({ kind: 'categoryName', categoryId: category.id });
  }
  const categories = new Set(placed.map((p) => p.category.id));
  for (const [categoryId, count] of countBy(errors, (e) => e.categoryId)) {
    if (!categories.has(categoryId)) problems.push({ kind: 'categoryInUse', categoryId, count });
  }
  const severities = new Set(draft.severities.map((s) => s.id));
  for (const [severityId, count] of countBy(errors, (e) => e.severityId)) {
    if (!severities.has(severityId)) problems.push({ kind: 'severityInUse', severityId, count });
  }
  return problems;
}

/** A category can be shown: it has a name of its own, or a shipped one (an i18n key). */
function hasName(category: LqaCategory): boolean {
  if (category.name !== undefined) return category.name.trim() !== '';
  return SHIPPED_CATEGORY_IDS.includes(category.id);
}

function countBy<T>(items: readonly T[], key: (item: T) => string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return counts;
}

/**
 * How many logged errors would lose their category if category `id` were removed: those of the
 * category itself and of its subtypes.
 */
export function errorsUnderCategory(
  scorecard: Pick<Scorecard, 'categories'>,
  id: string,
  errors: readonly Pick<LqaError, 'categoryId'>[],
): number {
  const ids = new Set(subtreeIds(scorecard, id));
  return errors.filter((e) => ids.has(e.categoryId)).length;
}

/**
 * Rebuilds the tree with `change` applied to every category (`null` removes it and its subtypes);
 * subtrees `change` leaves alone stay the same objects.
 */
function mapCategories(
  list: readonly LqaCategory[],
  change: (category: LqaCategory) => LqaCategory | null,
): LqaCategory[] {
  const out: LqaCategory[] = [];
  for (const category of list) {
    const changed = change(category);
    if (changed === null) continue;
    const before = changed.children;
    const children = before ? mapCategories(before, change) : [];
    const same =
      children.length === (before?.length ?? 0) && children.every((c, i) => c === before?.[i]);
    if (same) {
      out.push(changed); // an unchanged subtree stays the same object
      continue;
    }
    const { children: _old, ...rest } = changed;
    out.push(children.length > 0 ? { ...rest, children } : rest);
  }
  return out;
}

/**
 * Category `id` renamed to `name` (trimmed). A shipped category given back its shipped name
 * (`shippedName`, in the UI language) or an empty one drops its own name, so it follows the UI
 * language again; a category of the reviewer's own keeps even an empty name (scorecardProblems
 * reports it).
 */
export function renameCategory(
  scorecard: Scorecard,
  id: string,
  name: string,
  shippedName?: string,
): Scorecard {
  const trimmed = name.trim();
  const shipped = SHIPPED_CATEGORY_IDS.includes(id);
  const categories = mapCategories(scorecard.categories, (c) => {
    if (c.id !== id) return c;
    const { name: _old, ...rest } = c;
    if (shipped && (trimmed === '' || trimmed === shippedName)) return rest;
    return { ...rest, name: trimmed };
  });
  return { ...scorecard, categories };
}

/**
 * A new category named `name`: a dimension (at the end) when `parentId` is `null`, else the last
 * subtype of category `parentId` (whose ITS issue type it inherits). Its id is made from the name
 * (lower-case ASCII letters, digits and hyphens, unique in the scorecard), and stays when it is renamed.
 */
export function addCategory(
  scorecard: Scorecard,
  parentId: string | null,
  name: string,
): { scorecard: Scorecard; id: string } {
  const id = uniqueId(
    slug(name),
    flattenCategories(scorecard).map((p) => p.category.id),
  );
  const added: LqaCategory = { id, name: name.trim() };
  if (parentId === null) {
    return { scorecard: { ...scorecard, categories: [...scorecard.categories, added] }, id };
  }
  const categories = mapCategories(scorecard.categories, (c) =>
    c.id === parentId ? { ...c, children: [...(c.children ?? []), added] } : c,
  );
  return { scorecard: { ...scorecard, categories }, id };
}

/** Category `id` and its subtypes removed (the caller checks {@link errorsUnderCategory} first). */
export function removeCategory(scorecard: Scorecard, id: string): Scorecard {
  return {
    ...scorecard,
    categories: mapCategories(scorecard.categories, (c) => (c.id === id ? null : c)),
  };
}

/** Severity `id` with penalty weight `weight` (NaN from an emptied field is kept for the checks). */
export function setSeverityWeight(scorecard: Scorecard, id: string, weight: number): Scorecard {
  return {
    ...scorecard,
    severities: scorecard.severities.map((s): LqaSeverity => (s.id === id ? { ...s, weight } : s)),
  };
}

/** An id of `[a-z0-9-]` from a name ("Tone of voice" → `tone-of-voice`), or `category`. */
function slug(name: string): string {
  const ascii = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, MAX_SLUG)
    .replace(/^-+|-+$/g, '');
  return ascii === '' ? 'category' : ascii;
}

/** `base`, or `base-2`, `base-3`… whichever `taken` does not hold. */
function uniqueId(base: string, taken: readonly string[]): string {
  const used = new Set(taken);
  if (!used.has(base)) return base;
  let n = 2;
  while (used.has(`${base}-${n}`)) n += 1;
  return `${base}-${n}`;
}

/** True when two scorecards score alike and have the same typology (ids and names aside). */
export function sameScorecardContent(a: Scorecard, b: Scorecard): boolean {
  const content = (s: Scorecard) =>
    JSON.stringify([s.categories, s.severities, s.referenceWords, s.passThreshold]);
  return content(a) === content(b);
}

/**
 * The scorecard a saved draft becomes. A preset left as shipped stays that preset (its id, its name
 * in every UI language). A changed preset is no longer that preset: the report must not call a card
 * with other weights "MQM Core", so it is saved as the reviewer's own card ({@link CUSTOM_SCORECARD_ID})
 * named `name`. A card of the reviewer's own keeps its id and takes `name` (none when empty).
 */
export function settleScorecard(draft: Scorecard, name: string): Scorecard {
  const preset = scorecardPreset(draft.id);
  if (preset && sameScorecardContent(draft, preset)) return preset;
  const { name: _old, ...rest } = draft;
  const trimmed = name.trim();
  return {
    ...rest,
    id: preset ? CUSTOM_SCORECARD_ID : draft.id,
    ...(trimmed === '' ? {} : { name: trimmed }),
  };
}
