/**
 * Attribute value types of the XLIFF 2 core schema (xliff_core_2.0.xsd, xliff_core_2.2.xsd) and of
 * XML Schema's built-in types they use, as predicates with a phrase for messages.
 */
// @ts-nocheck

import { isWellFormedLanguageTag } from '../common/bcp47.ts';

export interface ValueType {
  /** What a valid value is, for messages ("yes or no"). */
  readonly expected: string;
  readonly test: (value: string) => boolean;
}

/** XML 1.0 (5th edition) NameChar, for xs:NMTOKEN. */
const NAME_CHARS =
  ':A-Z_a-z\\u00B7\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u037D\\u037F-\\u1FFF\\u200C\\u200D\\u203F\\u2040\\u2070-\\u218F\\u2C00-\\u2FEF\\u3001-\\uD7FF\\uF900-\\uFDCF\\uFDF0-\\uFFFD\\u{10000}-\\u{EFFFF}.0-9\\-';
const NMTOKEN_PATTERN = new RegExp(`^[${NAME_CHARS}]+$`, 'u');

/** True when `value` is an xs:NMTOKEN (after XML Schema's white-space collapsing). */
export function isNmtoken(value: string): boolean {
  return NMTOKEN_PATTERN.test(value.trim());
}

function enumeration(...values: string[]): ValueType {
  return { expected: values.join(', '), test: (v) => values.includes(v) };
}

const userDefined: ValueType = {
  expected: 'a user-defined value prefix:value',
  test: (v) => /^[^\s:]+:[^\s:]+$/.test(v),
};

export const VALUE_TYPES = {
  string: { expected: 'any text', test: () => true },
  anyURI: { expected: 'a URI', test: () => true },
  nmtoken: { expected: 'an NMTOKEN (letters, digits, . - _ :)', test: isNmtoken },
  nmtokens: {
    expected: 'NMTOKENs separated by spaces',
    test: (v) =>
      v.trim() !== '' &&
      v
        .trim()
        .split(/[ \t\r\n]+/)
        .every(isNmtoken),
  },
  language: { expected: 'a well-formed BCP 47 language tag', test: isWellFormedLanguageTag },
  positiveInteger: {
    expected: 'a positive integer',
    test: (v) => /^\+?0*[1-9]\d*$/.test(v.trim()),
  },
  priority: {
    expected: 'an integer from 1 to 10',
    test: (v) => /^\+?\d+$/.test(v.trim()) && Number(v) >= 1 && Number(v) <= 10,
  },
  hexBinary: {
    expected: 'hexadecimal digits in pairs',
    test: (v) => /^(?:[0-9a-fA-F]{2})*$/.test(v.trim()),
  },
  yesNo: enumeration('yes', 'no'),
  yesNoFirstNo: enumeration('yes', 'firstNo', 'no'),
  dir: enumeration('ltr', 'rtl', 'auto'),
  appliesTo: enumeration('source', 'target'),
  state: enumeration('initial', 'translated', 'reviewed', 'final'),
  type: enumeration('fmt', 'ui', 'quote', 'link', 'image', 'other'),
  typeForMrk: {
    expected: 'generic, comment, term or a user-defined value prefix:value',
    test: (v) => ['generic', 'comment', 'term'].includes(v) || userDefined.test(v),
  },
  userDefined,
  space: enumeration('default', 'preserve'),
  preserve: enumeration('preserve'),
} satisfies Record<string, ValueType>;

export type ValueTypeName = keyof typeof VALUE_TYPES;
