// @ts-nocheck
import { describe, expect, it } from 'vitest';
import { importXliff12 } from '../../../../../src/core/formats/xliff12/read.ts';
import { inputErrorOf } from '../../../../support/input-error.ts';
import { fixture, utf8 } from '../../../../support/formats.ts';

const NS = 'urn:oasis:names:tc:xliff:document:1.2';

function xliff(
  body: string,
  file = 'original="a.txt" source-language="en" target-language="fr" datatype="plaintext"',
): string {
  return `<xliff version="1.2" xmlns="${NS}">\n<file ${file}><body>${body}</body></file></xliff>`;
}

const load = (xml: string) => importXliff12(utf8(xml), 'a.xlf');
const unit = (id: string, inner: string) => `<trans-unit id="${id}">${inner}</trans-unit>`;

describe('importXliff12', () => {
  it('reads trans-units, seg-source segments, states, notes and codes (fixture review-12.xlf)', () => {
    const doc = importXliff12(fixture('review-12.xlf'), 'review-12.xlf');
    expect([doc.format, doc.sourceLang, doc.targetLang]).toEqual(['xliff12', 'zh-CN', 'en']);
    expect(doc.units.map((u) => [u.id, u.source, u.target, u.status])).toEqual([
      ['1', '共建“一带一路”倡议', 'The Belt and Road Initiative', 'approved'],
      [
        '2/a',
        '第一段：⟨1⟩合作⟨/1⟩共赢。',
        'Paragraph one: ⟨1⟩win-win⟨/1⟩ cooperation.',
        'rejected',
      ],
      ['2/b', '第二句。⟨1/⟩', 'Second sentence.⟨1/⟩', 'rejected'],
      ['3', '四十条开放政策。', '', undefined],
    ]);
    expect(doc.units[0]!.notes).toEqual(['Title of the report.']);
  });

  it.each([
    ['final', 'approved'],
    ['signed-off', 'reviewed'],
    ['translated', 'new'],
    ['needs-review-translation', 'new'],
    ['x-verso-excluded', 'excluded'],
    ['x-custom', 'new'],
  ])('maps state="%s" to %s', (state, status) => {
    expect(
      load(xliff(unit('1', `<source>a</source><target state="${state}">b</target>`))).units[0]!
        .status,
    ).toBe(status);
  });

  it('reads every inline element as a placeholder, with the native code of bpt/ept/ph/it', () => {
    const doc = load(
      xliff(
        unit(
          '1',
          '<source><bpt id="1">&lt;b></bpt>a<ept id="1">&lt;/b></ept><ph id="2">&lt;br/></ph><it id="3" pos="open">&lt;i></it><bx id="4"/>b<ex id="5" rid="4"/><mrk mtype="term">c</mrk></source>',
        ),
      ),
    );
    const { source, codes } = doc.units[0]!;
    expect(source).toBe('⟨1⟩a⟨/1⟩⟨2/⟩⟨3⟩⟨4⟩b⟨/4⟩⟨5⟩c⟨/5⟩');
    expect(codes.map((c) => [c.n, c.kind, c.element, c.original])).toEqual([
      [1, 'open', 'bpt', '<b>'],
      [1, 'close', 'ept', '</b>'],
      [2, 'standalone', 'ph', '<br/>'],
      [3, 'open', 'it', '<i>'],
      [4, 'open', 'bx', undefined],
      [4, 'close', 'ex', undefined],
      [5, 'open', 'mrk', undefined],
      [5, 'close', 'mrk', undefined],
    ]);
  });

  it('keeps a unit whole when its target is not segmented like its seg-source', () => {
    const doc = load(
      xliff(
        unit(
          '1',
          '<source>A. B.</source><seg-source><mrk mtype="seg" mid="1">A.</mrk> <mrk mtype="seg" mid="2">B.</mrk></seg-source><target>a. b.</target>',
        ),
      ),
    );
    expect(doc.units.map((u) => [u.id, u.source, u.target])).toEqual([['1', 'A. B.', 'a. b.']]);
  });

  it('does not read alt-trans proposals', () => {
    const doc = load(
      xliff(
        unit('1', '<source>a</source><alt-trans><source>x</source><target>y</target></alt-trans>'),
      ),
    );
    expect(doc.units).toEqual([{ id: '1', source: 'a', target: '', notes: [], codes: [] }]);
  });

  it.each([
    [
      'a missing version',
      `<xliff xmlns="${NS}"><file original="a" source-language="en" datatype="x"><body/></file></xliff>`,
      'version="1.2"',
    ],
    ['a file without datatype', xliff('', 'original="a" source-language="en"'), "'datatype'"],
    ['a trans-unit without id', xliff('<trans-unit><source>a</source></trans-unit>'), "'id'"],
    [
      'a trans-unit without source',
      xliff(unit('1', '<target>b</target>')),
      'must contain <source>',
    ],
    ['two sources', xliff(unit('1', '<source>a</source><source>b</source>')), 'only one <source>'],
    [
      'a duplicate id',
      xliff(unit('1', '<source>a</source>') + unit('1', '<source>b</source>')),
      'used by two units',
    ],
    [
      'an unknown state',
      xliff(unit('1', '<source>a</source><target state="done">b</target>')),
      'state="done"',
    ],
    [
      'an inline code without id',
      xliff(unit('1', '<source><x/></source>')),
      "<x> must have the attribute 'id'",
    ],
    [
      'an unknown element in source',
      xliff(unit('1', '<source><b>a</b></source>')),
      '<source> cannot contain <b>',
    ],
    [
      'a malformed language',
      xliff('', 'original="a" source-language="e n" datatype="x"'),
      'BCP 47',
    ],
  ])('refuses %s with the position', (_what, xml, detail) => {
    const error = inputErrorOf(() => load(xml));
    expect(error.code).toBe('errors.xliffInvalid');
    expect(error.message).toMatch(/^a\.xlf:\d+:\d+: not valid XLIFF 1\.2 \(XLIFF 1\.2 §/);
    expect(error.message).toContain(detail);
  });

  it('reports progress while parsing and can be cancelled', () => {
    const xml = xliff(
      Array.from({ length: 1200 }, (_, i) => unit(`u${i}`, '<source>a</source>')).join(''),
    );
    const calls: [number, number][] = [];
    expect(
      importXliff12(utf8(xml), 'a.xlf', { onProgress: (d, t) => calls.push([d, t]) }).units,
    ).toHaveLength(1200);
    expect(calls).toEqual([
      [1000, 1200],
      [1200, 1200],
    ]);
    expect(
      inputErrorOf(() => importXliff12(utf8(xml), 'a.xlf', { signal: { aborted: true } })).code,
    ).toBe('errors.cancelled');
  });

  it('refuses files with different language pairs', () => {
    const two = `<xliff version="1.2" xmlns="${NS}"><file original="a" source-language="en" target-language="fr" datatype="x"><body/></file><file original="b" source-language="en" target-language="de" datatype="x"><body/></file></xliff>`;
    expect(inputErrorOf(() => load(two)).message).toContain('one language pair');
  });
});
