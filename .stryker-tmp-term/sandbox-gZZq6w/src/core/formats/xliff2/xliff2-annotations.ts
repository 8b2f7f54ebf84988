/**
 * Annotation rules of XLIFF 2 (§Annotations, §Comment Annotation; Schematron F12, F13, F24) and the
 * syntax of the same-document references they carry (§Fragment Identification).
 */
// @ts-nocheck

import { attr, type XmlElement } from '../../xml/xml-tree.ts';
import { tag, xliff2Error, type Xliff2Context } from './xliff2-context.ts';
import { parseFragment, type Fragment } from './xliff2-fragment.ts';
import { sideElements, type UnitView } from './xliff2-unit.ts';

/** Checks every `<mrk>` and `<sm>` of the unit. */
export function checkAnnotations(context: Xliff2Context, view: UnitView): void {
  for (const side of ['source', 'target'] as const) {
    for (const { element } of sideElements(view, side)) {
      if (element.local === 'mrk' || element.local === 'sm') checkMarker(context, view, element);
    }
  }
}

function checkMarker(context: Xliff2Context, view: UnitView, element: XmlElement): void {
  const ref = attr(element, 'ref');
  const type = attr(element, 'type');
  let fragment: Fragment | undefined;
  if (ref?.startsWith('#')) {
    const parsed = parseFragment(ref.slice(1));
    if (typeof parsed === 'string') {
      throw xliff2Error(
        context,
        element,
        'Fragment Identification',
        `ref="${ref}" on ${tag(element)}: ${parsed}`,
      );
    }
    fragment = parsed;
  }
  if (type === 'mtc:match' && ref !== undefined) {
    // F24: a translation candidate annotation points the other way (the match refers to the marker).
    throw xliff2Error(
      context,
      element,
      'Translation Candidate Annotation',
      `${tag(element)} with type="mtc:match" cannot have a ref`,
    );
  }
  if (type !== 'comment') return;
  const value = attr(element, 'value');
  if ((value === undefined) === (ref === undefined)) {
    throw xliff2Error(
      context,
      element,
      'Comment Annotation',
      `a comment ${tag(element)} must have either value (the comment) or ref (a note), not ${value === undefined ? 'neither' : 'both'}`,
    );
  }
  if (ref !== undefined && !refersToUnitNote(view, fragment)) {
    throw xliff2Error(
      context,
      element,
      'Comment Annotation',
      `ref="${ref}" on a comment ${tag(element)} must point to a <note> of unit "${view.id}"`,
    );
  }
}

/** True when the fragment selects a note of this unit: `#n=id`, or `#f=file/u=unit/n=id`. */
function refersToUnitNote(view: UnitView, fragment: Fragment | undefined): boolean {
  if (!fragment) return false;
  const selectors = new Map(fragment.selectors.map((s) => [s.prefix, s.id]));
  const leaf = fragment.selectors[fragment.selectors.length - 1]!;
  if (leaf.prefix !== 'n' || selectors.has('g')) return false;
  const unit = selectors.get('u');
  const file = selectors.get('f');
  if (unit !== undefined && unit !== view.id) return false;
  if (file !== undefined && (file !== view.fileId || unit === undefined)) return false;
  return view.notes.some((note) => attr(note, 'id') === leaf.id);
}
