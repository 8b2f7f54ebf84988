/**
 * Inline code rules of XLIFF 2 (§Inline Codes and the element sections §ph, §pc, §sc, §ec, §cp; the
 * attribute sections §dataRef, §copyOf, §subType, §subFlows, §canReorder): references resolve, start
 * and end codes pair up, editing hints agree. Numbers in comments (F5…F26) are the patterns of the
 * official Schematron, xliff_core_2.1.sch.
 */
// @ts-nocheck

import { attr, type XmlElement } from '../../xml/xml-tree.ts';
import { tag, xliff2Error, type Xliff2Context } from './xliff2-context.ts';
import { inlineElements, sideElements, type Side, type UnitView } from './xliff2-unit.ts';

/** The elements that are codes (markers and `<cp>` are not). */
const CODES = new Set(['ph', 'pc', 'sc', 'ec']);
/** Editing hints whose values an `<ec>` must repeat from its `<sc>` (§sc: "must match"). */
const PAIRED_HINTS = ['canCopy', 'canDelete', 'canReorder', 'canOverlap'] as const;

/** An editing hint with the schema default ("yes"). */
export function hint(element: XmlElement, name: string): string {
  return attr(element, name) ?? 'yes';
}

/** Identity of a code across source and target: its element and id (an `<ec>` by its `<sc>`). */
export function codeKey(element: XmlElement): string {
  if (element.local === 'ec' && attr(element, 'isolated') !== 'yes') {
    return `ec>${attr(element, 'startRef') ?? ''}`;
  }
  return `${element.local}:${attr(element, 'id') ?? ''}`;
}

/**
 * Checks every inline code rule of one unit.
 *
 * @param unitIds ids of the units of the enclosing file (targets of `subFlows`)
 */
export function checkCodes(
  context: Xliff2Context,
  view: UnitView,
  unitIds: ReadonlySet<string>,
): void {
  for (const side of ['source', 'target'] as const) {
    for (const { element } of sideElements(view, side)) checkCode(context, view, element, unitIds);
    checkStartEndPairs(context, view, side);
    checkMarkerPairs(context, view, side);
  }
  checkNonRemovable(context, view);
}

function checkCode(
  context: Xliff2Context,
  view: UnitView,
  element: XmlElement,
  unitIds: ReadonlySet<string>,
): void {
  const fail = (section: string, message: string): never => {
    throw xliff2Error(context, element, section, message);
  };
  for (const name of ['dataRef', 'dataRefStart', 'dataRefEnd']) {
    const ref = attr(element, name);
    // F15–F17: original data is looked up in the unit's own <originalData>.
    if (ref !== undefined && !view.data.has(ref)) {
      fail(
        name,
        `${name}="${ref}" on ${tag(element)} names no <data> in the <originalData> of unit "${view.id}"`,
      );
    }
  }
  for (const name of ['subFlows', 'subFlowsStart', 'subFlowsEnd']) {
    // F21–F23: sub-flows are units of the same file.
    for (const id of attr(element, name)?.trim().split(/\s+/) ?? []) {
      if (!unitIds.has(id))
        fail('subFlows', `${name} on ${tag(element)} names "${id}", which is no unit of this file`);
    }
  }
  for (const [a, b] of [
    ['dataRefStart', 'dataRefEnd'],
    ['subFlowsStart', 'subFlowsEnd'],
    ['equivStart', 'equivEnd'],
  ] as const) {
    // F16, F17, F22, F23, F26: the start and end forms come in pairs.
    if ((attr(element, a) === undefined) !== (attr(element, b) === undefined)) {
      fail(a, `${tag(element)} must have both ${a} and ${b}, or neither`);
    }
  }
  checkSubType(element, fail);
  const reorder = attr(element, 'canReorder');
  // F10: a code that cannot move cannot be copied or deleted either.
  if (
    (reorder === 'no' || reorder === 'firstNo') &&
    (attr(element, 'canCopy') !== 'no' || attr(element, 'canDelete') !== 'no')
  ) {
    fail(
      'canReorder',
      `${tag(element)} has canReorder="${reorder}", so it must also have canCopy="no" and canDelete="no"`,
    );
  }
  checkCopyOf(view, element, fail);
  if (element.local === 'cp') checkCodePoint(element, fail);
  if (element.local === 'ec') checkEndCodeForm(element, fail);
}

/** F8: `subType` needs `type`; the `xlf:` subtypes go with one type each (§subType). */
function checkSubType(
  element: XmlElement,
  fail: (section: string, message: string) => never,
): void {
  const subType = attr(element, 'subType');
  if (subType === undefined) return;
  const type = attr(element, 'type');
  if (type === undefined) fail('subType', `${tag(element)} has subType but no type`);
  if (!subType.startsWith('xlf:')) return;
  const required =
    subType === 'xlf:var'
      ? 'ui'
      : ['xlf:lb', 'xlf:pb', 'xlf:b', 'xlf:i', 'xlf:u'].includes(subType)
        ? 'fmt'
        : undefined;
  if (required === undefined)
    fail(
      'subType',
      `subType="${subType}" is not an XLIFF-defined subtype (xlf:lb, xlf:pb, xlf:b, xlf:i, xlf:u, xlf:var)`,
    );
  if (type !== required)
    fail('subType', `subType="${subType}" requires type="${required}", not "${type}"`);
}

/** F9, F14: `copyOf` names a code of the unit that has no original data and may be copied. */
function checkCopyOf(
  view: UnitView,
  element: XmlElement,
  fail: (section: string, message: string) => never,
): void {
  const copyOf = attr(element, 'copyOf');
  if (copyOf === undefined) return;
  if (['dataRef', 'dataRefStart', 'dataRefEnd'].some((n) => attr(element, n) !== undefined)) {
    fail('copyOf', `${tag(element)} with copyOf cannot also refer to original data`);
  }
  const base = [...sideElements(view, 'source'), ...sideElements(view, 'target')]
    .map((e) => e.element)
    .find((e) => CODES.has(e.local) && attr(e, 'id') === copyOf);
  if (!base) fail('copyOf', `copyOf="${copyOf}" names no code of unit "${view.id}"`);
  if (['dataRef', 'dataRefStart', 'dataRefEnd'].some((n) => attr(base, n) !== undefined)) {
    fail('copyOf', `the code "${copyOf}" has original data, so it cannot be copied with copyOf`);
  }
  if (hint(base, 'canCopy') === 'no') fail('copyOf', `the code "${copyOf}" has canCopy="no"`);
}

/** F25: `<cp>` stands only for characters XML cannot carry (§cp). */
function checkCodePoint(
  element: XmlElement,
  fail: (section: string, message: string) => never,
): void {
  const hex = attr(element, 'hex') ?? '';
  const c = parseInt(hex, 16);
  const invalidInXml =
    c <= 0x08 ||
    c === 0x0b ||
    c === 0x0c ||
    (c >= 0x0e && c <= 0x1f) ||
    (c >= 0x7f && c <= 0x84) ||
    (c >= 0x86 && c <= 0x9f) ||
    (c >= 0xd800 && c <= 0xdfff) ||
    c === 0xfffe ||
    c === 0xffff;
  if (!invalidInXml || c > 0x10ffff) {
    fail(
      'cp',
      `<cp hex="${hex}"/> may only stand for a character that XML cannot contain; write U+${hex.toUpperCase()} as text`,
    );
  }
}

/** F6 a, b: an isolated `<ec>` has an id, a paired one a startRef, never both; only isolated ones a dir. */
function checkEndCodeForm(
  element: XmlElement,
  fail: (section: string, message: string) => never,
): void {
  const isolated = attr(element, 'isolated') === 'yes';
  const id = attr(element, 'id');
  const startRef = attr(element, 'startRef');
  if (isolated && (id === undefined || startRef !== undefined)) {
    fail(
      'ec',
      '<ec isolated="yes"> must have an id and no startRef (its <sc> is outside the unit)',
    );
  }
  if (!isolated && (startRef === undefined || id !== undefined)) {
    fail(
      'ec',
      '<ec> must have a startRef and no id, unless isolated="yes" (its <sc> is outside the unit)',
    );
  }
  if (!isolated && attr(element, 'dir') !== undefined) {
    fail('ec', 'dir is allowed on <ec> only when isolated="yes"');
  }
}

/**
 * F5, F5.1, F6 c: in each side of the unit (all sources, all targets, in document order) every
 * non-isolated `<sc>` is closed by exactly one later `<ec startRef>` with the same editing hints; an
 * isolated `<sc>` has no `<ec>` in the unit.
 */
function checkStartEndPairs(context: Xliff2Context, view: UnitView, side: Side): void {
  const open = new Map<string, XmlElement>();
  const isolated = new Map<string, XmlElement>();
  for (const { element } of sideElements(view, side)) {
    const id = attr(element, 'id') ?? '';
    if (element.local === 'sc') {
      if (attr(element, 'isolated') === 'yes') isolated.set(id, element);
      else open.set(id, element);
      continue;
    }
    if (element.local !== 'ec' || attr(element, 'isolated') === 'yes') continue;
    const startRef = attr(element, 'startRef') ?? '';
    const start = open.get(startRef);
    if (!start) {
      const lone = isolated.get(startRef);
      throw xliff2Error(
        context,
        lone ?? element,
        lone ? 'isolated' : 'ec',
        lone
          ? `<sc id="${startRef}"> is isolated="yes", but its <ec> is in the same unit`
          : `<ec startRef="${startRef}"> has no <sc id="${startRef}"> before it in the ${side} of unit "${view.id}"`,
      );
    }
    for (const name of PAIRED_HINTS) {
      const expected =
        attr(start, 'canReorder') === 'firstNo' && name === 'canReorder' ? 'no' : hint(start, name);
      if (hint(element, name) !== expected) {
        throw xliff2Error(
          context,
          element,
          'sc',
          `${name}="${hint(element, name)}" on <ec startRef="${startRef}"> must be "${expected}", to agree with its <sc>`,
        );
      }
    }
    open.delete(startRef);
  }
  for (const [id, start] of open) {
    throw xliff2Error(
      context,
      start,
      'isolated',
      `<sc id="${id}"> has no <ec startRef="${id}"> after it in the ${side} of unit "${view.id}"; an <sc> whose end is outside the unit must be isolated="yes"`,
    );
  }
}

/** F27, F28: an `<sm>` is closed by a later `<em startRef>` in the same side of the unit, and only so. */
function checkMarkerPairs(context: Xliff2Context, view: UnitView, side: Side): void {
  const open = new Map<string, XmlElement>();
  for (const { element } of sideElements(view, side)) {
    if (element.local === 'sm') open.set(attr(element, 'id') ?? '', element);
    if (element.local !== 'em') continue;
    const startRef = attr(element, 'startRef') ?? '';
    if (!open.delete(startRef)) {
      throw xliff2Error(
        context,
        element,
        'em',
        `<em startRef="${startRef}"> has no <sm id="${startRef}"> before it in the ${side} of unit "${view.id}"`,
      );
    }
  }
  for (const [id, start] of open) {
    throw xliff2Error(
      context,
      start,
      'sm',
      `<sm id="${id}"> has no <em startRef="${id}"> after it in the ${side} of unit "${view.id}"`,
    );
  }
}

/**
 * F20 (§canDelete): when a segment or ignorable has a target, each code of its source marked
 * canDelete="no" is in the unit's targets — codes may move between the segments of a unit, but not
 * disappear.
 */
function checkNonRemovable(context: Xliff2Context, view: UnitView): void {
  const inTargets = new Set<string>();
  for (const part of view.parts) {
    if (part.target) for (const e of inlineElements(part.target)) inTargets.add(codeKey(e));
  }
  for (const part of view.parts) {
    if (!part.target) continue;
    for (const e of inlineElements(part.source)) {
      if (CODES.has(e.local) && hint(e, 'canDelete') === 'no' && !inTargets.has(codeKey(e))) {
        throw xliff2Error(
          context,
          e,
          'canDelete',
          `${tag(e)} has canDelete="no" but is missing from the target of unit "${view.id}"`,
        );
      }
    }
  }
}
