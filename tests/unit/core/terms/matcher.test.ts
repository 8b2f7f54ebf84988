import { describe, expect, it } from 'vitest';
import type { TermRule } from '../../../../src/core/terms/model.ts';
import { compileTerms, findTermHits } from '../../../../src/core/terms/matcher.ts';
import { checkSegment } from '../../../../src/core/qa/index.ts';

const rule = (
  preferred: string,
  forbidden: string[],
  options: Partial<TermRule> = {},
): TermRule => ({
  id: preferred,
  preferred,
  forbidden: forbidden.map((pattern) =>
    pattern.startsWith('re:')
      ? { pattern: pattern.slice(3), regex: true }
      : { pattern, regex: false },
  ),
  wholeWord: true,
  matchCase: false,
  ...options,
});

const hits = (text: string, rules: TermRule[]) =>
  findTermHits(text, compileTerms(rules)).map((h) => [h.match, h.suggestion]);

describe('term matching', () => {
  it('finds forbidden variants as whole words, in any case, and suggests the preferred term', () => {
    const rules = [rule('Belt and Road', ['one belt and one road', 'one belt and one way'])];
    expect(hits('of "one belt and one road" and "One Belt and One Way"', rules)).toEqual([
      ['one belt and one road', 'Belt and Road'],
      ['One Belt and One Way', 'Belt and Road'],
    ]);
    expect(hits('someone belt and one roads', rules)).toEqual([]);
  });

  it('cases the suggestion like the text: sentence start, title case, capitals', () => {
    const rules = [
      rule('comprehensive pilot zone', ['comprehensive experimental zone']),
      rule('forty', ['fourty']),
    ];
    expect(
      hits(
        'Fourty zones; the Comprehensive Experimental Zone; COMPREHENSIVE EXPERIMENTAL ZONE',
        rules,
      ),
    ).toEqual([
      ['Fourty', 'Forty'],
      ['Comprehensive Experimental Zone', 'Comprehensive Pilot Zone'],
      ['COMPREHENSIVE EXPERIMENTAL ZONE', 'COMPREHENSIVE PILOT ZONE'],
    ]);
  });

  it('takes the longest variant at a place, and regular expressions', () => {
    const rules = [
      rule('Belt and Road', ['one belt', 'one belt and one road']),
      rule('facilities connectivity', ['re:facilit(?:y|ies) unicom']),
    ];
    expect(hits('one belt and one road; Facility Unicom', rules)).toEqual([
      ['one belt and one road', 'Belt and Road'],
      ['Facility Unicom', 'Facilities connectivity'],
    ]);
  });

  it('honours match-case and part-word rules', () => {
    expect(
      hits('belt and road, Belt and Road', [
        rule('Belt and Road', ['belt and road'], { matchCase: true }),
      ]),
    ).toEqual([['belt and road', 'Belt and Road']]);
    expect(hits('subzone', [rule('area', ['zone'], { wholeWord: false })])).toEqual([
      ['zone', 'area'],
    ]);
    expect(hits('subzone', [rule('area', ['zone'])])).toEqual([]);
  });

  it('finds a variant inside a hyphenated word, and not the preferred term itself', () => {
    expect(hits('the Belt plan', [rule('Belt', ['belt'])])).toEqual([]);
    expect(hits('the one-belt plan', [rule('sash', ['belt'])])).toEqual([['belt', 'sash']]);
  });

  it('leaves an invalid rule out instead of failing the run', () => {
    const compiled = compileTerms([rule('x', ['re:(']), rule('Forty', ['fourty'])]);
    expect(compiled.invalid.map((i) => i.rule.id)).toEqual(['x']);
    expect(findTermHits('fourty', compiled)).toHaveLength(1);
  });
});

describe('regular-expression term rules (issue 12, item 2)', () => {
  it('check a text that would freeze a backtracking engine in linear time', () => {
    const text = `${'a'.repeat(34)}!`;
    expect(hits(text, [rule('b', ['re:(a+)+$'], { wholeWord: false })])).toEqual([]);
  });

  it('leave out a rule with a backreference, saying which construct', () => {
    const compiled = compileTerms([rule('x', ['re:(a)\\1'])]);
    expect(compiled.invalid.map((i) => i.error.params['construct'])).toEqual([
      'a backreference (\\1)',
    ]);
  });

  it('find several regular-expression variants in one text, in text order', () => {
    const rules = [rule('cat', ['re:d[o0]g']), rule('rat', ['re:m[o0]use'])];
    expect(hits('a m0use and a dog', rules)).toEqual([
      ['m0use', 'rat'],
      ['dog', 'cat'],
    ]);
  });
});

describe('term check', () => {
  it('reports a violation as an error with the note, and a missing preferred term when the source has it', () => {
    const rules = [
      rule('Belt and Road', ['one belt and one road'], {
        sourceTerm: '一带一路',
        note: 'Official since 2015',
      }),
    ];
    const ctx = { terms: rules, projectWords: [], targetLang: 'en' };
    const base = {
      id: 's1',
      status: 'edited' as const,
      comments: [],
      revisionCount: 1,
      updatedAt: 0,
    };
    const found = checkSegment({ ...base, mt: 'x', text: 'the one belt and one road' }, ctx);
    expect(found.filter((f) => f.rule === 'term')).toMatchObject([
      {
        rule: 'term',
        severity: 'error',
        message: { key: 'qa.term.forbidden', params: { note: 'Official since 2015' } },
      },
    ]);
    expect(
      checkSegment(
        { ...base, mt: 'x', source: '推进一带一路建设', text: 'the new silk road' },
        ctx,
      ).filter((f) => f.rule === 'term'),
    ).toMatchObject([
      { severity: 'warning', start: 0, end: 0, message: { key: 'qa.term.missing' } },
    ]);
    expect(
      checkSegment(
        { ...base, mt: 'x', source: '推进一带一路建设', text: 'the Belt and Road' },
        ctx,
      ).filter((f) => f.rule === 'term'),
    ).toEqual([]);
  });
});

describe('term matching: combined and separate patterns (issue 11, test strength)', () => {
  const found = (text: string, rules: TermRule[]) =>
    findTermHits(text, compileTerms(rules)).map((h) => [h.match, h.rule.id]);

  it('attributes each regular-expression hit to its own rule', () => {
    const rules = [rule('Alpha', ['re:alpha\\d']), rule('Beta', ['re:beta\\d'])];
    expect(found('beta1 and alpha2, undefined', rules)).toEqual([
      ['beta1', 'Beta'],
      ['alpha2', 'Alpha'],
    ]);
  });

  it('counts the capture groups of a variant when combining it with others', () => {
    const rules = [rule('Long', ['re:(x)(y)zz']), rule('Beta', ['re:beta'])];
    expect(found('beta xyzz', rules)).toEqual([
      ['beta', 'Beta'],
      ['xyzz', 'Long'],
    ]);
  });

  it('takes the longest of two variants that match at the same place', () => {
    const rules = [rule('Short', ['re:one belt']), rule('Long', ['re:one belt and one \\w+'])];
    expect(found('the one belt and one road plan', rules)).toEqual([
      ['one belt and one road', 'Long'],
    ]);
  });

  it('leaves out a variant with a backreference, which the linear-time engine cannot run, and says so', () => {
    const rules = [rule('Alpha', ['re:alpha']), rule('Twice', ['re:(\\w+) and \\1'])];
    expect(found('win and win', rules)).toEqual([]);
    const { invalid } = compileTerms(rules);
    expect(invalid.map((i) => [i.rule.preferred, i.error.code])).toEqual([
      ['Twice', 'errors.regexUnsupported'],
    ]);
  });

  it('matches variants with the same named group, which cannot share one pattern', () => {
    const rules = [rule('A', ['re:(?<w>aa)x']), rule('B', ['re:(?<w>bb)y'])];
    expect(found('aax bby', rules)).toEqual([
      ['aax', 'A'],
      ['bby', 'B'],
    ]);
  });

  it('lists hits in text order, whole-word literals and patterns mixed, the longer winning where they overlap', () => {
    const rules = [
      rule('Word', ['one belt']),
      rule('Pattern', ['re:one belt and one \\w+']),
      rule('Early', ['re:first']),
    ];
    expect(found('first, the one belt and one road', rules)).toEqual([
      ['first', 'Early'],
      ['one belt and one road', 'Pattern'],
    ]);
  });

  it('does not report a literal variant inside one already found', () => {
    const rules = [rule('Long', ['one belt and one road']), rule('Short', ['one road'])];
    expect(found('the one belt and one road plan', rules)).toEqual([
      ['one belt and one road', 'Long'],
    ]);
  });
});

describe('term matching: literals that cannot be anchored on a word (issue 11, test strength)', () => {
  // Part-word rules: their literals go into one alternation per case mode.
  const partWord = { wholeWord: false };

  it('attributes each hit of a combined pattern to its own rule, the longest variant first', () => {
    const rules = [
      rule('Road', ['rood'], partWord),
      rule('Belt and Road', ['belt and rood'], partWord),
      rule('zone', ['zoen'], partWord),
    ];
    expect(hits('the belt and rood, a rood and a zoen', rules)).toEqual([
      ['belt and rood', 'Belt and Road'],
      ['rood', 'Road'],
      ['zoen', 'zone'],
    ]);
  });

  it('lists anchored and combined hits in text order', () => {
    const rules = [rule('Belt and Road', ['one belt']), rule('zone', ['zoen'], partWord)];
    expect(hits('a zoen before one belt and a zoen after', rules)).toEqual([
      ['zoen', 'zone'],
      ['one belt', 'Belt and Road'],
      ['zoen', 'zone'],
    ]);
  });

  it('takes the longer of two variants that start at the same place', () => {
    const rules = [rule('zone', ['zoen'], partWord), rule('free zone', ['zoen free'], partWord)];
    expect(hits('a zoen free port, a zoen', rules)).toEqual([
      ['zoen free', 'free zone'],
      ['zoen', 'zone'],
    ]);
  });

  it('finds nothing in a text without any of the variants', () => {
    const rules = [rule('Road', ['rood'], partWord), rule('zone', ['zoen'], partWord)];
    expect(hits('undefined (undefined) null NaN', rules)).toEqual([]);
  });

  it('leaves out a rule with an empty literal variant, saying the text to find is missing', () => {
    const terms = compileTerms([rule('Road', ['rood', '']), rule('zone', ['zoen'])]);
    expect(terms.invalid.map(({ rule: r, error }) => [r.preferred, error.code])).toEqual([
      ['Road', 'errors.emptyFind'],
    ]);
    expect(findTermHits('a rood and a zoen', terms).map((h) => h.match)).toEqual(['zoen']);
  });

  it('fails on a rule that is not data at all, rather than calling it a bad pattern', () => {
    const broken = { ...rule('Road', ['rood']), forbidden: [{ regex: false }] } as never;
    expect(() => compileTerms([broken])).toThrow(TypeError);
  });
});

describe('term matching in hyphenated words (issue 11: found by the mutation run)', () => {
  it('finds a whole-word variant in any part of a joined word, the first one too, as Find does', () => {
    const rules = [rule('Belt', ['belt']), rule('single', ['one'])];
    expect(hits('one-belt and belt-road, one-way; someone', rules)).toEqual([
      ['one', 'single'],
      ['belt', 'Belt'],
      ['belt', 'Belt'],
      ['one', 'single'],
    ]);
  });

  it('reports the variant at the start of a hyphenated word in the QA check, with its fix', () => {
    const ctx = { terms: [rule('Belt', ['belt'])], projectWords: [], targetLang: 'en' };
    const segment = {
      id: 's1',
      mt: 'x',
      text: 'the belt-road plan',
      status: 'edited' as const,
      comments: [],
      revisionCount: 1,
      updatedAt: 0,
    };
    expect(
      checkSegment(segment, ctx)
        .filter((f) => f.rule === 'term')
        .map((f) => [f.start, f.end, f.suggestion]),
    ).toEqual([[4, 8, 'Belt']]);
  });
});
