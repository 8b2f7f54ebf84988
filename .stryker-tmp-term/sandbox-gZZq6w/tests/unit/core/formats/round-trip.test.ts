/**
 * Round trip of the interchange exports (issue 5, deliverable 2), as a property over generated
 * projects: export to XLIFF 2.1, XLIFF 1.2 or TMX 1.4b, import through Verso's real importers
 * (openBilingual), and get back the same units — source (the MT when there is none), final text,
 * status, comments as notes, ids, inline codes. Every generated document is also validated with
 * xmllint against the format's schema (when xmllint and ../shared/data are there).
 *
 * The control-character rule under test: XML 1.0 cannot carry C0 controls other than tab, line feed
 * and carriage return, nor U+FFFE/U+FFFF or unpaired surrogates; the exports leave them out, so what
 * comes back is the text without them (`xmlSafe`). Everything else — `<`, `&`, `]]>`, carriage
 * returns, emoji, CJK, bidi controls, leading and trailing white space — comes back exactly.
 *
 * Generated code numbering is canonical (numbered in order of first appearance in the source, the
 * target using the source's codes): the importers renumber placeholders that way.
 */
// @ts-nocheck

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { unitIds, type ExportInput } from '../../../../src/core/export/export-input.ts';
import { toTmx } from '../../../../src/core/formats/tmx/write.ts';
import { toXliff12 } from '../../../../src/core/formats/xliff12/write.ts';
import { toXliff2 } from '../../../../src/core/formats/xliff2/write.ts';
import { xmlSafe } from '../../../../src/core/xml/escape.ts';
import { openBilingual } from '../../../../src/core/formats/open/open-bilingual.ts';
import { placeholder, type InlineCode } from '../../../../src/core/model/inline-codes.ts';
import { SEGMENT_STATUSES, type Segment } from '../../../../src/core/model/model.ts';
import { canValidate, input, segment, validate, type SCHEMAS } from '../../../support/export.ts';

/** Hostile and international pieces of text. */
const PIECES = [
  '<',
  '>',
  '&',
  ']]>',
  '&amp;',
  '"',
  "'",
  ' ',
  '  ',
  '\t',
  '\n',
  '\r\n',
  '\r',
  '\u0000',
  '\u0001',
  '\u001f',
  '\u007f',
  '\u0085',
  '\uFFFE',
  '\uD800',
  '\uDC00',
  '😀',
  '👩‍👩‍👧',
  '中文',
  '一带一路',
  '。',
  '\u202E',
  '\u200F',
  'word',
  'Hello',
  '<script>alert(1)</script>',
] as const;

const text = fc
  .array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 6 })), { maxLength: 8 })
  .map((parts) => parts.join('').replace(/[⟨⟩]/g, ''));

/** One code of a generated segment: a standalone code or a pair, with or without a native code. */
const codeSpec = fc.record({
  paired: fc.boolean(),
  original: fc.option(text, { nil: undefined }),
  closeOriginal: fc.option(text, { nil: undefined }),
});

interface Generated {
  readonly texts: string[];
  readonly codes: InlineCode[];
}

/**
 * Text with codes 1…k in order of first appearance, pairs around some text; the target is built from
 * the same codes, some left out and the rest in another order.
 */
const withCodes = fc
  .record({
    specs: fc.array(codeSpec, { maxLength: 3 }),
    sourceTexts: fc.array(text, { minLength: 4, maxLength: 4 }),
    targetTexts: fc.array(text, { minLength: 4, maxLength: 4 }),
    order: fc.array(fc.nat(), { minLength: 3, maxLength: 3 }),
    keep: fc.array(fc.boolean(), { minLength: 3, maxLength: 3 }),
  })
  .map(({ specs, sourceTexts, targetTexts, order, keep }): Generated => {
    const codes: InlineCode[] = [];
    const chunks = specs.map((spec, i) => {
      const n = i + 1;
      const base = { n, element: 'x', data: `<x id="${n}"/>` };
      if (!spec.paired) {
        codes.push({ ...base, kind: 'standalone', ...optional(spec.original) });
        return (inner: string) => `${placeholder({ n, kind: 'standalone' })}${inner}`;
      }
      codes.push({ ...base, kind: 'open', ...optional(spec.original) });
      codes.push({ ...base, kind: 'close', ...optional(spec.closeOriginal) });
      return (inner: string) =>
        `${placeholder({ n, kind: 'open' })}${inner}${placeholder({ n, kind: 'close' })}`;
    });
    const source = chunks.map((chunk, i) => chunk(sourceTexts[i] ?? '')).join('') + sourceTexts[3];
    // The target keeps only codes whose number is already in use, so numbering stays canonical.
    const kept = chunks
      .map((chunk, i) => ({ chunk, i, key: order[i] ?? 0 }))
      .filter(({ i }) => keep[i])
      .sort((a, b) => a.key - b.key || a.i - b.i);
    const target =
      kept.map(({ chunk, i }) => chunk(targetTexts[i] ?? '')).join('') + targetTexts[3];
    return { texts: [source, target], codes };
  });

function optional(original: string | undefined): { original?: string } {
  return original === undefined ? {} : { original };
}

const segmentArb = fc
  .record({
    plain: fc.record({ source: text, mt: text, text }),
    coded: fc.option(withCodes, { nil: undefined }),
    hasSource: fc.boolean(),
    status: fc.constantFrom(...SEGMENT_STATUSES),
    comments: fc.array(text, { maxLength: 2 }),
    externalId: fc.option(fc.constantFrom('u1', 'u2', 'a/b', 'x y', '中', 'id.7', ''), {
      nil: undefined,
    }),
  })
  .map(({ plain, coded, hasSource, status, comments, externalId }) => {
    const [codedSource, codedTarget] = coded?.texts ?? [];
    const source = coded ? codedSource! : plain.source;
    return {
      source: hasSource ? source : undefined,
      // Without a source the MT is exported as the source: it then carries the codes.
      mt: hasSource ? plain.mt : source,
      text: coded ? codedTarget! : plain.text,
      status,
      comments,
      externalId,
      codes: coded?.codes,
    };
  });

const projectArb = fc.record({
  segments: fc.array(segmentArb, { minLength: 1, maxLength: 6 }),
  monolingual: fc.boolean(),
});

type Project = typeof projectArb extends fc.Arbitrary<infer T> ? T : never;

function toInput(project: Project): ExportInput {
  const segments: Segment[] = project.segments.map((s, i) =>
    segment(`s${i + 1}`, s.mt, {
      text: s.text,
      status: s.status,
      comments: s.comments.map((c, k) => ({ id: `c${k}`, text: c, author: 'Ann', createdAt: 0 })),
      ...(s.source === undefined ? {} : { source: s.source }),
      ...(s.externalId === undefined ? {} : { externalId: s.externalId }),
      ...(s.codes === undefined ? {} : { codes: s.codes }),
    }),
  );
  return input(segments, project.monolingual ? { sourceLang: undefined } : {});
}

/** The codes the texts use, as (number, kind, native code) after the format's own rule. */
function usedCodes(
  texts: readonly string[],
  codes: readonly InlineCode[],
  native: (c: InlineCode, codes: readonly InlineCode[]) => string | undefined,
): string[] {
  const joined = texts.join('');
  return codes
    .filter((c) => joined.includes(placeholder(c)))
    .map((c) => JSON.stringify([c.n, c.kind, native(c, codes)]))
    .sort();
}

interface Format {
  readonly name: string;
  readonly schema: keyof typeof SCHEMAS;
  readonly fileName: string;
  readonly write: (input: ExportInput) => string;
  readonly usableId: (id: string) => boolean;
  /** What comes back of a code's native code. */
  readonly native: (code: InlineCode, codes: readonly InlineCode[]) => string | undefined;
}

const FORMATS: readonly Format[] = [
  {
    name: 'XLIFF 2.1',
    schema: 'xliff2',
    fileName: 'rt.xlf',
    write: toXliff2,
    usableId: (id) => /^[A-Za-z0-9._:-]+$/.test(id),
    // <data> carries any character, those XML cannot as <cp hex>.
    native: (c) => c.original,
  },
  {
    name: 'XLIFF 1.2',
    schema: 'xliff12',
    fileName: 'rt.xliff',
    write: toXliff12,
    usableId: () => true,
    // A pair is written <bpt>/<ept> when either half has a native code: the other half then has ''.
    native: (c, codes) => {
      const pairNative =
        c.kind !== 'standalone' &&
        codes.some((o) => o.n === c.n && o.kind !== 'standalone' && o.original !== undefined);
      return c.original === undefined && !pairNative ? undefined : xmlSafe(c.original ?? '');
    },
  },
  {
    name: 'TMX 1.4b',
    schema: 'tmx',
    fileName: 'rt.tmx',
    write: toTmx,
    usableId: () => true,
    // TMX codes always hold their native code: a code without one reads back with ''.
    native: (c) => xmlSafe(c.original ?? ''),
  },
];

describe.each(FORMATS)('$name export', (format) => {
  it('reads back the same units through the importer, for any generated project', () => {
    const documents: string[] = [];
    fc.assert(
      fc.property(projectArb, (project) => {
        const exported = toInput(project);
        const xml = format.write(exported);
        documents.push(xml);
        const doc = openBilingual(new TextEncoder().encode(xml), format.fileName);
        // Which ids are kept is export-input.test.ts's business; here: they survive the importer.
        const ids = unitIds(exported.segments, format.usableId);
        expect(doc.units).toHaveLength(exported.segments.length);
        exported.segments.forEach((s, i) => {
          const unit = doc.units[i]!;
          const source = s.source ?? s.mt;
          expect(unit.id).toBe(ids[i]);
          expect(unit.source).toBe(xmlSafe(source));
          expect(unit.target).toBe(xmlSafe(s.text));
          expect(unit.status).toBe(s.status);
          expect(unit.notes).toEqual(s.comments.map((c) => xmlSafe(c.text)));
          const codes = s.codes ?? [];
          expect(usedCodes([unit.source, unit.target], unit.codes, (c) => c.original)).toEqual(
            usedCodes([source, s.text], codes, format.native),
          );
        });
      }),
      { numRuns: 150 },
    );
    if (canValidate) expect(validate(format.schema, documents)).toBe('');
  });
});
