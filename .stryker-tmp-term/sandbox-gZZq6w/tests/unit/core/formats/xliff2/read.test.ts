// @ts-nocheck
import { describe, expect, it } from 'vitest';
import { importXliff2 } from '../../../../../src/core/formats/xliff2/read.ts';
import { inputErrorOf } from '../../../../support/input-error.ts';
import { fixture, utf16, utf8 } from '../../../../support/formats.ts';

const NS = 'urn:oasis:names:tc:xliff:document:2.0';

/** An XLIFF 2.1 document with the given `<file>` content. */
function xliff(
  units: string,
  attributes = 'srcLang="zh-CN" trgLang="en"',
  ns = NS,
  version = '2.1',
): string {
  return `<xliff xmlns="${ns}" version="${version}" ${attributes}><file id="f1">${units}</file></xliff>`;
}

const load = (xml: string, name = 'a.xlf') => importXliff2(utf8(xml), name);
const refusal = (xml: string) => inputErrorOf(() => load(xml));

describe('importXliff2', () => {
  it('reads units, segments, languages, states, notes and codes (fixture review.xlf)', () => {
    const doc = importXliff2(fixture('review.xlf'), 'review.xlf');
    expect([doc.format, doc.sourceLang, doc.targetLang]).toEqual(['xliff2', 'zh-CN', 'en']);
    expect(doc.units.map((u) => [u.id, u.status])).toEqual([
      ['u1', 'approved'],
      ['u2/s1', 'edited'],
      ['u2/s2', 'reviewed'],
      ['u3', 'new'],
    ]);
    expect(doc.units[0]!.notes).toEqual(['Title of the report.']);
    expect(doc.units[3]!.target).toBe('');
  });

  it('turns inline codes into placeholders that keep the markup and the original data', () => {
    const unit = importXliff2(fixture('review.xlf'), 'review.xlf').units[1]!;
    expect(unit.source).toBe('第一段：⟨1⟩合作⟨/1⟩共赢。 ');
    expect(unit.target).toBe('Paragraph one: ⟨1⟩win-win⟨/1⟩ cooperation. ');
    expect(unit.codes).toEqual([
      {
        n: 1,
        kind: 'open',
        element: 'pc',
        id: '1',
        data: '<pc id="1" dataRefStart="d1" dataRefEnd="d2">',
        original: '<b>',
      },
      { n: 1, kind: 'close', element: 'pc', id: '1', data: '</pc>', original: '</b>' },
    ]);
  });

  it('appends an ignorable to the segment before it, and to the first segment when none is before', () => {
    const doc = load(
      xliff(
        '<unit id="u"><ignorable><source>[</source></ignorable><segment><source>A.</source><target>a.</target></segment>' +
          '<ignorable><source> </source><target>\u00a0</target></ignorable><segment><source>B.</source></segment></unit>',
      ),
    );
    expect(doc.units.map((u) => [u.id, u.source, u.target])).toEqual([
      ['u/1', '[A. ', '[a.\u00a0'],
      ['u/2', 'B.', ''],
    ]);
  });

  it('keeps white space inside segments exactly', () => {
    const doc = load(
      xliff(
        '<unit id="u"><segment><source xml:space="preserve">  two  spaces\n</source></segment></unit>',
      ),
    );
    expect(doc.units[0]!.source).toBe('  two  spaces\n');
  });

  it('maps states and lets a verso: subState say the Verso status', () => {
    const segment = (state: string, subState = '') =>
      `<segment state="${state}" ${subState}><source>s</source><target>t</target></segment>`;
    const doc = load(
      xliff(
        `<unit id="a">${segment('initial')}</unit><unit id="b">${segment('translated')}</unit>` +
          `<unit id="c">${segment('reviewed')}</unit><unit id="d">${segment('final')}</unit>` +
          `<unit id="e">${segment('reviewed', 'subState="verso:excluded"')}</unit>` +
          `<unit id="f">${segment('final', 'subState="verso:unknown"')}</unit>`,
      ),
    );
    expect(doc.units.map((u) => u.status)).toEqual([
      'new',
      'new',
      'reviewed',
      'approved',
      'excluded',
      'approved',
    ]);
  });

  it('gives the same number to a code in source and target, and keeps markers and code points as codes', () => {
    const doc = load(
      xliff(
        '<unit id="u"><segment><source><sc id="1"/>a<mrk id="m" type="term">b</mrk><cp hex="0001"/><ec startRef="1"/></source>' +
          '<target><mrk id="m" type="term">B</mrk><sc id="1"/>A<ec startRef="1"/></target></segment></unit>',
      ),
    );
    const unit = doc.units[0]!;
    expect(unit.source).toBe('⟨1⟩a⟨2⟩b⟨/2⟩⟨3/⟩⟨/1⟩');
    expect(unit.target).toBe('⟨2⟩B⟨/2⟩⟨1⟩A⟨/1⟩');
    expect(unit.codes.find((c) => c.element === 'cp')).toMatchObject({
      data: '<cp hex="0001"/>',
      original: '\u0001',
    });
  });

  it('prefixes ids with the file id when the document has several files', () => {
    const two = `<xliff xmlns="${NS}" version="2.0" srcLang="en"><file id="f1"><unit id="u"><segment><source>a</source></segment></unit></file><file id="f2"><unit id="u"><segment><source>b</source></segment></unit></file></xliff>`;
    expect(load(two).units.map((u) => u.id)).toEqual(['f1/u', 'f2/u']);
  });

  it('reads XLIFF 2.2 in its own namespace, and UTF-16', () => {
    const xml = xliff(
      '<unit id="u"><segment><source>a</source></segment></unit>',
      'srcLang="en"',
      'urn:oasis:names:tc:xliff:document:2.2',
      '2.2',
    );
    expect(importXliff2(utf16(xml, false), 'a.xlf').units[0]!.source).toBe('a');
  });

  it('reports progress and can be cancelled', () => {
    const units = Array.from(
      { length: 2500 },
      (_, i) => `<unit id="u${i}"><segment><source>s</source></segment></unit>`,
    ).join('');
    const calls: [number, number][] = [];
    importXliff2(utf8(xliff(units, 'srcLang="en"')), 'big.xlf', {
      onProgress: (d, t) => calls.push([d, t]),
    });
    expect(calls).toEqual([
      [1000, 2500],
      [2000, 2500],
      [2500, 2500],
    ]);
    expect(
      inputErrorOf(() =>
        importXliff2(utf8(xliff(units, 'srcLang="en"')), 'big.xlf', { signal: { aborted: true } }),
      ).code,
    ).toBe('errors.cancelled');
  });

  it('refuses an invalid document naming the rule and the line:column (fixture unpaired-codes.xlf)', () => {
    const error = inputErrorOf(() =>
      importXliff2(fixture('unpaired-codes.xlf'), 'unpaired-codes.xlf'),
    );
    expect(error.code).toBe('errors.xliffInvalid');
    expect(error.params).toMatchObject({
      file: 'unpaired-codes.xlf',
      line: 6,
      column: 17,
      rule: 'XLIFF 2.0 §isolated',
    });
    expect(error.message).toBe(
      'unpaired-codes.xlf:6:17: not valid XLIFF 2 (XLIFF 2.0 §isolated): <sc id="1"> has no <ec startRef="1"> after it in the source of unit "u1"; an <sc> whose end is outside the unit must be isolated="yes"',
    );
  });

  it.each([
    [
      'a wrong version',
      `<xliff xmlns="${NS}" version="2.2" srcLang="en"><file id="f"><unit id="u"><segment><source/></segment></unit></file></xliff>`,
      '§version',
    ],
    [
      'a missing srcLang',
      `<xliff xmlns="${NS}" version="2.0"><file id="f"><unit id="u"><segment><source/></segment></unit></file></xliff>`,
      '§xliff',
    ],
    [
      'a unit without segment',
      xliff('<unit id="u"><ignorable><source/></ignorable></unit>'),
      '§unit',
    ],
    [
      'duplicate unit ids',
      xliff(
        '<unit id="u"><segment><source/></segment></unit><unit id="u"><segment><source/></segment></unit>',
      ),
      '§id',
    ],
    [
      'a dataRef to nothing',
      xliff('<unit id="u"><segment><source><ph id="1" dataRef="d9"/></source></segment></unit>'),
      '§dataRef',
    ],
    [
      'an <ec> before its <sc>',
      xliff(
        '<unit id="u"><segment><source><ec startRef="1"/><sc id="1"/></source></segment></unit>',
      ),
      '§ec',
    ],
    [
      'a target in another language',
      xliff(
        '<unit id="u"><segment><source>a</source><target xml:lang="de">b</target></segment></unit>',
      ),
      '§xml:lang',
    ],
    [
      'a target without trgLang',
      xliff(
        '<unit id="u"><segment><source>a</source><target>b</target></segment></unit>',
        'srcLang="en"',
      ),
      '§trgLang',
    ],
    [
      'a bad fragment identifier',
      xliff(
        '<unit id="u"><segment><source><mrk id="m" type="x:y" ref="#u=u/f=f1">a</mrk></source></segment></unit>',
      ),
      '§Fragment Identification',
    ],
    [
      'a custom attribute on a code',
      xliff(
        '<unit id="u"><segment><source><ph id="1" xmlns:my="urn:my" my:a="1"/></source></segment></unit>',
      ),
      '§Extension Mechanisms',
    ],
  ])('refuses %s', (_what, xml, section) => {
    const error = refusal(xml);
    expect(error.code).toBe('errors.xliffInvalid');
    expect(String(error.params['rule'])).toContain(section);
    expect(error.message).toMatch(/^a\.xlf:1:\d+: not valid XLIFF 2 /);
  });

  it('imports a valid document with no units as an empty document', () => {
    expect(
      load(
        `<xliff xmlns="${NS}" version="2.0" srcLang="en"><file id="f"><group id="g"/></file></xliff>`,
      ).units,
    ).toEqual([]);
  });
});
