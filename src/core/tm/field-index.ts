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
import { HASH_START, hashStep } from '../text/lexicon.ts';
import { normOf, visitMatchTokens, type MatchTokenKind } from './tokens.ts';

/**
 * Term ids shared by the fields of one memory. Id 0 stands for "a number" in forward lists.
 *
 * Indexing 100,000 units looks up millions of tokens, so a term is found from the text itself, as
 * text/lexicon.ts does for words: ASCII tokens by an FNV-1a hash of their lower-cased code units in an
 * open-addressing table, compared in place; single characters (a CJK character, a one-letter word)
 * in a table by code unit; only other tokens go through normOf (tokens.ts) and a Map. All three agree
 * with normOf: the id of a token is the id of its comparison form.
 */
export class Vocabulary {
  private readonly terms: string[] = [''];
  private readonly hashes: number[] = [0];
  /** Open addressing: slot → term id (0 = empty). */
  private slots = new Int32Array(1 << 12);
  /** Single-code-unit terms (in comparison form) → term id. */
  private readonly singles = new Int32Array(0x10000);
  /** Terms with characters outside ASCII, longer than one code unit. */
  private readonly others = new Map<string, number>();

  /** The number of ids given (the largest id + 1). */
  get size(): number {
    return this.terms.length;
  }

  /** The id of `term` (a comparison form), given one if it has none yet. */
  intern(term: string): number {
    return this.idAt(term, 0, term.length, 'word', true);
  }

  /** The id of `term` (a comparison form), or -1 when no unit has it. */
  find(term: string): number {
    return this.idAt(term, 0, term.length, 'word', false);
  }

  /**
   * The id of the token `text[start, end)` of kind `kind`, in its comparison form; a new id when `add`
   * and the term is new, else -1 for an unknown term. `normalized`: the range is a comparison form.
   */
  idAt(
    text: string,
    start: number,
    end: number,
    kind: MatchTokenKind,
    add: boolean,
    normalized = false,
  ): number {
    if (end - start === 1) {
      let code = text.charCodeAt(start);
      if (code >= 0x41 && code <= 0x5a) code |= 0x20;
      else if (code >= 0x80 && !normalized && !(code >= 0x3400 && code <= 0x9fff))
        return this.viaNorm(text, start, end, kind, add);
      const known = this.singles[code]!;
      if (known !== 0 || !add) return known === 0 ? -1 : known;
      return (this.singles[code] = this.newTerm(String.fromCharCode(code), 0));
    }
    let hash = HASH_START;
    for (let i = start; i < end; i++) {
      let code = text.charCodeAt(i);
      if (code >= 0x80) {
        if (!normalized) return this.viaNorm(text, start, end, kind, add);
        const term = text.slice(start, end);
        const known = this.others.get(term);
        if (known !== undefined || !add) return known ?? -1;
        const id = this.newTerm(term, 0);
        this.others.set(term, id);
        return id;
      }
      if (code >= 0x41 && code <= 0x5a) code |= 0x20;
      hash = hashStep(hash, code);
    }
    const mask = this.slots.length - 1;
    const length = end - start;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const id = this.slots[slot]!;
      if (id === 0) {
        if (!add) return -1;
        let term = text.slice(start, end);
        if (/[A-Z]/.test(term)) term = term.toLowerCase();
        const fresh = this.newTerm(term, hash);
        this.slots[slot] = fresh;
        if (this.hashes.length * 2 > this.slots.length) this.rehash();
        return fresh;
      }
      if (this.hashes[id] === hash && sameLowerCase(this.terms[id]!, text, start, length))
        return id;
    }
  }

  /** Tokens outside the fast paths: their comparison form, looked up as such. */
  private viaNorm(
    text: string,
    start: number,
    end: number,
    kind: MatchTokenKind,
    add: boolean,
  ): number {
    const norm = normOf(kind, text.slice(start, end));
    return norm === '' ? -1 : this.idAt(norm, 0, norm.length, kind, add, true);
  }

  private newTerm(term: string, hash: number): number {
    this.terms.push(term);
    this.hashes.push(hash);
    return this.terms.length - 1;
  }

  private rehash(): void {
    this.slots = new Int32Array(this.slots.length * 2);
    const mask = this.slots.length - 1;
    this.terms.forEach((term, id) => {
      // Only ASCII terms of two code units or more live in the table.
      if (id === 0 || term.length < 2 || this.others.get(term) === id) return;
      let slot = this.hashes[id]! & mask;
      while (this.slots[slot] !== 0) slot = (slot + 1) & mask;
      this.slots[slot] = id;
    });
  }
}

/** True when `text[start, start + length)`, lower-cased (ASCII), is `term`. */
function sameLowerCase(term: string, text: string, start: number, length: number): boolean {
  if (term.length !== length) return false;
  for (let i = 0; i < length; i++) {
    let code = text.charCodeAt(start + i);
    if (code >= 0x41 && code <= 0x5a) code |= 0x20;
    if (code !== term.charCodeAt(i)) return false;
  }
  return true;
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
 * The content terms of `text`. With `add` new terms get ids (indexing); without, unknown terms are -1
 * (a query).
 */
export function termsOf(text: string, vocabulary: Vocabulary, add: boolean): TextTerms {
  const forward: number[] = [];
  const terms: number[] = [];
  let numbers = 0;
  visitMatchTokens(text, (kind, start, end) => {
    if (kind !== 'word' && kind !== 'number') return;
    const term = vocabulary.idAt(text, start, end, kind, add);
    terms.push(term);
    if (kind === 'number') {
      numbers++;
      forward.push(NUMBER_ID);
    } else forward.push(term);
  });
  return { forward, terms, numbers };
}

/**
 * Postings not yet merged before the merge (a bulk load merges once at its end; one approved segment
 * at a time stays in the log, which lookups scan, until this many).
 */
const MAX_LOGGED = 16_384;
/** Pairs per chunk of the log. */
const LOG_CHUNK = 1 << 16;

/**
 * One field's postings, lengths and forward lists. Postings are kept in one typed array grouped by
 * term (compressed sparse rows: `offsets[t]..offsets[t + 1]` in `postings`), plus a log of the
 * postings added since the last merge — no array per term, which made a 100,000-unit load spend as
 * much time collecting garbage as indexing.
 */
export class FieldIndex {
  private offsets = new Int32Array(1);
  private postings = new Int32Array(0);
  /** The log: chunks of {@link LOG_CHUNK} (term, posting) pairs, never copied as they fill. */
  private readonly log: Int32Array[] = [];
  private logged = 0;
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
    // No arrays per text: 100,000 units are indexed at once when a memory opens.
    if (this.keepForward) this.reserveForward(text.length);
    if (scratch.length < 2 * text.length) scratch = new Int32Array(4 * text.length);
    const { vocabulary, keepForward } = this;
    let count = 0;
    let numbers = 0;
    visitMatchTokens(text, (kind, start, end) => {
      if (kind !== 'word' && kind !== 'number') return;
      const term = vocabulary.idAt(text, start, end, kind, true);
      scratch[count++] = term;
      if (kind === 'number') numbers++;
      if (keepForward) this.forwardData[this.forwardUsed++] = kind === 'number' ? NUMBER_ID : term;
    });
    this.lengths[slot] = count;
    this.numberCounts[slot] = numbers;
    // Count each term's occurrences without sorting: a stamp per term says it was seen in this text.
    if (this.marks.length < vocabulary.size) this.growMarks(vocabulary.size);
    const stamp = ++this.stamp;
    let distinct = 0;
    for (let k = 0; k < count; k++) {
      const term = scratch[k]!;
      if (this.marks[term] !== stamp) {
        this.marks[term] = stamp;
        this.occurrences[term] = 1;
        scratch[count + distinct++] = term;
      } else this.occurrences[term]!++;
    }
    for (let k = count; k < count + distinct; k++) {
      const term = scratch[k]!;
      const posting = slot * COUNT_SPAN + Math.min(this.occurrences[term]!, COUNT_SPAN - 1);
      const at = (this.logged % LOG_CHUNK) * 2;
      const index = Math.floor(this.logged / LOG_CHUNK);
      const chunk = at === 0 ? (this.log[index] = new Int32Array(LOG_CHUNK * 2)) : this.log[index]!;
      chunk[at] = term;
      chunk[at + 1] = posting;
      this.logged++;
    }
  }

  /** Merges the log into the grouped postings if it has grown large (see {@link MAX_LOGGED}). */
  mergeIfLarge(): void {
    if (this.logged > MAX_LOGGED) this.merge();
  }

  /** Merges the log into the grouped postings: a counting sort by term, slots staying in order. */
  merge(): void {
    if (this.logged === 0) return;
    const terms = Math.max(this.offsets.length - 1, this.vocabulary.size);
    const counts = new Int32Array(terms + 1);
    for (let t = 0; t < this.offsets.length - 1; t++)
      counts[t] = this.offsets[t + 1]! - this.offsets[t]!;
    this.forEachLogged((term) => counts[term]!++);
    const offsets = new Int32Array(terms + 1);
    for (let t = 0; t < terms; t++) offsets[t + 1] = offsets[t]! + counts[t]!;
    const postings = new Int32Array(offsets[terms]!);
    const next = offsets.slice(0, terms);
    for (let t = 0; t < this.offsets.length - 1; t++) {
      const from = this.offsets[t]!;
      const to = this.offsets[t + 1]!;
      postings.set(this.postings.subarray(from, to), next[t]);
      next[t]! += to - from;
    }
    // Logged slots come after every merged one, and in order: each term's list stays sorted.
    this.forEachLogged((term, posting) => (postings[next[term]!++] = posting));
    this.offsets = offsets;
    this.postings = postings;
    this.logged = 0;
    this.log.length = 0;
  }

  private forEachLogged(visit: (term: number, posting: number) => void): void {
    for (let k = 0; k < this.logged; k += LOG_CHUNK) {
      const chunk = this.log[k / LOG_CHUNK]!;
      const end = Math.min(LOG_CHUNK, this.logged - k) * 2;
      for (let i = 0; i < end; i += 2) visit(chunk[i]!, chunk[i + 1]!);
    }
  }

  private marks = new Int32Array(1024);
  private occurrences = new Int32Array(1024);
  private stamp = 0;

  private growMarks(size: number): void {
    const marks = new Int32Array(size * 2);
    marks.set(this.marks);
    this.marks = marks;
    const occurrences = new Int32Array(size * 2);
    occurrences.set(this.occurrences);
    this.occurrences = occurrences;
  }

  /** Marks a slot dead: lookups and searches skip it. */
  kill(slot: number): void {
    this.lengths[slot] = -1;
  }

  /**
   * The postings of a term in slot order (see {@link COUNT_SPAN}); empty for an unknown term. A view
   * of the index when nothing is logged for the term, else a copy with the logged ones.
   */
  postingsOf(term: number): ArrayLike<number> & Iterable<number> {
    if (term < 0) return EMPTY;
    const merged =
      term < this.offsets.length - 1
        ? this.postings.subarray(this.offsets[term], this.offsets[term + 1])
        : EMPTY;
    let logged: number[] | undefined;
    this.forEachLogged((t, posting) => {
      if (t === term) (logged ??= []).push(posting);
    });
    return logged ? [...merged, ...logged] : merged;
  }

  /** The forward list of a slot (a view: valid until the next `add`). */
  forwardOf(slot: number): Int32Array {
    const start = this.forwardStarts[slot] ?? 0;
    return this.forwardData.subarray(start, start + Math.max(0, this.lengths[slot] ?? 0));
  }

  /** Room for `count` more forward ids. */
  private reserveForward(count: number): void {
    if (this.forwardUsed + count <= this.forwardData.length) return;
    const grown = new Int32Array(Math.max(this.forwardData.length * 2, this.forwardUsed + count));
    grown.set(this.forwardData.subarray(0, this.forwardUsed));
    this.forwardData = grown;
  }
}

const EMPTY = new Int32Array(0);

/** Term ids of the text being indexed, then its distinct ones (twice the text's length at most). */
let scratch = new Int32Array(4096);

/** The slot of a posting. */
export function postingSlot(posting: number): number {
  return Math.floor(posting / COUNT_SPAN);
}

/** How often the posting's term occurs in its slot (at most 15). */
export function postingCount(posting: number): number {
  return posting % COUNT_SPAN;
}
