/**
 * Concordance (issue 16, deliverable 3): where a word or phrase occurs in the memory's sources, MTs
 * or targets, with the spans to highlight. A phrase matches whole tokens (tokens.ts) in order,
 * case-insensitively and whatever the white space between them: "belt and road" finds "Belt and
 * Road" and "belt  and road"; in CJK text, where each character is a token, any run of characters
 * ("一带一路" inside "推进一带一路建设"). Candidates come from the posting lists of the phrase's
 * content terms (intersected), so a search never reads units without all its words.
 */
import { postingSlot, type FieldIndex, type Vocabulary } from './field-index.ts';
import type { MemoryUnit } from './model.ts';
import { isContent, matchTokens, normOf, visitMatchTokens, type MatchToken } from './tokens.ts';

/** The texts of a unit a concordance search looks in. */
export type ConcordanceField = 'source' | 'mt' | 'target';

export const CONCORDANCE_FIELDS: readonly ConcordanceField[] = ['source', 'mt', 'target'];

/** What to search for, where, and which units. */
export interface ConcordanceQuery {
  readonly text: string;
  /** Default: all three. */
  readonly fields?: readonly ConcordanceField[];
  /** Only units of these projects, by id (the app) or name (the CLI; TMX units may have only one). */
  readonly projects?: readonly string[];
  /** Only units changed at or after this time (ms since the epoch). */
  readonly from?: number;
  /** Only units changed at or before this time. */
  readonly to?: number;
  /** Most hits returned (default {@link DEFAULT_CONCORDANCE_LIMIT}). */
  readonly limit?: number;
}

export const DEFAULT_CONCORDANCE_LIMIT = 50;

/** A half-open range of offsets in a text. */
export interface TextSpan {
  readonly start: number;
  readonly end: number;
}

/** A unit the phrase occurs in, with where in each field. */
export interface ConcordanceHit {
  readonly unit: MemoryUnit;
  readonly spans: Readonly<Partial<Record<ConcordanceField, readonly TextSpan[]>>>;
}

/** The hits, most recently changed first; `more` when the limit left some out. */
export interface ConcordanceResult {
  readonly hits: readonly ConcordanceHit[];
  readonly more: boolean;
}

/** What the search reads of a memory. */
export interface ConcordanceIndex {
  readonly vocabulary: Vocabulary;
  field(name: ConcordanceField): FieldIndex;
  unitAt(slot: number): MemoryUnit | undefined;
  readonly slotCount: number;
}

/** Searches the memory (see the module comment). */
export function concordance(index: ConcordanceIndex, query: ConcordanceQuery): ConcordanceResult {
  const phrase = matchTokens(query.text);
  const limit = query.limit ?? DEFAULT_CONCORDANCE_LIMIT;
  if (phrase.length === 0 || limit <= 0) return { hits: [], more: false };
  const fields = query.fields ?? CONCORDANCE_FIELDS;
  const terms = [...new Set(phrase.filter(isContent).map((t) => t.norm))].map((term) =>
    index.vocabulary.find(term),
  );
  if (terms.includes(-1)) return { hits: [], more: false };
  const where = new Map<number, ConcordanceField[]>();
  for (const name of fields) {
    const field = index.field(name);
    for (const slot of candidateSlots(index, field, terms)) {
      if (field.lengths[slot]! < 0) continue;
      const list = where.get(slot);
      if (list) list.push(name);
      else where.set(slot, [name]);
    }
  }
  const projects = query.projects ? new Set(query.projects) : undefined;
  const units: { slot: number; unit: MemoryUnit }[] = [];
  for (const slot of where.keys()) {
    const unit = index.unitAt(slot);
    if (!unit) continue;
    if (projects && !projects.has(unit.projectId ?? '') && !projects.has(unit.projectName ?? ''))
      continue;
    if (query.from !== undefined && unit.changedAt < query.from) continue;
    if (query.to !== undefined && unit.changedAt > query.to) continue;
    units.push({ slot, unit });
  }
  units.sort((a, b) => b.unit.changedAt - a.unit.changedAt || b.slot - a.slot);
  const hits: ConcordanceHit[] = [];
  for (const { slot, unit } of units) {
    const spans: Partial<Record<ConcordanceField, readonly TextSpan[]>> = {};
    let found = false;
    for (const name of where.get(slot)!) {
      const text = unit[name];
      const inField = text === undefined ? [] : phraseSpans(text, phrase);
      if (inField.length > 0) {
        spans[name] = inField;
        found = true;
      }
    }
    if (!found) continue;
    if (hits.length === limit) return { hits, more: true };
    hits.push({ unit, spans });
  }
  return { hits, more: false };
}

/** Slots whose field has every term (all live slots when the phrase has no content term). */
function candidateSlots(
  index: ConcordanceIndex,
  field: FieldIndex,
  terms: readonly number[],
): Iterable<number> {
  if (terms.length === 0) return Array.from({ length: index.slotCount }, (_, slot) => slot);
  const lists = terms.map((t) => field.postingsOf(t)).sort((a, b) => a.length - b.length);
  let slots = Array.from(lists[0]!, postingSlot);
  for (const list of lists.slice(1)) {
    if (slots.length === 0) break;
    const next: number[] = [];
    let k = 0;
    for (const posting of list) {
      const slot = postingSlot(posting);
      while (k < slots.length && slots[k]! < slot) k++;
      if (k === slots.length) break;
      if (slots[k] === slot) next.push(slot);
    }
    slots = next;
  }
  return slots;
}

/**
 * Where the phrase's tokens occur in `text` as consecutive tokens (same kind and comparison form),
 * not overlapping, in order.
 */
export function phraseSpans(text: string, phrase: readonly MatchToken[]): TextSpan[] {
  const tokens: { norm: string; kind: string; start: number; end: number }[] = [];
  visitMatchTokens(text, (kind, start, end) => {
    tokens.push({ kind, start, end, norm: normOf(kind, text.slice(start, end)) });
  });
  const spans: TextSpan[] = [];
  const k = phrase.length;
  for (let i = 0; i + k <= tokens.length;) {
    let j = 0;
    while (
      j < k &&
      tokens[i + j]!.norm === phrase[j]!.norm &&
      tokens[i + j]!.kind === phrase[j]!.kind
    )
      j++;
    if (j === k) {
      spans.push({ start: tokens[i]!.start, end: tokens[i + k - 1]!.end });
      i += k;
    } else i++;
  }
  return spans;
}
