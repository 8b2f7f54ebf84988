/**
 * Builds a segment's text with inline codes as placeholders (inline-codes.ts). One builder per side
 * (source, target) of a unit; both share a {@link CodeTable}, so that a code of the target that is the
 * same as one of the source — same identity in the file, same native code — gets the same number.
 */
import { placeholder, type InlineCode, type InlineCodeKind } from '../../model/inline-codes.ts';
import {
  MAX_SEGMENT_CHARS,
  MAX_SEGMENT_CODES,
  segmentTooLong,
  tooManyCodes,
} from '../../model/limits.ts';

export type Side = 'source' | 'target';

/** What a format reader says about one code it meets. */
export interface CodeSpec {
  /**
   * Identity in the file (`pc:1`, `bpt:2`): the two halves of a pair share it, and so do a source code
   * and the same code in the target. Without one, the code gets a number of its own.
   */
  readonly key?: string;
  readonly kind: InlineCodeKind;
  readonly element: string;
  readonly id?: string;
  readonly data: string;
  readonly original?: string;
}

interface Numbered {
  readonly n: number;
  /** What each half looked like on the side that numbered it. */
  readonly looks: Map<InlineCodeKind, string>;
}

/** Which unit of which file a table belongs to, for the limits' messages. */
export interface UnitPlace {
  readonly file: string;
  /** 1-based, in the order the reader builds units. */
  readonly n: number;
}

/** A maker of the code tables of a file's units, numbering the units 1, 2, 3… as it makes them. */
export function codeTables(file: string): () => CodeTable {
  let n = 0;
  return () => new CodeTable({ file, n: ++n });
}

/**
 * The codes of one bilingual unit, numbered from 1 in order of first appearance. Linear in the number
 * of codes (issue 12, item 5: 100,000 `<ph/>` in one TMX segment took 33 s with a list search per
 * code), and refused past MAX_SEGMENT_CODES as they come, before more are built.
 */
export class CodeTable {
  readonly codes: InlineCode[] = [];
  private readonly bySide = new Map<string, Numbered>();
  private readonly byKey = new Map<string, Numbered>();
  /** `${n}|${kind}` of each code recorded. */
  private readonly recorded = new Set<string>();
  private next = 1;

  constructor(readonly place: UnitPlace = { file: 'the file', n: 1 }) {}

  /**
   * The number for a code. Within a side, a key keeps its number (the close half of a pair finds its
   * open half). Across sides, a key keeps its number only if the code looks the same — a TMX `<ph>`
   * whose `<sub>` text was translated is a different code in the target, with its own record.
   */
  number(spec: CodeSpec, side: Side): number {
    const { key, kind } = spec;
    const look = spec.original ?? spec.data;
    if (key === undefined) return this.newNumber();
    const own = this.bySide.get(`${side}|${key}`);
    if (own) {
      own.looks.set(kind, look);
      return own.n;
    }
    const other = this.byKey.get(key);
    const same = other !== undefined && (other.looks.get(kind) ?? look) === look;
    const numbered: Numbered = same ? other : { n: this.newNumber(), looks: new Map() };
    numbered.looks.set(kind, look);
    this.bySide.set(`${side}|${key}`, numbered);
    if (!other) this.byKey.set(key, numbered);
    return numbered.n;
  }

  /** The next number; past MAX_SEGMENT_CODES the unit is refused. */
  private newNumber(): number {
    if (this.next > MAX_SEGMENT_CODES) throw tooManyCodes(this.place.file, this.place.n, this.next);
    return this.next++;
  }

  /** Records a code; the first record of a number and kind wins (the source's, when both have it). */
  record(code: InlineCode): void {
    const id = `${code.n}|${code.kind}`;
    if (this.recorded.has(id)) return;
    this.recorded.add(id);
    this.codes.push(code);
  }
}

/** Accumulates one side's text. */
export class InlineBuilder {
  private text = '';

  constructor(
    private readonly table: CodeTable,
    private readonly side: Side = 'source',
  ) {}

  /** Appends plain text. */
  append(text: string): void {
    this.text += text;
    this.checkLength();
  }

  /** Appends a code's placeholder and records the code; returns its number. */
  code(spec: CodeSpec): number {
    const n = this.table.number(spec, this.side);
    const { kind, element, id, data, original } = spec;
    this.table.record({
      n,
      kind,
      element,
      data,
      ...(id === undefined ? {} : { id }),
      ...(original === undefined ? {} : { original }),
    });
    this.text += placeholder({ n, kind });
    this.checkLength();
    return n;
  }

  /** Refuses the unit as soon as its text passes the limit, rather than once it is built. */
  private checkLength(): void {
    if (this.text.length <= MAX_SEGMENT_CHARS) return;
    throw segmentTooLong(this.table.place.file, this.table.place.n, this.text.length);
  }

  /** The length of the text built so far (where the next text or code goes). */
  get length(): number {
    return this.text.length;
  }

  /** The text built so far. */
  toString(): string {
    return this.text;
  }
}
