/**
 * What every XLIFF 2 check needs: the namespaces, the file's name and line index, and one way to refuse
 * the file. Rules are cited by the title of the section of the XLIFF 2 specification that states them
 * (the same titles in 2.0, 2.1 and 2.2, e.g. "§ec", "§Fragment Identification"); structural rules come
 * from the official schema (xliff_core_2.0.xsd, xliff_core_2.2.xsd).
 */
// @ts-nocheck

import type { VersoInputError } from '../../model/errors.ts';
import type { LineIndex } from '../../xml/xml-position.ts';
import type { XmlElement } from '../../xml/xml-tree.ts';
import { formatError } from '../common/format-error.ts';

/** XLIFF 2.0 and 2.1 core namespace (2.1 kept the 2.0 namespace). */
export const XLIFF20_NS = 'urn:oasis:names:tc:xliff:document:2.0';
/** XLIFF 2.2 core namespace. */
export const XLIFF22_NS = 'urn:oasis:names:tc:xliff:document:2.2';

/** Module namespaces (XLIFF 2.1 §5, 2.2 Part 2). */
export const FS_NS = 'urn:oasis:names:tc:xliff:fs:2.0';
export const MTC_NS = 'urn:oasis:names:tc:xliff:matches:2.0';
export const GLS_NS = 'urn:oasis:names:tc:xliff:glossary:2.0';
export const MDA_NS = 'urn:oasis:names:tc:xliff:metadata:2.0';
export const RES_NS = 'urn:oasis:names:tc:xliff:resourcedata:2.0';
export const CTR_NS = 'urn:oasis:names:tc:xliff:changetracking:2.0';
export const CTR21_NS = 'urn:oasis:names:tc:xliff:changetracking:2.1';
export const SLR_NS = 'urn:oasis:names:tc:xliff:sizerestriction:2.0';
export const VAL_NS = 'urn:oasis:names:tc:xliff:validation:2.0';
export const ITS_NS = 'http://www.w3.org/2005/11/its';
export const ITSM_NS = 'urn:oasis:names:tc:xliff:itsm:2.1';
export const ITSM20_NS = 'urn:oasis:names:tc:xliff:itsm:2.0';
export const PGS_NS = 'urn:oasis:names:tc:xliff:pgs:1.0';

export interface Xliff2Context {
  readonly file: string;
  readonly lines: LineIndex;
  /** The core namespace the document uses (2.0/2.1 or 2.2). */
  readonly ns: string;
  /** The `version` attribute (2.0, 2.1 or 2.2). */
  readonly version: string;
}

/** `errors.xliffInvalid` at `element`, citing `section` of the specification. */
export function xliff2Error(
  context: Xliff2Context,
  element: XmlElement,
  section: string,
  message: string,
): VersoInputError {
  return formatError(
    'errors.xliffInvalid',
    'not valid XLIFF 2',
    context.file,
    context.lines.positionOf(element.offset),
    `XLIFF ${context.version} §${section}`,
    message,
  );
}

/** True when `element` is a core XLIFF element named `local` (any when `local` is omitted). */
export function isCore(context: Xliff2Context, element: XmlElement, local?: string): boolean {
  return element.uri === context.ns && (local === undefined || element.local === local);
}

/** `<name>` as messages write element names. */
export function tag(element: XmlElement): string {
  return `<${element.name}>`;
}
