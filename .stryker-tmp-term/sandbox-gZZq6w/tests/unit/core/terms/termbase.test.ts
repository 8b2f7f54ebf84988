// @ts-nocheck
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseTbx, serializeTbx } from '../../../../src/core/terms/tbx.ts';
import { readTermbase } from '../../../../src/core/terms/termbase.ts';
import { parseTermsTsv, serializeTermsTsv } from '../../../../src/core/terms/tsv.ts';
import { BELT_AND_ROAD_PACK } from '../../../../src/core/terms/packs/belt-and-road.ts';
import { inputErrorOf } from '../../../support/input-error.ts';

const fixture = (name: string) => new Uint8Array(readFileSync(`corpus/fixtures/qa/${name}`));
const utf8 = (text: string) => new TextEncoder().encode(text);

describe('TSV termbases', () => {
  it('reads preferred, forbidden (| separated, re: for regex), source, note and flags', () => {
    const rules = readTermbase(fixture('terms.tsv'), 'terms.tsv');
    expect(rules).toEqual([
      {
        id: 'terms.tsv-2',
        preferred: 'Belt and Road',
        forbidden: [
          { pattern: 'one belt and one road', regex: false },
          { pattern: 'one belt and one way', regex: false },
        ],
        sourceTerm: '一带一路',
        wholeWord: true,
        matchCase: false,
        note: 'Official since 2015',
      },
      {
        id: 'terms.tsv-3',
        preferred: 'facilities connectivity',
        forbidden: [{ pattern: 'facilit(?:y|ies) unicom', regex: true }],
        sourceTerm: '设施联通',
        wholeWord: true,
        matchCase: false,
      },
      {
        id: 'terms.tsv-5',
        preferred: 'Zone',
        forbidden: [{ pattern: 'zone', regex: false }],
        wholeWord: false,
        matchCase: true,
      },
    ]);
  });

  it('writes what it reads, the pack included', () => {
    const rules = readTermbase(fixture('terms.tsv'), 'terms.tsv');
    const again = parseTermsTsv(serializeTermsTsv(rules), 'again.tsv', 'terms.tsv');
    expect(again.map(({ id: _id, ...r }) => r)).toEqual(rules.map(({ id: _id, ...r }) => r));
    const pack = parseTermsTsv(serializeTermsTsv(BELT_AND_ROAD_PACK), 'pack.tsv');
    expect(pack.map((r) => [r.preferred, r.forbidden, r.sourceTerm, r.note])).toEqual(
      BELT_AND_ROAD_PACK.map((r) => [r.preferred, r.forbidden, r.sourceTerm, r.note]),
    );
    expect(serializeTermsTsv(rules).split('\n')[0]).toBe(
      'preferred\tforbidden\tsource\tnote\tflags',
    );
  });

  it('names the file, line and column of a bad header, an empty term or a bad regex', () => {
    expect(inputErrorOf(() => parseTermsTsv('term\tbad\n', 'x.tsv')).params).toMatchObject({
      file: 'x.tsv',
      line: 1,
    });
    expect(
      inputErrorOf(() => parseTermsTsv('preferred\tforbidden\tsource\tnote\n\tx\n', 'x.tsv'))
        .message,
    ).toBe('x.tsv:2:1: not a valid termbase: the preferred term is empty');
    const bad = inputErrorOf(() => readTermbase(fixture('bad-regex.tsv'), 'bad-regex.tsv'));
    expect(bad.code).toBe('errors.termbaseInvalid');
    expect(bad.message).toMatch(
      /^bad-regex\.tsv:2:\d+: not a valid termbase: forbidden variant "one \(belt"/,
    );
  });
});

describe('TBX-Basic termbases', () => {
  it('reads the 2008 dialect: preferred, deprecated and superseded terms, source term, definition', () => {
    const { rules, skipped } = parseTbx(fixture('terms.tbx'), 'terms.tbx');
    expect(skipped).toBe(1); // the entry with no English term
    expect(rules).toEqual([
      {
        id: 'bri',
        preferred: 'Belt and Road',
        forbidden: [
          { pattern: 'one belt and one road', regex: false },
          { pattern: 'One Belt, One Road', regex: false },
        ],
        sourceTerm: '一带一路',
        wholeWord: true,
        matchCase: false,
        note: 'The Belt and Road Initiative',
      },
    ]);
  });

  it('reads the TBX v3 dialect with region subtags', () => {
    const { rules } = parseTbx(fixture('terms-v3.tbx'), 'terms-v3.tbx', { targetLang: 'en' });
    expect(rules).toMatchObject([
      {
        id: 'shared-future',
        preferred: 'community with a shared future for mankind',
        forbidden: [{ pattern: 'community of human destiny', regex: false }],
        sourceTerm: '人类命运共同体',
        note: 'China Keywords',
      },
    ]);
  });

  it('writes TBX-Basic 2008 that reads back, regex variants as re: terms', () => {
    const rules = [
      ...BELT_AND_ROAD_PACK,
      ...readTermbase(fixture('terms.tsv'), 'terms.tsv').slice(1, 2),
    ];
    const tbx = serializeTbx(rules, { targetLang: 'en', sourceLang: 'zh' });
    expect(tbx).toContain('<martif type="TBX-Basic" xml:lang="en">');
    const { rules: again } = parseTbx(utf8(tbx), 'out.tbx');
    expect(again.map((r) => [r.preferred, r.forbidden, r.sourceTerm, r.note])).toEqual(
      rules.map((r) => [r.preferred, r.forbidden, r.sourceTerm, r.note]),
    );
  });

  it('refuses entity declarations and names the line and column of bad XML or a wrong root', () => {
    expect(inputErrorOf(() => parseTbx(fixture('entities.tbx'), 'entities.tbx')).code).toBe(
      'errors.xmlDoctype',
    );
    expect(inputErrorOf(() => parseTbx(fixture('broken.tbx'), 'broken.tbx')).params).toMatchObject({
      file: 'broken.tbx',
      line: 5,
    });
    expect(inputErrorOf(() => parseTbx(utf8('<tmx version="1.4"/>'), 'x.tbx')).message).toBe(
      'x.tbx:1:1: not a valid termbase: the root element is <tmx>, not <martif> (TBX 2008) or <tbx> (TBX v3)',
    );
  });

  it('refuses other file types', () => {
    expect(inputErrorOf(() => readTermbase(utf8('x'), 'terms.csv'))).toMatchObject({
      code: 'errors.termbaseType',
      params: { file: 'terms.csv', ext: 'csv' },
    });
  });
});
