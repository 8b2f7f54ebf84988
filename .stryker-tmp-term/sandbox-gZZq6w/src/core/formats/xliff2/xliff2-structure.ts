/**
 * Structural validation of an XLIFF 2 document: what the official XML schema checks (content models,
 * attributes and their value types, required attributes) plus the specification's limits on extension
 * points (§Extension Mechanisms) that the schema's `##other` wildcards let through.
 */
// @ts-nocheck

import { XMLNS_NS, XML_NS, descendants, type XmlElement } from '../../xml/xml-tree.ts';
import { isCore, tag, xliff2Error, type Xliff2Context } from './xliff2-context.ts';
import {
  INLINE_ELEMENTS,
  XML_ATTRIBUTES_ANYWHERE,
  type ElementSpec,
  type Particle,
} from './xliff2-elements.ts';
import {
  checkFormatStyle,
  checkModuleAttribute,
  checkModuleElement,
  isCodeAttributeNamespace,
  isModuleNamespace,
} from './xliff2-modules.ts';
import { VALUE_TYPES, type ValueTypeName } from './xliff2-values.ts';

/**
 * Checks `root` and everything in it against the core element specifications.
 *
 * @throws VersoInputError `errors.xliffInvalid` at the first offending element
 */
export function checkStructure(
  context: Xliff2Context,
  root: XmlElement,
  elements: Readonly<Record<string, ElementSpec>>,
): void {
  const check = (element: XmlElement): void => {
    const spec = isCore(context, element) ? elements[element.local] : undefined;
    if (!spec) {
      throw xliff2Error(
        context,
        element,
        'Elements',
        `${tag(element)} is not an XLIFF ${context.version} element`,
      );
    }
    checkAttributes(context, element, spec);
    for (const child of checkContent(context, element, spec)) {
      if (isCore(context, child)) check(child);
      else checkForeign(context, child);
    }
  };
  check(root);
}

/** Inside an extension or module element only module element names are checked (see modules). */
function checkForeign(context: Xliff2Context, element: XmlElement): void {
  for (const e of descendants(element)) checkModuleElement(context, e);
}

function checkAttributes(context: Xliff2Context, element: XmlElement, spec: ElementSpec): void {
  for (const a of element.attributes) {
    if (a.uri === XMLNS_NS) continue; // namespace declarations
    let type: ValueTypeName | undefined;
    if (a.uri === '') {
      type = spec.attributes[a.local];
      if (type === undefined) {
        throw xliff2Error(
          context,
          element,
          tagSection(element),
          `${tag(element)} has no attribute '${a.name}'`,
        );
      }
    } else if (a.uri === XML_NS) {
      type =
        spec.xml?.[a.local] ??
        (spec.foreign === 'any' ? XML_ATTRIBUTES_ANYWHERE[a.local] : undefined);
      if (type === undefined && spec.foreign !== 'any') {
        throw xliff2Error(
          context,
          element,
          tagSection(element),
          `${tag(element)} cannot have '${a.name}'`,
        );
      }
    } else if (a.uri === context.ns || !foreignAllowed(spec, a.uri)) {
      throw xliff2Error(
        context,
        element,
        'Extension Mechanisms',
        `${tag(element)} cannot have the attribute '${a.name}' (${a.uri}): ${
          spec.foreign === 'modules'
            ? 'inline codes take only attributes of the XLIFF modules'
            : 'it is not an extension point'
        }`,
      );
    } else if (isModuleNamespace(a.uri)) checkModuleAttribute(context, element, a);
    if (type !== undefined && !VALUE_TYPES[type].test(a.value)) {
      throw xliff2Error(
        context,
        element,
        a.uri === XML_NS ? a.name : a.local,
        `${a.name}="${a.value}" on ${tag(element)} must be ${VALUE_TYPES[type].expected}`,
      );
    }
  }
  for (const name of spec.required ?? []) {
    if (!element.attributes.some((a) => a.uri === '' && a.local === name)) {
      throw xliff2Error(
        context,
        element,
        tagSection(element),
        `${tag(element)} must have the attribute '${name}'`,
      );
    }
  }
  checkFormatStyle(context, element);
}

function foreignAllowed(spec: ElementSpec, uri: string): boolean {
  if (spec.foreign === 'any') return true;
  return spec.foreign === 'modules' && isCodeAttributeNamespace(uri);
}

/** Checks the element's content model; returns its element children for the recursive walk. */
function checkContent(
  context: Xliff2Context,
  element: XmlElement,
  spec: ElementSpec,
): XmlElement[] {
  const children: XmlElement[] = [];
  const content = spec.content;
  const textAllowed = typeof content === 'string' && content !== 'empty';
  for (const child of element.children) {
    if (child.kind === 'element') children.push(child);
    else if (!textAllowed && (content === 'empty' || /[^ \t\r\n]/.test(child.text))) {
      throw xliff2Error(
        context,
        element,
        tagSection(element),
        `${tag(element)} cannot contain text`,
      );
    }
  }
  if (typeof content !== 'string') matchParticles(context, element, children, content);
  else {
    const allowed = allowedChildren(content);
    for (const child of children) {
      const ok =
        allowed === '##other'
          ? child.uri !== '' && !isCore(context, child)
          : isCore(context, child) && allowed.includes(child.local);
      if (!ok) {
        throw xliff2Error(
          context,
          child,
          tagSection(element),
          `${tag(element)} cannot contain ${tag(child)}`,
        );
      }
    }
  }
  return children;
}

function allowedChildren(content: string): readonly string[] | '##other' {
  if (content === 'inline') return INLINE_ELEMENTS;
  if (content === 'data') return ['cp'];
  if (content === 'skeleton') return '##other';
  return [];
}

/** Greedy matching of a deterministic sequence (every XLIFF 2 content model is one). */
function matchParticles(
  context: Xliff2Context,
  element: XmlElement,
  children: readonly XmlElement[],
  particles: readonly Particle[],
): void {
  let p = 0;
  let count = 0;
  for (const child of children) {
    for (;;) {
      const particle = particles[p];
      if (particle === undefined) {
        throw xliff2Error(
          context,
          child,
          tagSection(element),
          `${tag(element)} cannot contain ${tag(child)} here`,
        );
      }
      if (count < particle.max && matches(context, particle, child)) {
        count++;
        break;
      }
      if (count < particle.min) {
        throw xliff2Error(
          context,
          child,
          tagSection(element),
          `${tag(element)} needs ${describe(particle)} before ${tag(child)}`,
        );
      }
      p++;
      count = 0;
    }
  }
  for (; p < particles.length; p++, count = 0) {
    const particle = particles[p]!;
    if (count < particle.min) {
      throw xliff2Error(
        context,
        element,
        tagSection(element),
        `${tag(element)} must contain ${describe(particle)}`,
      );
    }
  }
}

function matches(context: Xliff2Context, particle: Particle, child: XmlElement): boolean {
  return particle.names.some((name) => {
    if (name === '##other') return !isCore(context, child) && child.uri !== '';
    if (name.startsWith('{')) return name === `{${child.uri}}${child.local}`;
    return isCore(context, child, name);
  });
}

function describe(particle: Particle): string {
  const names = particle.names.map((n) => (n.startsWith('{') ? n.replace(/^\{.*\}/, '') : n));
  return names.map((n) => `<${n}>`).join(' or ');
}

/** The section that defines an element is titled by its name (§segment, §ec). */
function tagSection(element: XmlElement): string {
  return element.local;
}
