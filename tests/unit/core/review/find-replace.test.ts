import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { inputErrorOf } from '../../../support/input-error.ts';
import {
  applyHits,
  compileFind,
  findHits,
  groupHitsBySegment,
  type FindOptions,
} from '../../../../src/core/review/find-replace.ts';
import { splitParagraphs } from '../../../../src/core/text/paragraphs.ts';

const DEFAULTS: FindOptions = {
  find: '',
  replace: '',
  matchCase: false,
  wholeWord: false,
  regex: false,
};
const options = (o: Partial<FindOptions>): FindOptions => ({ ...DEFAULTS, ...o });
const segs = (...texts: string[]): { id: string; text: string }[] =>
  texts.map((text, i) => ({ id: `s${i + 1}`, text }));

describe('compileFind', () => {
  it('is case-insensitive unless match case is on', () => {
    expect(compileFind(options({ find: 'Road' })).test('road')).toBe(true);
    expect(compileFind(options({ find: 'Road', matchCase: true })).test('road')).toBe(false);
  });

  it('finds literal text with regular-expression characters in it', () => {
    const pattern = compileFind(options({ find: '(1) a.b*[c]{2}|$-/\\' }));
    expect('x (1) a.b*[c]{2}|$-/\\ y'.match(pattern)).toEqual(['(1) a.b*[c]{2}|$-/\\']);
  });

  it('matches whole words only when asked, in any script', () => {
    const pattern = compileFind(options({ find: 'road', wholeWord: true }));
    expect('road roads railroad road_x Road'.match(pattern)).toEqual(['road', 'Road']);
    expect('éroad'.match(compileFind(options({ find: 'road', wholeWord: true })))).toBeNull();
  });

  it('applies whole word to every alternative of a regular expression', () => {
    const pattern = compileFind(options({ find: 'belt|road', regex: true, wholeWord: true }));
    expect('belts road'.match(pattern)).toEqual(['road']);
  });

  it('refuses an empty search with errors.emptyFind', () => {
    expect(inputErrorOf(() => compileFind(options({ find: '' }))).code).toBe('errors.emptyFind');
  });

  it("refuses an invalid regular expression, passing on the engine's message", () => {
    const error = inputErrorOf(() => compileFind(options({ find: '(unclosed', regex: true })));
    expect(error.code).toBe('errors.invalidRegex');
    expect(error.params['message']).toMatch(/Invalid regular expression/);
  });

  it.each(['a*', 'x?', '^', '$', '\\b', '(?=a)', '(?:)', 'a|'])(
    'refuses /%s/, which can match empty text',
    (find) => {
      expect(inputErrorOf(() => compileFind(options({ find, regex: true }))).code).toBe(
        'errors.emptyMatch',
      );
    },
  );

  it('accepts a regular expression that always matches something', () => {
    expect(compileFind(options({ find: 'a+|b', regex: true })).flags).toBe('giu');
  });
});

describe('findHits', () => {
  it('lists every match with its segment, offsets and replacement', () => {
    const hits = findHits(segs('a cat', 'no', 'cat cat'), options({ find: 'cat', replace: 'dog' }));
    expect(hits).toEqual([
      { segmentId: 's1', segmentIndex: 0, start: 2, end: 5, match: 'cat', replacement: 'dog' },
      { segmentId: 's3', segmentIndex: 2, start: 0, end: 3, match: 'cat', replacement: 'dog' },
      { segmentId: 's3', segmentIndex: 2, start: 4, end: 7, match: 'cat', replacement: 'dog' },
    ]);
  });

  it('stops at the limit', () => {
    expect(findHits(segs('a a a', 'a a'), options({ find: 'a' }), 4)).toHaveLength(4);
  });

  it('expands $1, $& and $<name> in regular-expression replacements', () => {
    const hits = findHits(
      segs('Fourty policies'),
      options({ find: '(?<word>Four)ty', replace: '[$&|$1|$<word>|$$]', regex: true }),
    );
    expect(hits[0]?.replacement).toBe('[Fourty|Four|Four|$]');
  });

  it("expands $` and $' with the whole segment as context", () => {
    const hits = findHits(segs('ab-cd'), options({ find: '-', replace: "<$`$'>", regex: true }));
    expect(hits[0]?.replacement).toBe('<abcd>');
  });

  it('keeps $ literal in replacements when not using regular expressions', () => {
    const hits = findHits(segs('price'), options({ find: 'price', replace: '$1 $& $$' }));
    expect(hits[0]?.replacement).toBe('$1 $& $$');
  });

  it('reports an empty match the probes missed as errors.emptyMatch', () => {
    expect(
      inputErrorOf(() => findHits(segs('xyz'), options({ find: '(?<=y)', regex: true }))).code,
    ).toBe('errors.emptyMatch');
  });
});

describe('applyHits', () => {
  it('applies hits given in any order', () => {
    const [first, second] = findHits(segs('one and one'), options({ find: 'one', replace: 'two' }));
    expect(applyHits('one and one', [first!, second!])).toBe('two and two');
    expect(applyHits('one and one', [second!, first!])).toBe('two and two');
  });

  it('leaves out the hits not given', () => {
    const [, second] = findHits(segs('one and one'), options({ find: 'one', replace: 'two' }));
    expect(applyHits('one and one', [second!])).toBe('one and two');
  });

  it('refuses overlapping hits', () => {
    const hit = { segmentId: 's1', segmentIndex: 0, match: 'ab', replacement: 'x' };
    expect(() =>
      applyHits('abc', [
        { ...hit, start: 0, end: 2 },
        { ...hit, start: 1, end: 3, match: 'bc' },
      ]),
    ).toThrow(RangeError);
  });

  it('refuses a hit that no longer matches the text', () => {
    const [hit] = findHits(segs('one'), options({ find: 'one', replace: 'two' }));
    expect(() => applyHits('won', [hit!])).toThrow(/no longer matches/);
  });
});

describe('groupHitsBySegment', () => {
  it('groups hits by segment id in order', () => {
    const hits = findHits(segs('a a', 'b', 'a'), options({ find: 'a' }));
    const groups = groupHitsBySegment(hits);
    expect([...groups.keys()]).toEqual(['s1', 's3']);
    expect(groups.get('s1')?.map((h) => h.start)).toEqual([0, 2]);
  });
});

describe('find and replace on the seed', () => {
  const paragraphs = segs(
    ...splitParagraphs(readFileSync('corpus/000_bf2c9c8ccc29718b.txt', 'utf8')),
  );
  const opts = options({ find: 'one belt and one way', replace: 'Belt and Road' });

  it('finds "one belt and one way" in exactly 2 paragraphs', () => {
    expect(groupHitsBySegment(findHits(paragraphs, opts)).size).toBe(2);
  });

  it('changes exactly those 2 paragraphs when every hit is applied', () => {
    const groups = groupHitsBySegment(findHits(paragraphs, opts));
    const after = paragraphs.map((p) => applyHits(p.text, groups.get(p.id) ?? []));
    const changed = paragraphs.filter((p, i) => after[i] !== p.text).map((p) => p.id);
    expect(changed).toEqual([...groups.keys()]);
    expect(after.join('\n')).not.toContain('one belt and one way');
    expect(after.join('\n').match(/"Belt and Road"/g)).toHaveLength(2);
  });

  it('leaves a paragraph unchanged when its hit is excluded', () => {
    const [kept, excluded] = findHits(paragraphs, opts);
    const groups = groupHitsBySegment([kept!]);
    const after = paragraphs.map((p) => applyHits(p.text, groups.get(p.id) ?? []));
    expect(after[excluded!.segmentIndex]).toBe(paragraphs[excluded!.segmentIndex]!.text);
    expect(after.filter((text, i) => text !== paragraphs[i]!.text)).toHaveLength(1);
  });
});

describe('findHits with two regex hits in one segment (issue 11, test strength)', () => {
  it('expands each hit’s replacement from its own match', () => {
    const hits = findHits(
      segs('cat1 and dog2'),
      options({ find: '([a-z]+)(\\d)', replace: '$2$1', regex: true }),
    );
    expect(hits.map((h) => [h.match, h.replacement])).toEqual([
      ['cat1', '1cat'],
      ['dog2', '2dog'],
    ]);
    expect(applyHits('cat1 and dog2', hits)).toBe('1cat and 2dog');
  });

  it("expands $` and $' of the second hit from its own place", () => {
    const hits = findHits(segs('a-b-c'), options({ find: '-', replace: '[$`]', regex: true }));
    expect(hits.map((h) => h.replacement)).toEqual(['[a]', '[a-b]']);
  });
});

describe('find-replace messages and empty-match probes (issue 11, test strength)', () => {
  it('says what is wrong in English for the CLI and logs', () => {
    expect(inputErrorOf(() => compileFind(options({ find: '' }))).message).toBe(
      'Type the text to find.',
    );
    expect(
      inputErrorOf(() => compileFind(options({ find: '(unclosed', regex: true }))).message,
    ).toMatch(/^The regular expression is not valid: /);
    const empty = inputErrorOf(() => compileFind(options({ find: 'x*', regex: true })));
    expect(empty.params).toEqual({ pattern: 'x*' });
    expect(empty.message).toBe(
      'The regular expression /x*/ can match empty text; make it match at least one character.',
    );
  });

  it('names the overlapping hits it refuses to apply', () => {
    const hit = { segmentId: 's1', segmentIndex: 0, match: 'ab', replacement: 'x' };
    expect(() =>
      applyHits('abc', [
        { ...hit, start: 0, end: 2 },
        { ...hit, start: 1, end: 3, match: 'bc' },
      ]),
    ).toThrow(/^Overlapping hits at 0–2\.$/);
  });

  it.each([
    ['(?=A)', 'A'],
    ['(?=0)', '0'],
    ['(?=_)', '_'],
    ['(?=\\.)', '.'],
    ['(?<=a)(?= )', 'a b'],
    ['(?<=a)(?=b)', 'ab'],
    ['(?=\\n)', 'line break'],
    ['(?=你)', 'CJK'],
    ['(?=é)', 'é'],
  ])('refuses %s, which matches empty text only before %s', (find) => {
    const error = inputErrorOf(() => compileFind(options({ find, regex: true, matchCase: true })));
    expect(error.code).toBe('errors.emptyMatch');
  });
});
