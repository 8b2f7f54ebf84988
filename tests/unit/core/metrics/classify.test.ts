import { describe, expect, it } from 'vitest';
import {
  classifyEdits,
  countEdits,
  locateEdits,
  type TermPair,
} from '../../../../src/core/metrics/classify.ts';
import { wordDiff } from '../../../../src/core/text/diff.ts';
import { BELT_AND_ROAD_PACK } from '../../../../src/core/terms/packs/belt-and-road.ts';
import { termPairsOf } from '../../../../src/core/terms/pairs.ts';

const kinds = (mt: string, final: string, terms: readonly TermPair[] = []) =>
  classifyEdits(mt, final, { terms }).map((e) => [e.kind, e.from, e.to]);

describe('classifyEdits', () => {
  it('finds nothing in an unchanged segment', () => {
    expect(classifyEdits('same text', 'same text')).toEqual([]);
  });

  it('labels a term rule applied as terminology', () => {
    expect(
      kinds('the one belt one road plan', 'the Belt and Road Initiative plan', [
        { from: 'one belt one road', to: 'Belt and Road Initiative' },
      ]),
    ).toEqual([['terminology', 'one belt one road', 'Belt and Road Initiative']]);
  });

  it('labels a change of letter case as capitalisation', () => {
    expect(kinds('belt and road', 'Belt and road')).toEqual([['capitalisation', 'belt', 'Belt']]);
  });

  it('labels punctuation and spacing changes', () => {
    expect(kinds('win win, cooperation', 'win-win cooperation')).toEqual([
      ['punctuation', ' win,', '-win'],
    ]);
    expect(kinds('Hello ,world', 'Hello, world')).toEqual([
      ['punctuation', ' ', ''],
      ['punctuation', '', ' '],
    ]);
  });

  it('labels changed numbers and dates', () => {
    expect(kinds('published in 2019', 'published in 2020')).toEqual([['number', '2019', '2020']]);
    expect(kinds('on May 3', 'on June 3')).toEqual([['number', 'May', 'June']]);
  });

  it('labels a moved block as word order', () => {
    expect(kinds('yesterday we met him', 'we met him yesterday')).toEqual([
      ['word-order', 'yesterday ', 'yesterday '],
    ]);
  });

  it('labels words added back as omission and words removed as addition', () => {
    expect(kinds('the plan', 'the new plan')).toEqual([['omission', '', 'new ']]);
    expect(kinds('the very good plan', 'the good plan')).toEqual([['addition', 'very ', '']]);
  });

  it('labels any other substitution as other', () => {
    expect(kinds('the plan was publish', 'the plan was published')).toEqual([
      ['other', 'publish', 'published'],
    ]);
  });

  it('counts edits by kind, every kind present', () => {
    const counts = countEdits(classifyEdits('a plan in 2019', 'A plan in 2020'));
    expect(counts).toMatchObject({ capitalisation: 1, number: 1, other: 0, 'word-order': 0 });
    expect(Object.keys(counts)).toHaveLength(8);
  });
});

describe('terminology from the term pack (issue 11 item 11)', () => {
  const pack = termPairsOf(BELT_AND_ROAD_PACK);

  it('labels the pack’s fix of one word inside a term as terminology (experimental → pilot)', () => {
    expect(
      kinds(
        'build a comprehensive experimental zone for trade',
        'build a comprehensive pilot zone for trade',
        pack,
      ),
    ).toEqual([['terminology', 'experimental', 'pilot']]);
  });

  it('labels area → zone inside "comprehensive pilot area" as terminology', () => {
    expect(kinds('the comprehensive pilot area', 'the comprehensive pilot zone', pack)).toEqual([
      ['terminology', 'area', 'zone'],
    ]);
  });

  it('recognises a plural of the term', () => {
    expect(
      kinds('two comprehensive test areas', 'two comprehensive pilot zones', pack).map((k) => k[0]),
    ).toEqual(['terminology']);
  });

  it('recognises a rule whose variant is a regular expression', () => {
    const pairs = termPairsOf([
      {
        id: 'r',
        preferred: 'free trade zone',
        forbidden: [{ pattern: 'free trade (?:area|region)', regex: true }],
        wholeWord: true,
        matchCase: false,
      },
    ]);
    expect(kinds('a free trade region', 'a free trade zone', pairs)).toEqual([
      ['terminology', 'region', 'zone'],
    ]);
  });

  it('leaves a change beside a term, not part of its replacement, to its own kind', () => {
    expect(
      kinds(
        'a comprehensive experimental zone in 2019',
        'a comprehensive pilot zone in 2020',
        pack,
      ),
    ).toEqual([
      ['terminology', 'experimental', 'pilot'],
      ['number', '2019', '2020'],
    ]);
  });

  it('does not take the same word changed outside a term for terminology', () => {
    expect(kinds('an experimental method', 'a pilot method', pack).map((k) => k[0])).not.toContain(
      'terminology',
    );
  });
});

describe('locateEdits (issue 15: the error form pre-fills from the edit under the selection)', () => {
  it('places each edit in the MT and in the final text', () => {
    const mt = 'In 2019 the plan was adopted.';
    const final = 'In 2018 the plan was quickly adopted.';
    expect(
      locateEdits(wordDiff(mt, final)).map((e) => [
        e.kind,
        final.slice(e.finalStart, e.finalEnd),
        mt.slice(e.mtStart, e.mtEnd),
      ]),
    ).toEqual([
      ['number', '2018', '2019'],
      ['omission', 'quickly ', ''],
    ]);
  });

  it('places a move where its words now are', () => {
    const mt = 'quickly the plan was adopted';
    const final = 'the plan was adopted quickly';
    const [move] = locateEdits(wordDiff(mt, final));
    expect([move!.kind, final.slice(move!.finalStart, move!.finalEnd).trim()]).toEqual([
      'word-order',
      'quickly',
    ]);
  });

  it('gives the same kinds as classifyEdits, in the same order', () => {
    const mt = 'one belt and one road, Fourty policies';
    const final = 'Belt and Road: forty policies';
    expect(locateEdits(wordDiff(mt, final)).map((e) => e.kind)).toEqual(
      classifyEdits(mt, final).map((e) => e.kind),
    );
  });
});
