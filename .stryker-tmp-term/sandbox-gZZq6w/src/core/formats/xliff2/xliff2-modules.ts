/**
 * What Verso knows of the XLIFF 2 modules (XLIFF 2.1 §5; 2.2 Part 2): their namespaces, the element and
 * attribute names each defines (from the modules' schemas), and the Format Style module's constraints.
 * Module content is otherwise carried along unread: Verso reviews the core's segments.
 */
// @ts-nocheck

import { attr, type XmlAttribute, type XmlElement } from '../../xml/xml-tree.ts';
import {
  CTR21_NS,
  CTR_NS,
  FS_NS,
  GLS_NS,
  ITSM20_NS,
  ITSM_NS,
  ITS_NS,
  MDA_NS,
  MTC_NS,
  PGS_NS,
  RES_NS,
  SLR_NS,
  VAL_NS,
  xliff2Error,
  type Xliff2Context,
} from './xliff2-context.ts';

/** Element names per module namespace (fs.xsd … validation.xsd, change_tracking.xsd). */
const MODULE_ELEMENTS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  [MTC_NS, new Set(['matches', 'match'])],
  [GLS_NS, new Set(['glossary', 'glossEntry', 'term', 'translation', 'definition'])],
  [MDA_NS, new Set(['metadata', 'metaGroup', 'meta'])],
  [
    RES_NS,
    new Set(['resourceData', 'resourceItemRef', 'resourceItem', 'source', 'target', 'reference']),
  ],
  [CTR_NS, new Set(['changeTrack', 'revisions', 'revision', 'item'])],
  [CTR21_NS, new Set(['changeTrack', 'revisions', 'revision', 'item'])],
  [SLR_NS, new Set(['profiles', 'normalization', 'data'])],
  [VAL_NS, new Set(['validation', 'rule'])],
  [FS_NS, new Set<string>()],
  [ITSM_NS, new Set<string>()],
  [PGS_NS, new Set<string>()],
]);

/**
 * Attribute names of the attribute-only modules. ITS attributes are not listed: the ITS module takes the
 * whole ITS 2.0 vocabulary, which Verso does not check.
 */
const MODULE_ATTRIBUTES: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  [FS_NS, new Set(['fs', 'subFs'])],
  [
    SLR_NS,
    new Set(['equivStorage', 'sizeInfo', 'sizeInfoRef', 'sizeRestriction', 'storageRestriction']),
  ],
  [ITSM_NS, new Set(['domains', 'lang'])],
  [PGS_NS, new Set(['switch', 'case'])],
]);

/** Module namespaces whose attributes inline codes (`<ph>`, `<pc>`, `<sc>`, `<ec>`) may carry. */
const CODE_ATTRIBUTE_NAMESPACES = new Set([FS_NS, SLR_NS, ITS_NS, ITSM_NS, ITSM20_NS]);

/** `fs:fs` values: the HTML elements the Format Style module names (fs.xsd `fs_type`). */
const FS_VALUES = new Set(
  (
    'a b bdo big blockquote body br button caption center cite code col colgroup dd del div dl dt em ' +
    'h1 h2 h3 h4 h5 h6 head hr html i img label legend li ol p pre q s samp select small span strike ' +
    'strong sub sup table tbody td tfoot th thead title tr tt u ul'
  ).split(' '),
);

/** True when `uri` is the namespace of an XLIFF 2 module. */
export function isModuleNamespace(uri: string): boolean {
  return (
    MODULE_ELEMENTS.has(uri) || MODULE_ATTRIBUTES.has(uri) || uri === ITS_NS || uri === ITSM20_NS
  );
}

/** True when an inline code may carry an attribute in namespace `uri`. */
export function isCodeAttributeNamespace(uri: string): boolean {
  return CODE_ATTRIBUTE_NAMESPACES.has(uri);
}

/**
 * An element in a module namespace must be one the module defines (a module is not an open extension
 * point: `<val:validationBad>` is an error, `<my:anything>` is not).
 */
export function checkModuleElement(context: Xliff2Context, element: XmlElement): void {
  const names = MODULE_ELEMENTS.get(element.uri);
  if (!names || names.has(element.local)) return;
  throw xliff2Error(
    context,
    element,
    'Modules',
    `${element.uri} defines no element <${element.local}>`,
  );
}

/** Checks one module attribute's name and, for the Format Style module, its value. */
export function checkModuleAttribute(
  context: Xliff2Context,
  element: XmlElement,
  attribute: XmlAttribute,
): void {
  const names = MODULE_ATTRIBUTES.get(attribute.uri);
  if (names && !names.has(attribute.local)) {
    throw xliff2Error(
      context,
      element,
      attribute.uri === FS_NS ? 'Format Style Module' : 'Modules',
      `${attribute.uri} defines no attribute '${attribute.local}' (on ${element.name})`,
    );
  }
  if (attribute.uri === FS_NS && attribute.local === 'fs' && !FS_VALUES.has(attribute.value)) {
    throw xliff2Error(
      context,
      element,
      'Format Style Module',
      `fs:fs="${attribute.value}" is not one of the HTML element names the module allows (a, b, br, p, span, …)`,
    );
  }
}

/**
 * Format Style constraints (XLIFF 2.1 §5.3, fs.sch): `fs:subFs` needs `fs:fs`, and an `<ec>` may carry
 * either only when it is isolated (otherwise its `<sc>` carries the formatting).
 */
export function checkFormatStyle(context: Xliff2Context, element: XmlElement): void {
  const fs = attr(element, 'fs', FS_NS);
  const subFs = attr(element, 'subFs', FS_NS);
  if (subFs !== undefined && fs === undefined) {
    throw xliff2Error(context, element, 'Format Style Module', 'fs:subFs is used without fs:fs');
  }
  if (
    element.local === 'ec' &&
    (fs !== undefined || subFs !== undefined) &&
    attr(element, 'isolated') !== 'yes'
  ) {
    throw xliff2Error(
      context,
      element,
      'Format Style Module',
      'fs:fs and fs:subFs may be used on <ec> only when isolated="yes"',
    );
  }
}
