/**
 * Inline content of a unit imported from XLIFF 2, written back with each code's own markup (issue 11
 * item 2): a `<mrk type="term">` comes back as `<mrk>`, a `<ph dataRef fs:fs>` with its attributes, ids
 * kept (module content such as `<gls:glossEntry ref="#m1">` points at them). The original markup is
 * used wherever it stays valid after the reviewer's edits; elsewhere a code falls back to a form that
 * is always valid:
 *
 * - `<pc>`/`<mrk>` stay elements when both halves are in the same text and nest with the other
 *   elements; otherwise `<pc>` becomes `<sc>`/`<ec>` and `<mrk>` becomes `<sm>`/`<em>` (XLIFF 2.1
 *   §4.7.2: the same annotation, allowed to overlap). A lone closing `<mrk>` half is left out.
 * - `<sc>`/`<ec>` and `<sm>`/`<em>` keep their markup when their partner is on the same side of the unit
 *   (in this segment or another one of the unit, start first) or the file marked them isolated; a
 *   lone `<sc>`/`<ec>` becomes isolated with a fresh id, a lone `<sm>` is closed at once, a lone `<em>`
 *   left out.
 * - A code written a second time (the reviewer may copy a placeholder as often as the source has it)
 *   gets a fresh id. Fallback codes carry no `dataRef`: their native code stays in the unit's
 *   `<originalData>`, which is written back as it was.
 */
import type { InlineCode } from '../../model/inline-codes.ts';
import { inlineParts, type InlinePart } from '../../model/inline-parts.ts';
import { attributes, xmlText } from '../../xml/escape.ts';

type CodePart = Extract<InlinePart, { kind: 'code' }>;

/** Ids in use in a unit, and fresh ones that are not. */
export class UnitIds {
  private readonly used = new Set<string>();
  private next = 1;

  /** Marks `id` as used. */
  take(id: string): void {
    this.used.add(id);
  }

  has(id: string): boolean {
    return this.used.has(id);
  }

  /** An id used nowhere else in the unit (`v1`, `v2`…), marked as used. */
  fresh(): string {
    let id = `v${this.next++}`;
    while (this.used.has(id)) id = `v${this.next++}`;
    this.used.add(id);
    return id;
  }
}

/** One text of a side of the unit (a segment's source or target) and the codes it may use. */
export interface SideText {
  readonly text: string;
  readonly codes: readonly InlineCode[];
}

/** How a code part is written: its own markup, in the fallback form, or not at all. */
type Mode = 'own' | 'fallback' | 'drop';

/**
 * The XML content of each text of one side of a unit, in order. `ids` holds every id the unit's
 * segments and codes use; fallback codes take fresh ones from it.
 */
export function keptSide(texts: readonly SideText[], ids: UnitIds): string[] {
  const rows = texts.map((t) => inlineParts(t.text, t.codes));
  const plan = planCodes(rows);
  const writer = new CodeWriter(ids);
  return rows.map((parts, row) => {
    let out = '';
    parts.forEach((part, index) => {
      if (part.kind === 'text') out += xmlText(part.text);
      else out += writer.write(part, plan.get(`${row}:${index}`) ?? 'fallback', parts);
    });
    return out;
  });
}

/** Decides, for every code part of the side, how it is written. */
function planCodes(rows: readonly InlinePart[][]): Map<string, Mode> {
  const plan = new Map<string, Mode>();
  const starts = new Map<string, string>();
  rows.forEach((parts, row) => {
    parts.forEach((part, index) => {
      if (part.kind !== 'code') return;
      const at = `${row}:${index}`;
      const { element, kind, id } = part.code;
      if (element === 'ph' || element === 'cp' || isIsolated(part.code)) plan.set(at, 'own');
      else if (element === 'sc' || element === 'sm') {
        starts.set(`${element}:${id ?? ''}`, at);
        plan.set(at, 'fallback');
      } else if (element === 'ec' || element === 'em') {
        const startKey = `${element === 'ec' ? 'sc' : 'sm'}:${id ?? ''}`;
        const start = starts.get(startKey);
        starts.delete(startKey);
        if (start !== undefined) plan.set(start, 'own');
        plan.set(at, start !== undefined ? 'own' : element === 'em' ? 'drop' : 'fallback');
      } else if (kind === 'close' && element === 'mrk' && !part.paired) plan.set(at, 'drop');
    });
    for (const [open, close] of nestedPairs(parts)) {
      plan.set(`${row}:${open}`, 'own');
      plan.set(`${row}:${close}`, 'own');
    }
  });
  return plan;
}

/**
 * The `<pc>`/`<mrk>` pairs of a text that can stay elements: both halves there, and not crossing a
 * pair kept before (XML elements must nest).
 */
function nestedPairs(parts: readonly InlinePart[]): [number, number][] {
  const kept: [number, number][] = [];
  parts.forEach((part, open) => {
    if (part.kind !== 'code' || part.code.kind !== 'open' || part.partner === undefined) return;
    if (part.code.element !== 'pc' && part.code.element !== 'mrk') return;
    const close = part.partner;
    const crosses = kept.some(
      ([a, b]) => (a < open && open < b && b < close) || (open < a && a < close && close < b),
    );
    if (!crosses) kept.push([open, close]);
  });
  return kept;
}

function isIsolated(code: InlineCode): boolean {
  return /\sisolated="yes"/.test(code.data);
}

/** Writes the code parts of one side, remembering which were written and the fallback ids. */
class CodeWriter {
  private readonly seen = new Set<string>();
  private readonly startIds = new Map<CodePart, string>();

  constructor(private readonly ids: UnitIds) {}

  write(part: CodePart, mode: Mode, parts: readonly InlinePart[]): string {
    const { code } = part;
    if (mode === 'drop') return '';
    const key = `${code.kind}:${code.element}:${code.id ?? ''}`;
    if (mode === 'own' && (code.id === undefined || !this.seen.has(key))) {
      if (code.id !== undefined) this.seen.add(key);
      return unprefixed(code.data);
    }
    return this.fallback(part, parts);
  }

  /** A code in the form that is valid wherever it stands. */
  private fallback(part: CodePart, parts: readonly InlinePart[]): string {
    const { code } = part;
    const ids = this.ids;
    if (code.kind === 'standalone') return `<ph${attributes({ id: ids.fresh() })}/>`;
    const marker = code.element === 'mrk' || code.element === 'sm' || code.element === 'em';
    if (code.kind === 'open') {
      const id = ids.fresh();
      const paired = code.element !== 'sc' && code.element !== 'sm' && part.paired;
      if (paired) this.startIds.set(part, id);
      if (marker) {
        const sm = markerStart(code.data, id);
        return paired ? sm : `${sm}<em${attributes({ startRef: id })}/>`;
      }
      return `<sc${attributes({ id, isolated: paired ? undefined : 'yes' })}/>`;
    }
    const open = part.partner === undefined ? undefined : (parts[part.partner] as CodePart);
    const startRef = open ? this.startIds.get(open) : undefined;
    if (marker) return startRef === undefined ? '' : `<em${attributes({ startRef })}/>`;
    return startRef === undefined
      ? `<ec${attributes({ id: ids.fresh(), isolated: 'yes' })}/>`
      : `<ec${attributes({ startRef })}/>`;
  }
}

/** `<mrk …>` or `<sm …/>` as `<sm … />` with a fresh id (the same attributes; XLIFF 2.1 §4.7.2.3). */
function markerStart(data: string, id: string): string {
  const attrs = unprefixed(data)
    .replace(/^<(mrk|sm)\b/, '')
    .replace(/\s*\/?>$/, '')
    .replace(/\sid="[^"]*"/, '');
  return `<sm id="${id}"${attrs}/>`;
}

/** Markup of a core element without the prefix the file may have used for the core namespace. */
function unprefixed(data: string): string {
  return data.replace(/^<(\/?)[A-Za-z_][\w.-]*:/, '<$1');
}
