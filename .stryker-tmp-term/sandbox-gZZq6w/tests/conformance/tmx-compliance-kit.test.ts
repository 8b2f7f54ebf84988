/**
 * The LISA TMX Compliance Kit import tests (../shared/data/tmx-compliance-kit, public domain). Each
 * ImportTestNx.tmx comes with the source document the memory was made from and the translated document
 * a tool produces by applying it (`_fr-ca`, `_en-gb`, `_ja-jp`). What is compared:
 *
 * - 1A–1I (plain text; encodings UTF-16LE/BE, UTF-8 with and without BOM, US-ASCII with character
 *   references; white space; case of language codes; several languages): the units' source and target
 *   texts equal the lines of the kit's .txt documents exactly, white space included. The kit's .rtf
 *   copies of these documents hold the same lines and are not compared again.
 * - 2A (HTML, inline codes; also 2A-0index with x="0"): each unit, its codes rendered back to their
 *   native HTML and its text HTML-escaped, occurs verbatim in the kit's .htm documents.
 * - 2B (RTF, inline codes): each source unit rendered to native RTF occurs in the source .rtf (both in a
 *   normal RTF spelling); the translated .rtf was re-saved by a word processor (bold as \b…\b0, not
 *   groups), so there the units' plain text is compared with the document's plain text.
 * - 1J, 1J_many, 1K, 1L, 2C have no documents; their own comments and contents say what to expect.
 */
// @ts-nocheck

import { describe, expect, it } from 'vitest';
import type { BilingualDocument } from '../../src/core/formats/common/bilingual.ts';
import { decodeText } from '../../src/core/text/decode.ts';
import { nativeText } from '../../src/core/formats/text/native-text.ts';
import { importTmx, type TmxImportOptions } from '../../src/core/formats/tmx/read.ts';
import { inputErrorOf } from '../support/input-error.ts';
import { normalizeRtf, rtfPlainText } from './rtf.ts';
import { hasSharedData, readShared } from './shared-data.ts';

const KIT = 'tmx-compliance-kit';

function load(name: string, options: TmxImportOptions = {}): BilingualDocument {
  return importTmx(readShared(`${KIT}/${name}`), name, options);
}

/** A kit text document (UTF-8 or UTF-16 with BOM), one segment per line. */
function lines(name: string): string[] {
  return decodeText(readShared(`${KIT}/${name}`), name)
    .text.split(/\r\n|\n/)
    .filter((l) => l !== '');
}

/** The kit's HTML and RTF documents are Windows-1252. */
function windows1252(name: string): string {
  return new TextDecoder('windows-1252').decode(readShared(`${KIT}/${name}`));
}

const escapeHtml = (text: string) =>
  text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
const escapeRtf = (text: string) => text.replace(/[\\{}]/g, (c) => `\\${c}`);

describe.skipIf(!hasSharedData(KIT))('LISA TMX compliance kit: import tests', () => {
  it.each([
    ['1A', 'fr-ca'],
    ['1B', 'fr-ca'],
    ['1C', 'fr-ca'],
    ['1D', 'en-gb'],
    ['1E', 'en-gb'],
    ['1F', 'en-gb'],
    ['1G', 'en-gb'],
    ['1H', 'en-gb'],
    ['1I', 'ja-jp'],
  ])('ImportTest%s reads exactly the lines of the source and %s documents', (test, target) => {
    const doc = load(`ImportTest${test}.tmx`, { targetLang: target });
    expect(doc.sourceLang).toBe('en-US');
    expect(doc.units.map((u) => u.source)).toEqual(lines(`ImportTest${test}.txt`));
    expect(doc.units.map((u) => u.target)).toEqual(lines(`ImportTest${test}_${target}.txt`));
  });

  it('ImportTest1A keeps tabs and spaces inside segments', () => {
    expect(load('ImportTest1A.tmx').units[0]!.target).toBe('Premier segment avec [\t\t   ]');
  });

  it.each(['ImportTest2A.tmx', 'ImportTest2A-0index.tmx'])(
    '%s: every unit rendered as HTML occurs in the HTML documents',
    (name) => {
      const doc = load(name);
      expect([doc.sourceLang, doc.targetLang, doc.units.length]).toEqual(['en-US', 'fr-CA', 7]);
      const source = windows1252('ImportTest2A.htm');
      const target = windows1252('ImportTest2A_fr-ca.htm');
      for (const unit of doc.units) {
        expect(source).toContain(nativeText(unit.source, unit.codes, escapeHtml));
        expect(target).toContain(nativeText(unit.target, unit.codes, escapeHtml));
      }
      // Placeholders, not markup, in the text a reviewer edits; the same number for the same code.
      expect(doc.units[0]!.target).toBe('Le gros ⟨2⟩chat⟨/2⟩ ⟨1⟩noir⟨/1⟩ dors.');
    },
  );

  it('ImportTest2B: every source unit rendered as RTF occurs in the source RTF', () => {
    const doc = load('ImportTest2B.tmx');
    const source = normalizeRtf(windows1252('ImportTest2B.rtf'));
    expect(doc.units).toHaveLength(7);
    for (const unit of doc.units) {
      expect(source).toContain(normalizeRtf(nativeText(unit.source, unit.codes, escapeRtf)));
    }
    expect(nativeText(doc.units[2]!.source, doc.units[2]!.codes)).toBe(
      'Nested formatting = {\\b {\\i {\\ul Bold+Italic+Underlined}, Bold+Italic}, Bold}.',
    );
  });

  it('ImportTest2B: the units’ target text is the translated RTF’s text, but for two kit slips', () => {
    const doc = load('ImportTest2B.tmx');
    const target = rtfPlainText(windows1252('ImportTest2B_fr-ca.rtf'));
    const plain = doc.units.map((u) => nativeText(u.target, [])); // codes dropped
    // The kit's translated RTF was not made from this very memory: it has "Image : " where the TMX has
    // "Image: ", and "Du texte avec" where the TMX has "Du text avec". Those two units must read as the
    // TMX says; all others as the document says.
    expect(plain.slice(5)).toEqual(['Image: ', 'Du text avec une portion délimitée.']);
    for (const text of plain.slice(0, 5)) expect(target).toContain(text);
  });

  it('ImportTest1J reads US → UK English, whatever the order of the variants', () => {
    const doc = load('ImportTest1J.tmx');
    expect([doc.sourceLang, doc.targetLang]).toEqual(['en-US', 'en-GB']);
    expect(doc.units.map((u) => [u.source, u.target])).toEqual([
      ['First entry in US English', 'First entry in UK English'],
      ['Second entry in US English', 'Second entry in UK English'],
    ]);
  });

  it('ImportTest1J_many with source en-us and target en-gb imports only the first two entries', () => {
    const doc = load('ImportTest1J_many.tmx', { sourceLang: 'en-us', targetLang: 'en-gb' });
    expect(doc.units.map((u) => u.target)).toEqual([
      'First entry in UK English',
      'Second entry in UK English',
    ]);
  });

  it('ImportTest1K: units whose srclang differs from the header import with a pair they have', () => {
    const error = inputErrorOf(() => load('ImportTest1K.tmx'));
    expect(error.code).toBe('errors.tmxLanguages');
    expect(error.message).toContain('de-DE, en-GB, fr-CA');
    const doc = load('ImportTest1K.tmx', { sourceLang: 'fr-ca', targetLang: 'en-gb' });
    expect(doc.units.map((u) => [u.source, u.target])).toEqual([
      ['Second Entry - French Canadian', 'Second Entry - UK English'],
    ]);
  });

  it('ImportTest1L skips comments, ude and props, and keeps the notes', () => {
    const doc = load('ImportTest1L.tmx');
    expect(doc.units).toEqual([
      {
        id: 'tu001',
        source: 'Text of the segment.',
        target: 'Texte du segment.',
        notes: [
          'Text of tu note 1',
          'Text of tu note 2',
          'Text of tuv en note 1',
          'Text of tuv en note 1',
          'Text of tuv fr note 1',
          'Text of tuv fr note 1',
        ],
        codes: [],
      },
    ]);
  });

  it('ImportTest2C keeps <sub> text inside its code and <hi> text as text', () => {
    const unit = load('ImportTest2C.tmx').units[0]!;
    expect(unit.source).toBe('⟨1⟩⟨2⟩Click ⟨3/⟩ to ⟨4⟩start⟨/4⟩.⟨/2⟩');
    // The <ph> has a translated ALT text in its <sub>: a code of its own in the target.
    expect(unit.target).toBe('⟨1⟩⟨2⟩Cliquez ⟨5/⟩ pour ⟨4⟩commencer⟨/4⟩.⟨/2⟩');
    expect(nativeText(unit.target, unit.codes)).toBe(
      '<I><B>Cliquez <IMG SRC="here.png" ALT="Commencez ici !"> pour commencer.</B>',
    );
  });
});
