import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findOptions } from '../../../support/find-options.ts';
import { inputErrorOf } from '../../../support/input-error.ts';
import {
  applyHits,
  compileFind,
  findHits,
  groupHitsBySegment,
  type FindOptions,
} from '../../../../src/core/review/find-replace.ts';
import { splitParagraphs } from '../../../../src/core/text/paragraphs.ts';

const options = findOptions;
const segs = (...texts: string[]): { id: string; text: string }[] =>
  texts.map((text, i) => ({ id: `s${i + 1}`, text }));

/** The texts `opts` finds in `text`, in order. */
const found = (o: Partial<FindOptions>, text: string): string[] =>
  [...compileFind(options(o)).matches(text)].map((m) => text.slice(m.start, m.end));

describe('compileFind', () => {
  it('is case-insensitive unless match case is on', () => {
    expect(found({ find: 'Road' }, 'road')).toEqual(['road']);
    expect(found({ find: 'Road', matchCase: true }, 'road')).toEqual([]);
  });

  it('finds literal text with regular-expression characters in it', () => {
    expect(found({ find: '(1) a.b*[c]{2}|$-/\\' }, 'x (1) a.b*[c]{2}|$-/\\ y')).toEqual([
      '(1) a.b*[c]{2}|$-/\\',
    ]);
  });

  it('matches whole words only when asked, in any script', () => {
    expect(found({ find: 'road', wholeWord: true }, 'road roads railroad road_x Road')).toEqual([
      'road',
      'Road',
    ]);
    expect(found({ find: 'road', wholeWord: true }, 'éroad')).toEqual([]);
  });

  it('applies whole word to every alternative of a regular expression', () => {
    expect(found({ find: 'belt|road', regex: true, wholeWord: true }, 'belts road')).toEqual([
      'road',
    ]);
  });

  it('finds a whole-word regular expression again right after a match', () => {
    expect(found({ find: 'a+', regex: true, wholeWord: true }, 'aa a,a ba')).toEqual([
      'aa',
      'a',
      'a',
    ]);
  });

  it('refuses an empty search with errors.emptyFind', () => {
    expect(inputErrorOf(() => compileFind(options({ find: '' }))).code).toBe('errors.emptyFind');
  });

  it('refuses an invalid regular expression, saying "invalid regular expression" only once', () => {
    const error = inputErrorOf(() => compileFind(options({ find: '(unclosed', regex: true })));
    expect(error.code).toBe('errors.invalidRegex');
    expect(error.params['message']).toMatch(/Unterminated group/);
    expect(error.params['message']).not.toMatch(/Invalid regular expression/i);
    expect(error.message.match(/regular expression/gi)).toHaveLength(1);
  });

  it.each(['a*', 'x?', '^', '$', '\\b', '(?<=a)', '(?:)', 'a|'])(
    'refuses /%s/, which can match empty text',
    (find) => {
      expect(inputErrorOf(() => compileFind(options({ find, regex: true }))).code).toBe(
        'errors.emptyMatch',
      );
    },
  );

  it('accepts a regular expression that always matches something', () => {
    expect(found({ find: 'a+|b', regex: true }, 'xaab')).toEqual(['aa', 'b']);
  });
});

describe('regular expressions that would freeze a backtracking engine (issue 12, item 2)', () => {
  it('finds nothing for (a+)+$ in 34 "a"s and "!"', () => {
    expect(found({ find: '(a+)+$', regex: true }, `${'a'.repeat(34)}!`)).toEqual([]);
  });

  it('finds nothing for (a+)+$ in 100,000 characters', () => {
    expect(found({ find: '(a+)+$', regex: true }, `${'a'.repeat(99_999)}!`)).toEqual([]);
  });

  it('accepts JavaScript syntax: named groups, \\d, \\p{Script=Han}, \\u escapes', () => {
    const hits = findHits(
      segs('Ref 2024-05 第一 A'),
      options({
        find: String.raw`(?<y>\d{4})-(?<m>\d\d) (\p{Script=Han}+) \u0041`,
        replace: '$<m>/$<y> $3',
        regex: true,
      }),
    );
    expect(hits.map((h) => [h.match, h.replacement])).toEqual([['2024-05 第一 A', '05/2024 第一']]);
  });

  it('matches \\s against a no-break space and an ideographic space, as JavaScript does', () => {
    expect(found({ find: String.raw`a\sb`, regex: true }, 'a\u00a0b a\u3000b')).toEqual([
      'a\u00a0b',
      'a\u3000b',
    ]);
  });

  it.each([
    ['(a)\\1', 'a backreference (\\1)'],
    ['(?<x>a)\\k<x>', 'a backreference (\\k<x>)'],
    ['a(?=b)', 'a lookahead ((?=…)'],
    ['a(?!b)', 'a lookahead ((?!…)'],
  ])('refuses /%s/, naming %s', (find, construct) => {
    const error = inputErrorOf(() => compileFind(options({ find, regex: true })));
    expect(error.code).toBe('errors.regexUnsupported');
    expect(error.params['construct']).toBe(construct);
    expect(error.message).toContain(`uses ${construct}, which Verso does not support`);
  });

  it('refuses a repetition count RE2 cannot run, saying so', () => {
    const error = inputErrorOf(() => compileFind(options({ find: 'a{2000}', regex: true })));
    expect(error.code).toBe('errors.regexUnsupported');
    expect(error.params['construct']).toMatch(/repetition count over 1,000/);
  });
});

describe('matching visually equal text (issue 12, item 14)', () => {
  it('finds decomposed "café" (e + combining acute) when searching composed "café"', () => {
    const text = 'Un cafe\u0301 noir';
    expect(found({ find: 'caf\u00e9' }, text)).toEqual(['cafe\u0301']);
  });

  it('finds composed "café" when searching decomposed, with match case on', () => {
    expect(found({ find: 'cafe\u0301', matchCase: true }, 'caf\u00e9')).toEqual(['caf\u00e9']);
  });

  it('finds "İstanbul" when searching "istanbul"', () => {
    expect(found({ find: 'istanbul' }, 'İstanbul ve ISTANBUL')).toEqual(['İstanbul', 'ISTANBUL']);
  });

  it('finds dotless ı and dotted i alike', () => {
    expect(found({ find: 'KIRMIZI' }, 'kırmızı')).toEqual(['kırmızı']);
  });

  it('finds "Straße" when searching "STRASSE", and the other way round', () => {
    expect(found({ find: 'STRASSE' }, 'die Straße')).toEqual(['Straße']);
    expect(found({ find: 'straße' }, 'DIE STRASSE')).toEqual(['STRASSE']);
  });

  it('finds a final sigma when searching a medial one', () => {
    expect(found({ find: 'ΟΔΟΣ' }, 'η οδος')).toEqual(['οδος']);
  });

  it('does not find half of a character that folds to two ("s" in "ß")', () => {
    expect(found({ find: 's' }, 'ß')).toEqual([]);
  });

  it('replaces the original characters, keeping the offsets of the stored text', () => {
    const text = 'İstanbul, cafe\u0301';
    const hits = findHits(segs(text), options({ find: 'istanbul', replace: 'Ankara' }));
    expect(applyHits(text, hits)).toBe('Ankara, cafe\u0301');
  });

  it('finds whole words on folded text', () => {
    expect(found({ find: 'strasse', wholeWord: true }, 'Straße Straßen')).toEqual(['Straße']);
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
      inputErrorOf(() => findHits(segs('xyz'), options({ find: '(?<=y)|q', regex: true }))).code,
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
    ['^', 'the start'],
    ['$', 'the end'],
    ['\\b', 'a word boundary'],
    ['(?:)', 'nothing'],
    ['a{0}', 'no a'],
    ['[a-z]*', 'any run of letters'],
  ])('refuses %s, which can match empty text (%s)', (find) => {
    const error = inputErrorOf(() => compileFind(options({ find, regex: true, matchCase: true })));
    expect(error.code).toBe('errors.emptyMatch');
  });

  it.each(['(?=A)', '(?<=a)(?=b)', '(?!x)', 'a(?=b)'])(
    'refuses the lookaround %s, which the linear-time engine cannot run, naming it',
    (find) => {
      const error = inputErrorOf(() => compileFind(options({ find, regex: true })));
      expect(error.code).toBe('errors.regexUnsupported');
    },
  );
});
