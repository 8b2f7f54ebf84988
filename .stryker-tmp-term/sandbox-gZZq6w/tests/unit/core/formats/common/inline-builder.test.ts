// @ts-nocheck
import { describe, expect, it } from 'vitest';
import { CodeTable, InlineBuilder } from '../../../../../src/core/formats/common/inline-builder.ts';
import { nativeText } from '../../../../../src/core/formats/text/native-text.ts';

describe('InlineBuilder and CodeTable', () => {
  it('numbers codes in order and shares a number between the halves of a pair and across sides', () => {
    const table = new CodeTable();
    const source = new InlineBuilder(table, 'source');
    const target = new InlineBuilder(table, 'target');
    source.code({ key: 'b', kind: 'open', element: 'bpt', data: '<bpt/>', original: '<b>' });
    source.append('x');
    source.code({ key: 'b', kind: 'close', element: 'ept', data: '<ept/>', original: '</b>' });
    source.code({ kind: 'standalone', element: 'ph', data: '<ph/>' });
    target.code({ key: 'b', kind: 'open', element: 'bpt', data: '<bpt/>', original: '<b>' });
    target.code({ key: 'b', kind: 'close', element: 'ept', data: '<ept/>', original: '</b>' });
    expect([source.toString(), target.toString()]).toEqual(['⟨1⟩x⟨/1⟩⟨2/⟩', '⟨1⟩⟨/1⟩']);
    expect(table.codes.map((c) => `${c.n}${c.kind}`)).toEqual(['1open', '1close', '2standalone']);
  });

  it('gives a target code its own number when it is not the same code as the source’s', () => {
    const table = new CodeTable();
    new InlineBuilder(table, 'source').code({
      key: 'p',
      kind: 'standalone',
      element: 'ph',
      data: 'a',
      original: 'alt="Start"',
    });
    const target = new InlineBuilder(table, 'target');
    target.code({
      key: 'p',
      kind: 'standalone',
      element: 'ph',
      data: 'b',
      original: 'alt="Début"',
    });
    expect(target.toString()).toBe('⟨2/⟩');
    expect(table.codes.map((c) => c.original)).toEqual(['alt="Start"', 'alt="Début"']);
  });
});

describe('nativeText', () => {
  it('puts the native codes back and escapes the text between them', () => {
    const codes = [
      { n: 1, kind: 'open' as const, element: 'bpt', data: '', original: '<b>' },
      { n: 1, kind: 'close' as const, element: 'ept', data: '', original: '</b>' },
      { n: 2, kind: 'standalone' as const, element: 'x', data: '' },
    ];
    expect(nativeText('a ⟨1⟩<&>⟨/1⟩⟨2/⟩', codes, (t) => t.replace(/</g, '&lt;'))).toBe(
      'a <b>&lt;&></b>',
    );
  });
});
