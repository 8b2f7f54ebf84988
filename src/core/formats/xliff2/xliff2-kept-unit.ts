/**
 * A `<unit>` of an imported XLIFF 2 file written back (issue 11 item 2): its attributes, the modules
 * and extensions Verso does not edit, the file's notes and original data as they were, Verso's MT
 * candidate beside the file's own candidates, new comments beside the file's notes, and one
 * `<segment>` per row (ids kept) with its codes in their own markup (xliff2-kept-codes.ts). Rows split
 * off a segment of the unit (no preserved markup of their own) are written as more segments of it.
 */
import type { Segment } from '../../model/model.ts';
import type { InlineCode } from '../../model/inline-codes.ts';
import type { PreservedAttributes, PreservedElement } from '../../model/preserved.ts';
import { attributes, xmlAttr, xmlText } from '../../xml/escape.ts';
import { keptSide, UnitIds } from './xliff2-kept-codes.ts';
import { sourceOf } from '../../export/export-input.ts';

/** What the writer gives a kept unit for each of its rows: the generic MT candidate. */
export interface RowWriter {
  /** `<mtc:match ref="#id" type="mt">…</mtc:match>` for the row's MT, or nothing. */
  mtMatch(segment: Segment, segmentId: string): string[];
  /** `state` and `subState` of the row's status. */
  state(segment: Segment): { state: string; subState: string };
  /** The languages of the document. */
  readonly languages: { readonly source: string; readonly target: string };
  /**
   * The row's target text and codes to write, when the writer adds markers of its own (the quality
   * issues, xliff2-its.ts), their ids taken from `ids`.
   */
  annotate?(row: Segment, ids: UnitIds): { text: string; codes: readonly InlineCode[] };
}

/** The XML of a kept unit with its rows. */
export function keptUnit(
  path: readonly PreservedElement[],
  rows: readonly Segment[],
  writer: RowWriter,
): string {
  const unit = path[path.length - 1]!;
  const ids = new UnitIds();
  // An xml:lang around the unit would be inherited by source and target: say theirs (§xml:lang).
  const lang = path.some((e) => e.attributes.some(([name]) => name === 'xml:lang'))
    ? writer.languages
    : undefined;
  for (const row of rows) {
    for (const code of row.codes ?? []) if (code.id !== undefined) ids.take(code.id);
    const id = attributeValue(row.preserved?.segment ?? [], 'id');
    if (id !== undefined) ids.take(id);
  }
  const segmentIds = rows.map((row) => attributeValue(row.preserved?.segment ?? [], 'id'));
  const idOf = segmentIds.map((id) => id ?? ids.fresh());
  const lines = [`<unit${written(unit.attributes)}>`, ...(unit.head ?? [])];
  const matches = [...(unit.matches ?? []), ...rows.flatMap((r, i) => writer.mtMatch(r, idOf[i]!))];
  if (matches.length > 0) lines.push('<mtc:matches>', ...matches, '</mtc:matches>');
  const notes = [...(unit.notes ?? []), ...rows.flatMap(newComments)];
  if (notes.length > 0) lines.push('<notes>', ...notes, '</notes>');
  if (unit.data) lines.push('<originalData>', ...unit.data, '</originalData>');
  const sources = keptSide(
    rows.map((r) => ({ text: sourceOf(r), codes: r.codes ?? [] })),
    ids,
  );
  const targets = keptSide(
    rows.map((r) => writer.annotate?.(r, ids) ?? { text: r.text, codes: r.codes ?? [] }),
    ids,
  );
  rows.forEach((row, i) => {
    const own = (row.preserved?.segment ?? []).filter(([name]) => name !== 'id');
    const { state, subState } = writer.state(row);
    // A segment the file gave no target, still without one, gets none (a target would have to
    // carry every code that cannot be deleted: XLIFF 2.1 §canDelete).
    const target =
      row.preserved?.noTarget && row.text === '' && state === 'initial'
        ? []
        : [
            `<target${attributes({ 'xml:lang': lang?.target })} xml:space="preserve">${targets[i]!}</target>`,
          ];
    lines.push(
      `<segment${attributes({ id: idOf[i] })}${written(own)}${attributes({ state, subState })}>`,
      `<source${attributes({ 'xml:lang': lang?.source })} xml:space="preserve">${sources[i]!}</source>`,
      ...target,
      '</segment>',
    );
  });
  lines.push('</unit>');
  return lines.join('\n');
}

/** `<file>`, `<group>` start tag of a kept element. */
export function keptStart(element: PreservedElement): string {
  return `<${element.name}${written(element.attributes)}>`;
}

/** Kept attributes as ` name="value"…`. */
export function written(list: PreservedAttributes): string {
  return list.map(([name, value]) => ` ${name}="${xmlAttr(value)}"`).join('');
}

function attributeValue(list: PreservedAttributes, name: string): string | undefined {
  return list.find(([n]) => n === name)?.[1];
}

/** The row's comments that the file does not hold already, as notes. */
function newComments(row: Segment): string[] {
  const fromFile = [...(row.preserved?.comments ?? [])];
  return row.comments.flatMap((c) => {
    const i = fromFile.indexOf(c.text);
    if (i >= 0) {
      fromFile.splice(i, 1);
      return [];
    }
    return [`<note category="comment">${xmlText(c.text)}</note>`];
  });
}
