// @ts-nocheck
import { describe, expect, it } from 'vitest';
import { toTmx } from '../../../../src/core/formats/tmx/write.ts';
import { toXliff12 } from '../../../../src/core/formats/xliff12/write.ts';
import { toXliff2 } from '../../../../src/core/formats/xliff2/write.ts';
import { openBilingual } from '../../../../src/core/formats/open/open-bilingual.ts';
import { canValidate, input, sampleSegments, segment, validate } from '../../../support/export.ts';

const read = (xml: string, fileName: string) =>
  openBilingual(new TextEncoder().encode(xml), fileName);

describe.skipIf(!canValidate)('interchange exports against the schemas (xmllint)', () => {
  const sample = input(sampleSegments());

  it('writes XLIFF 2.1 valid against xliff_core_2.0.xsd', () => {
    expect(validate('xliff2', [toXliff2(sample)])).toBe('');
  });

  it('writes its MT candidates valid against the Translation Candidates module schema too', () => {
    expect(validate('xliff2Matches', [toXliff2(sample)])).toBe('');
  });

  it('writes XLIFF 1.2 valid against the strict schema', () => {
    expect(validate('xliff12', [toXliff12(sample)])).toBe('');
  });

  it('writes TMX valid against tmx14.dtd', () => {
    expect(validate('tmx', [toTmx(sample)])).toBe('');
  });

  it('is checked by a validator that does refuse a broken document', () => {
    const broken = toXliff2(sample).replace('state="final"', 'state="done"');
    expect(validate('xliff2', [broken])).toMatch(/state/);
  });
});

describe('toXliff2', () => {
  it('maps every status to a state and keeps the exact one in subState', () => {
    const statuses = ['new', 'edited', 'reviewed', 'approved', 'rejected', 'excluded'] as const;
    const xml = toXliff2(input(statuses.map((status, i) => segment(`s${i}`, 'x', { status }))));
    const states = [...xml.matchAll(/<segment [^>]*state="(\w+)" subState="verso:(\w+)"/g)];
    expect(states.map((m) => `${m[2]}→${m[1]}`)).toEqual([
      'new→initial',
      'edited→translated',
      'reviewed→reviewed',
      'approved→final',
      'rejected→initial',
      'excluded→initial',
    ]);
  });

  it('keeps the MT as a translation candidate, not as a note', () => {
    const xml = toXliff2(input([segment('s1', 'MT text', { text: 'Final', source: '源' })]));
    expect(xml).toContain('<mtc:match ref="#s1" type="mt">');
    expect(xml).toContain('<target>MT text</target>');
    expect(read(xml, 'a.xlf').units[0]!.notes).toEqual([]);
  });

  it('writes the MT as the source when the project has none, in the target language', () => {
    const xml = toXliff2(
      input([segment('s1', 'Machine', { text: 'Human' })], { sourceLang: undefined }),
    );
    const doc = read(xml, 'a.xlf');
    expect([doc.sourceLang, doc.targetLang]).toEqual(['en', 'en']);
    expect(doc.units[0]).toMatchObject({ source: 'Machine', target: 'Human' });
  });

  it('keeps leading and trailing white space with xml:space="preserve"', () => {
    const xml = toXliff2(input([segment('s1', '  two  spaces\t', { source: ' 源 ' })]));
    expect(xml).toContain('xml:space="preserve"');
    expect(read(xml, 'a.xlf').units[0]).toMatchObject({
      source: ' 源 ',
      target: '  two  spaces\t',
    });
  });

  it('leaves out characters XML cannot carry and keeps carriage returns', () => {
    const xml = toXliff2(input([segment('s1', 'a\u0001b\r\nc\uFFFFd')]));
    expect(read(xml, 'a.xlf').units[0]!.target).toBe('ab\r\ncd');
  });

  it('writes native codes XML cannot carry as <cp> in the original data', () => {
    const codes = [
      { n: 1, kind: 'standalone' as const, element: 'ph', data: '', original: '\u0007' },
    ];
    const xml = toXliff2(input([segment('s1', 'a⟨1/⟩', { codes })]));
    expect(xml).toContain('<data id="d1"><cp hex="0007"/></data>');
    expect(read(xml, 'a.xlf').units[0]!.codes[0]!.original).toBe('\u0007');
  });

  it('writes a code whose partner the reviewer removed as an isolated one', () => {
    const codes = [
      { n: 1, kind: 'open' as const, element: 'pc', data: '' },
      { n: 1, kind: 'close' as const, element: 'pc', data: '' },
    ];
    const xml = toXliff2(input([segment('s1', '⟨1⟩a⟨/1⟩', { text: 'a⟨/1⟩', codes })]));
    expect(xml).toContain('<target>a<ec id="e1" isolated="yes"/></target>');
    expect(read(xml, 'a.xlf').units[0]!.target).toMatch(/^a⟨\/\d⟩$/);
  });

  it('keeps external ids that are NMTOKENs and names the unit after the others', () => {
    const xml = toXliff2(
      input([
        segment('s1', 'a', { externalId: 'intro.1' }),
        segment('s2', 'b', { externalId: 'x/y' }),
      ]),
    );
    expect(xml).toContain('<unit id="intro.1">');
    expect(xml).toContain('<unit id="u2" name="x/y">');
  });
});

describe('toXliff12', () => {
  it('writes x-verso states, approved="yes" and the MT as a machine-translation alternative', () => {
    const xml = toXliff12(
      input([segment('s1', 'MT', { text: 'Final', status: 'approved', source: '源' })]),
    );
    expect(xml).toContain('<trans-unit id="u1" approved="yes" xml:space="preserve">');
    expect(xml).toContain('<target state="x-verso-approved">Final</target>');
    expect(xml).toContain(
      '<alt-trans origin="machine-translation"><target xml:lang="en">MT</target></alt-trans>',
    );
  });

  it('writes comments as notes from their author', () => {
    const comments = [{ id: 'c', text: 'Check <this>', author: 'Bo', createdAt: 0 }];
    const xml = toXliff12(input([segment('s1', 'a', { comments })]));
    expect(xml).toContain('<note from="Bo">Check &lt;this&gt;</note>');
    expect(read(xml, 'a.xliff').units[0]!.notes).toEqual(['Check <this>']);
  });
});

describe('toTmx', () => {
  it('writes status and MT as properties, comments as notes, dates in TMX form', () => {
    const comments = [{ id: 'c', text: 'note', author: 'Bo', createdAt: 0 }];
    const xml = toTmx(
      input([
        segment('s1', 'MT ⟨1/⟩', { text: 'Final', source: '源', status: 'reviewed', comments }),
      ]),
    );
    expect(xml).toContain('<prop type="x-verso-status">reviewed</prop>');
    expect(xml).toContain('<prop type="x-verso-mt">MT ⟨1/⟩</prop>');
    expect(xml).toContain('<note>note</note>');
    expect(xml).toContain('changedate="20240102T030405Z"');
    expect(xml).toContain('creationdate="20240601T000000Z"');
  });

  it('tags the source of a project without a source language as the MT variant', () => {
    const xml = toTmx(
      input([segment('s1', 'Machine', { text: 'Human' })], { sourceLang: undefined }),
    );
    expect(xml).toContain('<tuv xml:lang="en-x-mt"><seg>Machine</seg></tuv>');
    const doc = read(xml, 'a.tmx');
    expect([doc.sourceLang, doc.targetLang]).toEqual(['en-x-mt', 'en']);
  });

  it('writes paired codes as bpt/ept and a lone half as it', () => {
    const codes = [
      { n: 1, kind: 'open' as const, element: 'bpt', data: '', original: '{\\b ' },
      { n: 1, kind: 'close' as const, element: 'ept', data: '', original: '}' },
    ];
    const xml = toTmx(
      input([segment('s1', '⟨1⟩bold⟨/1⟩', { text: '⟨1⟩bold', source: '⟨1⟩粗⟨/1⟩', codes })]),
    );
    expect(xml).toContain('<seg><bpt i="1" x="1">{\\b </bpt>粗<ept i="1">}</ept></seg>');
    expect(xml).toContain('<seg><it pos="begin" x="1">{\\b </it>bold</seg>');
  });
});
