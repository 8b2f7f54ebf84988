/**
 * Non-reorderable sequences (§canReorder; Schematron F30, F31): a code with canReorder="firstNo" starts
 * a sequence, the codes with canReorder="no" right after it continue it, and a target keeps each
 * sequence whole and in order.
 */
// @ts-nocheck

import { attr, type XmlElement } from '../../xml/xml-tree.ts';
import { tag, xliff2Error, type Xliff2Context } from './xliff2-context.ts';
import { codeKey, hint } from './xliff2-codes.ts';
import type { Side, UnitView } from './xliff2-unit.ts';

/** A code as a point in the text: a placeholder, a start or end code, or either end of a `<pc>`. */
interface CodeEvent {
  readonly key: string;
  readonly reorder: string;
  /** The code's own element; false for the end of a `<pc>` (which has no element of its own). */
  readonly opens: boolean;
  readonly element: XmlElement;
}

/** The code events of one `<source>` or `<target>`, in order; markers are looked through. */
function codeEvents(content: XmlElement): CodeEvent[] {
  const events: CodeEvent[] = [];
  const walk = (element: XmlElement): void => {
    for (const child of element.children) {
      if (child.kind !== 'element') continue;
      const reorder = hint(child, 'canReorder');
      if (child.local === 'ph' || child.local === 'sc' || child.local === 'ec') {
        events.push({ key: codeKey(child), reorder, opens: true, element: child });
      } else if (child.local === 'pc') {
        const id = attr(child, 'id') ?? '';
        events.push({ key: `pc<${id}`, reorder, opens: true, element: child });
        walk(child);
        events.push({ key: `pc>${id}`, reorder, opens: false, element: child });
      } else if (child.local === 'mrk') walk(child);
    }
  };
  walk(content);
  return events;
}

/** Checks both rules for one unit. */
export function checkReordering(context: Xliff2Context, view: UnitView): void {
  for (const side of ['source', 'target'] as const) checkSequenceStarts(context, view, side);
  checkSequencesKept(context, view);
}

/** F30: a canReorder="no" code directly follows a code of its sequence (firstNo or no). */
function checkSequenceStarts(context: Xliff2Context, view: UnitView, side: Side): void {
  const events = view.parts.flatMap((part) => {
    const content = side === 'source' ? part.source : part.target;
    return content ? codeEvents(content) : [];
  });
  events.forEach((event, i) => {
    if (!event.opens || event.reorder !== 'no') return;
    const previous = events[i - 1];
    if (previous && previous.reorder !== 'yes') return;
    throw xliff2Error(
      context,
      event.element,
      'canReorder',
      `${tag(event.element)} has canReorder="no" but does not follow a code with canReorder="firstNo" or "no": a non-reorderable sequence starts with "firstNo"`,
    );
  });
}

/** F31: each non-reorderable sequence of a source appears whole, in order, in the unit's targets. */
function checkSequencesKept(context: Xliff2Context, view: UnitView): void {
  const targets = view.parts.flatMap((part) => (part.target ? [codeEvents(part.target)] : []));
  if (targets.length === 0) return;
  for (const part of view.parts) {
    if (!part.target) continue;
    for (const sequence of sequencesOf(codeEvents(part.source))) {
      const first = sequence[0]!;
      for (const events of targets) {
        const at = events.findIndex((e) => e.key === first.key);
        if (at < 0) continue;
        const kept = sequence.every((e, i) => events[at + i]?.key === e.key);
        if (!kept) {
          throw xliff2Error(
            context,
            events[at]!.element,
            'canReorder',
            `the non-reorderable sequence starting at ${tag(first.element)} id="${attr(first.element, 'id') ?? ''}" is not kept whole and in order in the target of unit "${view.id}"`,
          );
        }
      }
    }
  }
}

function sequencesOf(events: readonly CodeEvent[]): CodeEvent[][] {
  const sequences: CodeEvent[][] = [];
  events.forEach((event, i) => {
    if (!event.opens || event.reorder !== 'firstNo') return;
    const sequence = [event];
    for (const next of events.slice(i + 1)) {
      // The end of a <pc> in the sequence belongs to it, whatever the <pc>'s own hint.
      const closesMember = !next.opens && sequence.some((e) => e.element === next.element);
      if (next.reorder !== 'no' && !closesMember) break;
      sequence.push(next);
    }
    sequences.push(sequence);
  });
  return sequences;
}
