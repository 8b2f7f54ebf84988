/**
 * Every XML writer goes through one sanitiser (issue 12, item 9): whatever strings a project holds —
 * U+FFFF, U+0000, lone surrogates, `]]>` — each XML file Verso writes is well-formed (xmllint), and
 * valid against its schema where the schemas are at hand.
 */
import fc from 'fast-check';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { exportProject, type ExportKind } from '../../../../src/core/export/index.ts';
import { serializeTbx } from '../../../../src/core/terms/tbx.ts';
import {
  escapeAttribute,
  escapeText,
  escapeWord,
  xmlText,
} from '../../../../src/core/xml/escape.ts';
import {
  XMLLINT,
  canValidate,
  input,
  segment,
  validate,
  wellFormed,
} from '../../../support/export.ts';

/** Strings with what XML cannot carry, and anything else at all. */
const hostile = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 30 }),
  fc.string({
    unit: fc.constantFrom(
      '\uFFFF',
      '\uFFFE',
      '\u0000',
      '\u0007',
      '\uD800',
      '\uDC00',
      '\r',
      '&',
      '<',
      '"',
      ']]>',
      'a',
      '😀',
    ),
    maxLength: 30,
  }),
);
const CASES = fc.sample(fc.tuple(hostile, hostile, hostile, hostile, hostile), {
  numRuns: 30,
  seed: 12,
});

async function exported(
  kind: ExportKind,
  strings: readonly string[],
): Promise<string | Uint8Array> {
  const [text, mt, author, comment, name] = strings as [string, string, string, string, string];
  const segments = [
    segment('s1', mt, {
      text,
      source: comment,
      status: 'edited',
      comments: [{ id: 'c1', text: comment, author, createdAt: 0 }],
    }),
  ];
  return (await exportProject(kind, { ...input(segments, { name }), author })).data;
}

async function docxParts(
  strings: readonly string[],
  kind: 'docx' | 'docx-review',
): Promise<string[]> {
  const zip = await JSZip.loadAsync(await exported(kind, strings));
  const parts = ['word/document.xml', 'docProps/core.xml', 'word/comments.xml'];
  return Promise.all(parts.filter((p) => zip.file(p)).map((p) => zip.file(p)!.async('string')));
}

describe.skipIf(!XMLLINT)('XML writers over arbitrary strings', () => {
  it('write well-formed Word review copies (document, comments, core properties)', async () => {
    const parts = (await Promise.all(CASES.map((c) => docxParts(c, 'docx-review')))).flat();
    expect(wellFormed(parts)).toBe('');
  });

  it('write well-formed Word editions', async () => {
    const parts = (await Promise.all(CASES.map((c) => docxParts(c, 'docx')))).flat();
    expect(wellFormed(parts)).toBe('');
  });

  for (const kind of ['xliff2', 'xliff12', 'tmx'] as const) {
    it(`write ${kind} that is well-formed${canValidate ? ' and valid' : ''}`, async () => {
      const documents = await Promise.all(CASES.map(async (c) => String(await exported(kind, c))));
      expect(canValidate ? validate(kind, documents) : wellFormed(documents)).toBe('');
    });
  }

  it('write well-formed TBX', () => {
    const documents = CASES.map(([preferred, variant, , note, source]) =>
      serializeTbx(
        [
          {
            id: 'r1',
            preferred,
            forbidden: [{ pattern: variant, regex: false }],
            note,
            sourceTerm: source,
            wholeWord: true,
            matchCase: false,
          },
        ],
        { targetLang: 'en', sourceLang: 'zh' },
      ),
    );
    expect(wellFormed(documents)).toBe('');
  });
});

describe('the escapers', () => {
  it.each([
    ['escapeText', escapeText],
    ['escapeAttribute', escapeAttribute],
    ['escapeWord', escapeWord],
    ['xmlText', xmlText],
  ])('%s leaves out every character XML 1.0 cannot carry', (_, escape) => {
    fc.assert(
      fc.property(hostile, (text) => {
        expect(escape(text)).not.toMatch(
          /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/,
        );
      }),
    );
  });
});
