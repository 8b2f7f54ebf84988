/**
 * The XLIFF 2 core elements as the official schema declares them (xliff_core_2.0.xsd; 2.2 adds
 * `<notes>` and `<mda:metadata>` to `<xliff>` and `ref` to `<note>`): attributes with their types, the
 * required ones, where extension attributes are allowed, and the content model.
 */
// @ts-nocheck

import type { ValueTypeName } from './xliff2-values.ts';

/**
 * Which attributes from other namespaces an element takes. `any`: the schema's `anyAttribute ##other`
 * and the specification's extension points (§Extension Mechanisms); `modules`: only attributes of the
 * XLIFF modules (§ph, §pc, §sc, §ec list the Format Style, Size and Length Restriction and ITS module
 * attributes, not custom ones); `none`: only the `xml:` attributes listed in `xml`.
 */
export type ForeignAttributes = 'any' | 'modules' | 'none';

/** One step of an element-only content model: `min`–`max` children matching `names`. */
export interface Particle {
  /** Core element local names, `{namespace}local` for a module element, or `##other` (extensions). */
  readonly names: readonly string[];
  readonly min: number;
  readonly max: number;
}

/** `text`: character data only; `data`: text and `<cp>`; `inline`: text and inline elements. */
export type ContentModel = 'empty' | 'text' | 'data' | 'inline' | 'skeleton' | readonly Particle[];

export interface ElementSpec {
  readonly attributes: Readonly<Record<string, ValueTypeName>>;
  readonly required?: readonly string[];
  /** `xml:` attributes allowed even where other foreign attributes are not. */
  readonly xml?: Readonly<Record<string, ValueTypeName>>;
  readonly foreign: ForeignAttributes;
  readonly content: ContentModel;
}

const UNBOUNDED = Number.POSITIVE_INFINITY;
const one = (...names: string[]): Particle => ({ names, min: 1, max: 1 });
const optional = (...names: string[]): Particle => ({ names, min: 0, max: 1 });
const any = (...names: string[]): Particle => ({ names, min: 0, max: UNBOUNDED });
const some = (...names: string[]): Particle => ({ names, min: 1, max: UNBOUNDED });

/** Inline elements (xsd group "inline"). */
export const INLINE_ELEMENTS = ['cp', 'ph', 'pc', 'sc', 'ec', 'mrk', 'sm', 'em'] as const;

const canAttributes = {
  canCopy: 'yesNo',
  canDelete: 'yesNo',
  canReorder: 'yesNoFirstNo',
  copyOf: 'nmtoken',
} as const;

const codeAttributes = {
  ...canAttributes,
  id: 'nmtoken',
  subType: 'userDefined',
  type: 'type',
} as const;

/** Attributes of `<sc>`, and of `<ec>` besides its `startRef`. */
const startEndAttributes = {
  ...codeAttributes,
  canOverlap: 'yesNo',
  dataRef: 'nmtoken',
  dir: 'dir',
  disp: 'string',
  equiv: 'string',
  isolated: 'yesNo',
  subFlows: 'nmtokens',
} as const;

const markerAttributes = {
  id: 'nmtoken',
  translate: 'yesNo',
  type: 'typeForMrk',
  ref: 'anyURI',
  value: 'string',
} as const;

const groupingAttributes = {
  id: 'nmtoken',
  name: 'string',
  canResegment: 'yesNo',
  translate: 'yesNo',
  srcDir: 'dir',
  trgDir: 'dir',
  type: 'userDefined',
} as const;

const LANG_SPACE = { lang: 'language', space: 'space' } as const;

/** Element specifications of XLIFF 2.0/2.1 core. */
export const CORE_ELEMENTS: Readonly<Record<string, ElementSpec>> = {
  xliff: {
    attributes: { version: 'string', srcLang: 'language', trgLang: 'language' },
    required: ['version', 'srcLang'],
    foreign: 'any',
    content: [some('file')],
  },
  file: {
    attributes: {
      id: 'nmtoken',
      canResegment: 'yesNo',
      original: 'string',
      translate: 'yesNo',
      srcDir: 'dir',
      trgDir: 'dir',
    },
    required: ['id'],
    foreign: 'any',
    content: [optional('skeleton'), any('##other'), optional('notes'), some('unit', 'group')],
  },
  skeleton: { attributes: { href: 'anyURI' }, foreign: 'none', content: 'skeleton' },
  group: {
    attributes: groupingAttributes,
    required: ['id'],
    foreign: 'any',
    content: [any('##other'), optional('notes'), any('unit', 'group')],
  },
  unit: {
    attributes: groupingAttributes,
    required: ['id'],
    foreign: 'any',
    content: [
      any('##other'),
      optional('notes'),
      optional('originalData'),
      some('segment', 'ignorable'),
    ],
  },
  segment: {
    attributes: { id: 'nmtoken', canResegment: 'yesNo', state: 'state', subState: 'string' },
    foreign: 'none',
    content: [one('source'), optional('target')],
  },
  ignorable: {
    attributes: { id: 'nmtoken' },
    foreign: 'none',
    content: [one('source'), optional('target')],
  },
  notes: { attributes: {}, foreign: 'none', content: [some('note')] },
  note: {
    attributes: { id: 'nmtoken', appliesTo: 'appliesTo', category: 'string', priority: 'priority' },
    foreign: 'any',
    content: 'text',
  },
  originalData: { attributes: {}, foreign: 'none', content: [some('data')] },
  data: {
    attributes: { id: 'nmtoken', dir: 'dir' },
    required: ['id'],
    xml: { space: 'preserve' },
    foreign: 'none',
    content: 'data',
  },
  source: { attributes: {}, xml: LANG_SPACE, foreign: 'none', content: 'inline' },
  target: {
    attributes: { order: 'positiveInteger' },
    xml: LANG_SPACE,
    foreign: 'none',
    content: 'inline',
  },
  cp: { attributes: { hex: 'hexBinary' }, required: ['hex'], foreign: 'none', content: 'empty' },
  ph: {
    attributes: {
      ...codeAttributes,
      disp: 'string',
      equiv: 'string',
      dataRef: 'nmtoken',
      subFlows: 'nmtokens',
    },
    required: ['id'],
    foreign: 'modules',
    content: 'empty',
  },
  pc: {
    attributes: {
      ...codeAttributes,
      canOverlap: 'yesNo',
      dispEnd: 'string',
      dispStart: 'string',
      equivEnd: 'string',
      equivStart: 'string',
      dataRefEnd: 'nmtoken',
      dataRefStart: 'nmtoken',
      subFlowsEnd: 'nmtokens',
      subFlowsStart: 'nmtokens',
      dir: 'dir',
    },
    required: ['id'],
    foreign: 'modules',
    content: 'inline',
  },
  sc: {
    attributes: startEndAttributes,
    required: ['id'],
    foreign: 'modules',
    content: 'empty',
  },
  // The id of an <ec> is required only when it is isolated (a constraint, checked in xliff2-codes).
  ec: {
    attributes: { ...startEndAttributes, startRef: 'nmtoken' },
    foreign: 'modules',
    content: 'empty',
  },
  mrk: { attributes: markerAttributes, required: ['id'], foreign: 'any', content: 'inline' },
  sm: { attributes: markerAttributes, required: ['id'], foreign: 'any', content: 'empty' },
  em: {
    attributes: { startRef: 'nmtoken' },
    required: ['startRef'],
    foreign: 'none',
    content: 'empty',
  },
};

/** XLIFF 2.2 changes (xliff_core_2.2.xsd): notes and metadata on `<xliff>`, `ref` on `<note>`. */
export function coreElements(
  is22: boolean,
  mdaNamespace: string,
): Readonly<Record<string, ElementSpec>> {
  if (!is22) return CORE_ELEMENTS;
  const { xliff, note } = CORE_ELEMENTS;
  return {
    ...CORE_ELEMENTS,
    xliff: {
      ...xliff!,
      content: [optional('notes'), optional(`{${mdaNamespace}}metadata`), some('file')],
    },
    note: { ...note!, attributes: { ...note!.attributes, ref: 'anyURI' } },
  };
}

/** Attributes of `<xliff>`, `<file>`, `<group>`, `<unit>`, `<note>`, `<mrk>`, `<sm>` from `xml:`. */
export const XML_ATTRIBUTES_ANYWHERE: Readonly<Record<string, ValueTypeName>> = {
  ...LANG_SPACE,
  id: 'string',
  base: 'anyURI',
};
