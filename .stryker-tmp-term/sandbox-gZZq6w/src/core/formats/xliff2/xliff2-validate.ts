/**
 * Full validation of an XLIFF 2 document: the schema (xliff2-structure) and then the specification's
 * constraints that no schema can express, walking files, groups and units with the inherited `xml:lang`
 * and `xml:space`.
 */
// @ts-nocheck

import { sameLanguageTag } from '../common/bcp47.ts';
import { XML_NS, attr, type XmlElement } from '../../xml/xml-tree.ts';
import { checkAnnotations } from './xliff2-annotations.ts';
import { checkCodes } from './xliff2-codes.ts';
import { isCore, tag, xliff2Error, type Xliff2Context } from './xliff2-context.ts';
import type { ElementSpec } from './xliff2-elements.ts';
import { checkExtensionIds, checkUniqueIds, checkUnitIds } from './xliff2-ids.ts';
import { checkReordering } from './xliff2-reorder.ts';
import { checkStructure } from './xliff2-structure.ts';
import { viewUnit, type UnitView } from './xliff2-unit.ts';

/** What a container passes down to its content (XML 1.0 §2.10, §2.12: both attributes inherit). */
interface Inherited {
  readonly lang: string | undefined;
  readonly space: string;
}

/**
 * Validates a parsed XLIFF 2 document.
 *
 * @param onUnit called with each valid unit (in document order) for the import to read
 * @throws VersoInputError `errors.xliffInvalid` naming the rule and position of the first problem
 */
export function validateXliff2(
  context: Xliff2Context,
  root: XmlElement,
  elements: Readonly<Record<string, ElementSpec>>,
  onUnit: (view: UnitView) => void = () => undefined,
): void {
  checkStructure(context, root, elements);
  const files = coreChildren(context, root, 'file');
  checkUniqueIds(context, files, 'the <file> elements of the document');
  const languages = { source: attr(root, 'srcLang') ?? '', target: attr(root, 'trgLang') };
  const inherited = inherit(root, { lang: undefined, space: 'default' });
  for (const file of files) {
    const fileId = attr(file, 'id') ?? '';
    const groups: XmlElement[] = [];
    const units: XmlElement[] = [];
    collectContainers(context, file, groups, units);
    checkUniqueIds(context, groups, `the <group> elements of file "${fileId}"`);
    checkUniqueIds(context, units, `the <unit> elements of file "${fileId}"`);
    const unitIds = new Set(units.map((u) => attr(u, 'id') ?? ''));
    for (const skeleton of coreChildren(context, file, 'skeleton'))
      checkSkeleton(context, skeleton);
    const walk = (container: XmlElement, outer: Inherited): void => {
      const here = inherit(container, outer);
      checkExtensionIds(context, container);
      for (const notes of coreChildren(context, container, 'notes')) {
        checkUniqueIds(
          context,
          coreChildren(context, notes, 'note'),
          `the notes of ${tag(container)} "${attr(container, 'id') ?? ''}"`,
        );
      }
      if (container.local === 'unit') {
        const view = viewUnit(context, container, fileId);
        checkUnit(context, view, here, languages, unitIds);
        onUnit(view);
        return;
      }
      for (const child of container.children) {
        if (
          child.kind === 'element' &&
          (isCore(context, child, 'group') || isCore(context, child, 'unit'))
        ) {
          walk(child, here);
        }
      }
    };
    walk(file, inherited);
  }
}

function checkUnit(
  context: Xliff2Context,
  view: UnitView,
  inherited: Inherited,
  languages: { readonly source: string; readonly target: string | undefined },
  unitIds: ReadonlySet<string>,
): void {
  if (!view.parts.some((p) => p.segment)) {
    throw xliff2Error(
      context,
      view.element,
      'unit',
      `unit "${view.id}" has no <segment>; a unit needs at least one`,
    );
  }
  checkUnitIds(context, view);
  checkUniqueIds(context, view.dataElements, `the <data> elements of unit "${view.id}"`);
  for (const part of view.parts)
    checkPart(context, part.element, part.source, part.target, inherited, languages);
  checkOrder(context, view);
  checkCodes(context, view, unitIds);
  checkReordering(context, view);
  checkAnnotations(context, view);
}

function checkPart(
  context: Xliff2Context,
  part: XmlElement,
  source: XmlElement,
  target: XmlElement | undefined,
  inherited: Inherited,
  languages: { readonly source: string; readonly target: string | undefined },
): void {
  const state = attr(part, 'state');
  if (attr(part, 'subState') !== undefined && state === undefined) {
    throw xliff2Error(context, part, 'subState', '<segment> has subState but no state');
  }
  if (!target && (state === 'translated' || state === 'reviewed' || state === 'final')) {
    throw xliff2Error(context, part, 'state', `<segment state="${state}"> must have a <target>`);
  }
  const sourceLang = inherit(source, inherited);
  checkLanguage(context, source, sourceLang.lang, languages.source, 'srcLang');
  if (!target) return;
  if (languages.target === undefined) {
    throw xliff2Error(
      context,
      target,
      'trgLang',
      'the document has a <target>, so <xliff> must have trgLang',
    );
  }
  const targetLang = inherit(target, inherited);
  checkLanguage(context, target, targetLang.lang, languages.target, 'trgLang');
  if (targetLang.space !== sourceLang.space) {
    throw xliff2Error(
      context,
      target,
      'xml:space',
      `the <target> has xml:space="${targetLang.space}" but its <source> has "${sourceLang.space}"; they must be the same`,
    );
  }
}

/** §xml:lang: the language of a source or target, explicit or inherited, is srcLang or trgLang. */
function checkLanguage(
  context: Xliff2Context,
  content: XmlElement,
  lang: string | undefined,
  expected: string,
  attribute: string,
): void {
  if (lang === undefined || sameLanguageTag(lang, expected)) return;
  throw xliff2Error(
    context,
    content,
    'xml:lang',
    `the ${tag(content)} is in "${lang}" (xml:lang${attr(content, 'lang', XML_NS) === undefined ? ', inherited' : ''}), but ${attribute} is "${expected}"`,
  );
}

/**
 * §order (Schematron K7, F18, F19): a target's position in the unit — its `order`, or by default the
 * position of its segment or ignorable — is from 1 to N, unique, and a target moved to another position
 * leaves its own position to another target.
 */
function checkOrder(context: Xliff2Context, view: UnitView): void {
  const n = view.parts.length;
  const taken = new Map<number, XmlElement>();
  view.parts.forEach((part, i) => {
    if (!part.target) return;
    const explicit = attr(part.target, 'order');
    const order = explicit === undefined ? i + 1 : Number(explicit);
    if (order > n) {
      throw xliff2Error(
        context,
        part.target,
        'order',
        `order="${order}" is past the ${n} segments and ignorables of unit "${view.id}"`,
      );
    }
    if (taken.has(order)) {
      throw xliff2Error(
        context,
        part.target,
        'order',
        `two targets of unit "${view.id}" are at position ${order}`,
      );
    }
    taken.set(order, part.target);
  });
  view.parts.forEach((part, i) => {
    if (part.target && attr(part.target, 'order') !== undefined && !taken.has(i + 1)) {
      throw xliff2Error(
        context,
        part.target,
        'order',
        `this target moved away from position ${i + 1}, but no target of unit "${view.id}" takes that position`,
      );
    }
  });
}

/** §skeleton (F2): external (href, no content) or embedded (content, no href), never both or neither. */
function checkSkeleton(context: Xliff2Context, skeleton: XmlElement): void {
  const href = attr(skeleton, 'href') !== undefined;
  const content = skeleton.children.length > 0;
  if (href === content) {
    throw xliff2Error(
      context,
      skeleton,
      'skeleton',
      href ? '<skeleton> with href must be empty' : '<skeleton> without href must have content',
    );
  }
}

function inherit(element: XmlElement, outer: Inherited): Inherited {
  return {
    lang: attr(element, 'lang', XML_NS) ?? outer.lang,
    space: attr(element, 'space', XML_NS) ?? outer.space,
  };
}

function coreChildren(context: Xliff2Context, element: XmlElement, local: string): XmlElement[] {
  return element.children.filter(
    (c): c is XmlElement => c.kind === 'element' && isCore(context, c, local),
  );
}

/** The groups and units of a file, through nested groups only (not inside extensions). */
function collectContainers(
  context: Xliff2Context,
  container: XmlElement,
  groups: XmlElement[],
  units: XmlElement[],
): void {
  for (const child of container.children) {
    if (child.kind !== 'element') continue;
    if (isCore(context, child, 'unit')) units.push(child);
    else if (isCore(context, child, 'group')) {
      groups.push(child);
      collectContainers(context, child, groups, units);
    }
  }
}
