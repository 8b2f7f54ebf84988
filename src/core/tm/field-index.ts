/**
 * The inverted index of one text field of a memory's units (source, MT or target; issue 16,
 * deliverable 3). Terms are the content tokens of tokens.ts in their comparison form (a lower-case
 * word, a CJK character, a number); each posting says which unit (by slot) has the term and how
 * often. A lookup counts, per unit, the content tokens it shares with the query, which bounds the
 * match percentage from above (see lookup.ts); a concordance search intersects posting lists.
 *
 * For lookups the field also keeps each unit's content tokens as term ids ("forward" lists, numbers
 * all one id), so candidates are re-scored by Levenshtein distance without tokenizing them again.
 *
 * Slots only grow: a changed or removed unit leaves its old slot dead (the memory compacts by
 * rebuilding), so posting lists stay sorted by slot.
 */
import { normOf, visitMatchTokens } from './tokens.ts';

/** Term ids shared by the fields of one memory. Id 0 stands for "a number" in forward lists. */
export class Vocabulary {
  private readonly ids = new Map<string, number>();
  private next = 1;

  /** The id of `term`, given one if it has none yet. */
  intern(term: string): number {
    let id = this.ids.get(term);
    if (id === undefined) {
      id = this.next++;
      this.ids.set(term, id);
    }
    return id;
  }

  /** The id of `term`, or -1 when no unit has it. */
  find(term: string): number {
    return this.ids.get(term) ?? -1;
  }
}

/** The forward-list id of every number (numbers align with each other when scoring). */
export const NUMBER_ID = 0;

/** A posting: the slot times {@link COUNT_SPAN} plus how often the term occurs (at most 15). */
const COUNT_SPAN = 16;

/** The content terms of a text, as the index and the lookup see them. */
export interface TextTerms {
  /** Term id of each content token in order; {@link NUMBER_ID} for numbers. */
  readonly forward: number[];
  /** Term id of each content token in order, numbers by their value. */
  readonly terms: number[];
  readonly numbers: number;
}

/**
 * The content terms of `text`. With `vocabulary.intern` new terms get ids (indexing); with a lookup
 * function unknown terms are -1 (a query).
 */
export function termsOf(text: string, id: (term: string) => number): TextTerms {
  const forward: number[] = [];
  const terms: number[] = [];
  let numbers = 0;
  visitMatchTokens(text, (kind, start, end) => {
    if (kind !== 'word' && kind !== 'number') return;
    const term = id(normOf(kind, text.slice(start, end)));
    terms.push(term);
    if (kind === 'number') {
      numbers++;
      forward.push(NUMBER_ID);
    } else forward.push(term);
  });
  return { forward, terms, numbers };
}

/** One field's postings, lengths and forward lists. */
export class FieldIndex {
  private readonly postings: number[][] = [];
  /** Content tokens per slot; -1 when the slot's unit lacks the field or is dead. */
  readonly lengths: number[] = [];
  /** Numbers per slot. */
  readonly numberCounts: number[] = [];
  private forwardData = new Int32Array(1024);
  private forwardUsed = 0;
  private readonly forwardStarts: number[] = [];

  constructor(
    private readonly vocabulary: Vocabulary,
    private readonly keepForward: boolean,
  ) {}

  /** Indexes `text` (`undefined`: the unit lacks the field) at `slot`, the next slot. */
  add(slot: number, text: string | undefined): void {
    this.forwardStarts[slot] = this.forwardUsed;
    if (text === undefined) {
      this.lengths[slot] = -1;
      this.numberCounts[slot] = 0;
      return;
    }
    const { forward, terms, numbers } = termsOf(text, (term) => this.vocabulary.intern(term));
    this.lengths[slot] = forward.length;
    this.numberCounts[slot] = numbers;
    if (this.keepForward) this.appendForward(forward);
    terms.sort((a, b) => a - b);
    for (let k = 0; k < terms.length;) {
      const term = terms[k]!;
      let run = 1;
      while (terms[k + run] === term) run++;
      (this.postings[term] ??= []).push(slot * COUNT_SPAN + Math.min(run, COUNT_SPAN - 1));
      k += run;
    }
  }

  /** Marks a slot dead: lookups and searches skip it. */
  kill(slot: number): void {
    this.lengths[slot] = -1;
  }

  /** The postings of a term (see {@link COUNT_SPAN}); empty for an unknown term. */
  postingsOf(term: number): readonly number[] {
    return (term >= 0 ? this.postings[term] : undefined) ?? EMPTY;
  }

  /** The forward list of a slot (a view: valid until the next `add`). */
  forwardOf(slot: number): Int32Array {
    const start = this.forwardStarts[slot] ?? 0;
    return this.forwardData.subarray(start, start + Math.max(0, this.lengths[slot] ?? 0));
  }

  private appendForward(forward: readonly number[]): void {
    if (this.forwardUsed + forward.length > this.forwardData.length) {
      const grown = new Int32Array(
        Math.max(this.forwardData.length * 2, this.forwardUsed + forward.length),
      );
      grown.set(this.forwardData.subarray(0, this.forwardUsed));
      this.forwardData = grown;
    }
    this.forwardData.set(forward, this.forwardUsed);
    this.forwardUsed += forward.length;
  }
}

const EMPTY: readonly number[] = [];

/** The slot of a posting. */
export function postingSlot(posting: number): number {
  return Math.floor(posting / COUNT_SPAN);
}

/** How often the posting's term occurs in its slot (at most 15). */
export function postingCount(posting: number): number {
  return posting % COUNT_SPAN;
}
