// @ts-nocheck
import { describe, expect, it } from 'vitest';
import { importTmx, type TmxImportOptions } from '../../../../../src/core/formats/tmx/read.ts';
import { inputErrorOf } from '../../../../support/input-error.ts';
import { fixture, utf8 } from '../../../../support/formats.ts';

/** A TMX 1.4 document with the given units. */
function tmx(units: string, srclang = 'en'): string {
  return `<?xml version="1.0"?>\n<tmx version="1.4"><header srclang="${srclang}" datatype="plaintext" segtype="sentence" adminlang="en" o-tmf="x" creationtool="t" creationtoolversion="1"/>\n<body>${units}</body></tmx>`;
}

const tu = (...variants: [string, string][]) =>
  `<tu>${variants.map(([lang, seg]) => `<tuv xml:lang="${lang}"><seg>${seg}</seg></tuv>`).join('')}</tu>`;

const load = (xml: string, options: TmxImportOptions = {}) =>
  importTmx(utf8(xml), 'a.tmx', options);

describe('importTmx', () => {
  it('reads a UTF-16LE file with a DOCTYPE, its ids, notes, status and codes (fixture review.tmx)', () => {
    const doc = importTmx(fixture('review.tmx'), 'review.tmx');
    expect([doc.format, doc.sourceLang, doc.targetLang]).toEqual(['tmx', 'zh-CN', 'en']);
    expect(doc.units.map((u) => [u.id, u.target, u.status ?? null, u.notes])).toEqual([
      ['p1', 'The Belt and Road Initiative', 'approved', ['Title of the report.']],
      ['p2', 'Paragraph one: ⟨1⟩win-win⟨/1⟩ cooperation.', null, []],
    ]);
    expect(doc.units[1]!.codes.map((c) => c.original)).toEqual(['<b>', '</b>']);
  });

  it('takes the target language found most often, the first met on a tie', () => {
    const doc = load(
      tmx(
        tu(['en', 'a'], ['de', 'b']) + tu(['en', 'c'], ['fr', 'd']) + tu(['fr', 'e'], ['en', 'f']),
      ),
    );
    expect([doc.targetLang, doc.units.map((u) => u.target)]).toEqual(['fr', ['d', 'e']]);
    expect(load(tmx(tu(['en', 'a'], ['de', 'b']) + tu(['en', 'c'], ['fr', 'd']))).targetLang).toBe(
      'de',
    );
  });

  it('takes the pair asked for, skipping units without either language', () => {
    const doc = load(tmx(tu(['en', 'a'], ['de', 'b']) + tu(['en', 'c'], ['fr', 'd'])), {
      sourceLang: 'EN',
      targetLang: 'fr',
    });
    expect(doc.units.map((u) => [u.source, u.target])).toEqual([['c', 'd']]);
  });

  it('takes the first variant of the first unit as source when the header says *all*', () => {
    const doc = load(tmx(tu(['ja', 'a'], ['en', 'b']), '*all*'));
    expect([doc.sourceLang, doc.targetLang]).toEqual(['ja', 'en']);
  });

  it('reads TMX 1.1 lang attributes', () => {
    const doc = load(
      tmx('<tu><tuv lang="en"><seg>a</seg></tuv><tuv lang="fr"><seg>b</seg></tuv></tu>'),
    );
    expect(doc.units[0]!.target).toBe('b');
  });

  it('keeps white space in segments exactly', () => {
    expect(load(tmx(tu(['en', '  a\t b '], ['fr', ' c ']))).units[0]!.target).toBe(' c ');
  });

  it('reads <hi> text as text between codes, and <sub> text as part of its code', () => {
    const doc = load(
      tmx(
        tu(
          ['en', 'A <hi x="1">term</hi> <ph x="2">&lt;img alt="<sub>pic</sub>"></ph>'],
          ['fr', 'Un <hi x="1">terme</hi> <ph x="2">&lt;img alt="<sub>pic</sub>"></ph>'],
        ),
      ),
    );
    const unit = doc.units[0]!;
    expect([unit.source, unit.target]).toEqual(['A ⟨1⟩term⟨/1⟩ ⟨2/⟩', 'Un ⟨1⟩terme⟨/1⟩ ⟨2/⟩']);
    expect(unit.codes.find((c) => c.n === 2)!.original).toBe('<img alt="pic">');
  });

  it.each([
    [
      'the source in no unit',
      tmx(tu(['de', 'a'], ['fr', 'b'])),
      {},
      'no translation unit has the source language en',
    ],
    ['a single language', tmx(tu(['en', 'a'])), {}, 'no language other than en'],
    [
      'a pair no unit has',
      tmx(tu(['en', 'a'], ['de', 'b']) + tu(['fr', 'c'], ['de', 'd'])),
      { targetLang: 'fr' },
      'no translation unit has both en and fr',
    ],
    [
      'the same language twice',
      tmx(tu(['en', 'a'], ['fr', 'b'])),
      { targetLang: 'EN' },
      'are the same',
    ],
  ])('refuses %s with errors.tmxLanguages', (_what, xml, options: TmxImportOptions, detail) => {
    const error = inputErrorOf(() => load(xml, options));
    expect(error.code).toBe('errors.tmxLanguages');
    expect(error.message).toContain(detail);
    expect(error.params).toHaveProperty('languages');
  });

  it.each([
    ['a variant without language', tmx('<tu><tuv><seg>a</seg></tuv></tu>'), 'must have xml:lang'],
    ['a variant without seg', tmx('<tu><tuv xml:lang="en"/></tu>'), 'exactly one <seg>'],
    [
      'a <bpt> without <ept>',
      tmx(tu(['en', '<bpt i="1">{</bpt>a'], ['fr', 'b'])),
      'has no <ept i="1">',
    ],
    [
      'an <ept> without <bpt>',
      tmx(tu(['en', 'a<ept i="1">}</ept>'], ['fr', 'b'])),
      'has no <bpt i="1">',
    ],
    [
      'an unknown element in a seg',
      tmx(tu(['en', '<b>a</b>'], ['fr', 'b'])),
      '<seg> cannot contain <b>',
    ],
    ['a unit without variants', tmx('<tu/>'), 'at least one <tuv>'],
    ['a missing header', '<tmx version="1.4"><body/></tmx>', 'must start with <header>'],
    ['a missing version', '<tmx><header/><body/></tmx>', 'version'],
  ])('refuses %s with errors.tmxInvalid and the position', (_what, xml, detail) => {
    const error = inputErrorOf(() => load(xml));
    expect(error.code).toBe('errors.tmxInvalid');
    expect(error.message).toMatch(/^a\.tmx:\d+:\d+: not valid TMX \(TMX 1\.4b §/);
    expect(error.message).toContain(detail);
  });

  it('reports progress while parsing and can be cancelled', () => {
    const xml = tmx(
      Array.from({ length: 1500 }, (_, i) => tu(['en', `s${i}`], ['fr', `t${i}`])).join('\n'),
    );
    const calls: [number, number][] = [];
    expect(load(xml, { onProgress: (d, t) => calls.push([d, t]) }).units).toHaveLength(1500);
    expect(calls).toEqual([
      [1000, 1500],
      [1500, 1500],
    ]);
    expect(inputErrorOf(() => load(xml, { signal: { aborted: true } })).code).toBe(
      'errors.cancelled',
    );
  });
});
