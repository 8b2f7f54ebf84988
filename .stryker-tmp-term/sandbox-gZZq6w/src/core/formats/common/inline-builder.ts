/**
 * Builds a segment's text with inline codes as placeholders (inline-codes.ts). One builder per side
 * (source, target) of a unit; both share a {@link CodeTable}, so that a code of the target that is the
 * same as one of the source — same identity in the file, same native code — gets the same number.
 */
// @ts-nocheck

import { placeholder, type InlineCode, type InlineCodeKind } from '../../model/inline-codes.ts';

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

/** The codes of one bilingual unit, numbered from 1 in order of first appearance. */
export class CodeTable {
  readonly codes: InlineCode[] = [];
  private readonly bySide = new Map<string, Numbered>();
  private readonly byKey = new Map<string, Numbered>();
  private next = 1;

  /**
   * The number for a code. Within a side, a key keeps its number (the close half of a pair finds its
   * open half). Across sides, a key keeps its number only if the code looks the same — a TMX `<ph>`
   * whose `<sub>` text was translated is a different code in the target, with its own record.
   */
  number(spec: CodeSpec, side: Side): number {
    const { key, kind } = spec;
    const look = spec.original ?? spec.data;
    if (key === undefined) return this.next++;
    const own = this.bySide.get(`${side}|${key}`);
    if (own) {
      own.looks.set(kind, look);
      return own.n;
    }
    const other = this.byKey.get(key);
    const same = other !== undefined && (other.looks.get(kind) ?? look) === look;
    const numbered: Numbered = same ? other : { n: this.next++, looks: new Map() };
    numbered.looks.set(kind, look);
    this.bySide.set(`${side}|${key}`, numbered);
    if (!other) this.byKey.set(key, numbered);
    return numbered.n;
  }

  /** Records a code; the first record of a number and kind wins (the source's, when both have it). */
  record(code: InlineCode): void {
    if (this.codes.some((c) => c.n === code.n && c.kind === code.kind)) return;
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
    return n;
  }

  /** The text built so far. */
  toString(): string {
    return this.text;
  }
}
