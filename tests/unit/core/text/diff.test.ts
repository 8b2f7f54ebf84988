import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  MAX_DIFF_MS,
  diffStats,
  tokenize,
  wordDiff,
  type DiffOp,
} from '../../../../src/core/text/diff.ts';

const textOf = (ops: readonly DiffOp[], skip: DiffOp['kind']): string =>
  ops
    .filter((op) => op.kind !== skip)
    .map((op) => op.text)
    .join('');

/** Small deterministic PRNG (mulberry32), so a failing property case can be replayed. */
function prng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const VOCABULARY = [
  'the',
  'cat',
  'sits',
  'sit',
  'one',
  'belt',
  'road',
  "don't",
  '一',
  '带',
  '路',
  '。',
  ',',
  ' ',
  '  ',
  '\n',
  'é',
  '😀',
  'Road',
];

function randomText(random: () => number): string {
  const length = Math.floor(random() * 30);
  return Array.from({ length }, () => VOCABULARY[Math.floor(random() * VOCABULARY.length)]).join(
    '',
  );
}

/** A variant of `text`: some tokens dropped, replaced or inserted. */
function mutate(text: string, random: () => number): string {
  return tokenize(text)
    .flatMap((token) => {
      const r = random();
      if (r < 0.1) return [];
      if (r < 0.2) return [VOCABULARY[Math.floor(random() * VOCABULARY.length)]!];
      if (r < 0.3) return [token, VOCABULARY[Math.floor(random() * VOCABULARY.length)]!];
      return [token];
    })
    .join('');
}

describe('tokenize', () => {
  it('splits words, whitespace runs and punctuation', () => {
    expect(tokenize('Hello,  world!')).toEqual(['Hello', ',', '  ', 'world', '!']);
  });

  it('keeps apostrophes inside words', () => {
    expect(tokenize("don't Liaoning’s")).toEqual(["don't", ' ', 'Liaoning’s']);
  });

  it('makes each CJK character its own token', () => {
    expect(tokenize('一带一路，かなカナ한국')).toEqual([
      '一',
      '带',
      '一',
      '路',
      '，',
      'か',
      'な',
      'カ',
      'ナ',
      '한',
      '국',
    ]);
  });

  it('keeps combining marks with their letter', () => {
    expect(tokenize('cafe\u0301 ok')).toEqual(['cafe\u0301', ' ', 'ok']);
  });

  it('rebuilds any text when the tokens are joined', () => {
    const text = 'Mixed 文本 with 😀 emoji, tabs\t\tand 3.14 numbers — “quotes”.';
    expect(tokenize(text).join('')).toBe(text);
  });

  it('returns no token for empty text', () => {
    expect(tokenize('')).toEqual([]);
  });
});

/** The tokens' definition as a regular expression (what `tokenize` scans for without one). */
const CJK = String.raw`\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}`;
const W = String.raw`(?:(?![${CJK}])[\p{L}\p{N}\p{M}])`;
const TOKEN = new RegExp(String.raw`[${CJK}]|${W}+(?:['’]${W}+)*|\s+|[^]`, 'gu');
const byExpression = (text: string) => text.match(TOKEN) ?? [];

/** Characters where the token rules have edges: apostrophes, marks, CJK, astral letters, surrogates. */
const EDGES = [
  'a',
  'Z',
  'é',
  '9',
  '٣',
  '\u0301',
  '\u0903',
  "'",
  '’',
  '-',
  ' ',
  '\t',
  '\n',
  '\u00a0',
  '\u3000',
  '\u2028',
  '\ufeff',
  '中',
  '国',
  'の',
  'カ',
  '한',
  'ー',
  '。',
  '，',
  '𝐀',
  '𠀀',
  '😀',
  '\ud800',
  '\udc00',
  '⟨',
  '1',
  '⟩',
  '<',
  '&',
  '\u202e',
  '\u200b',
  'ß',
  'ǅ',
  'ⅷ',
];

describe('tokenize against the expression that defines the tokens', () => {
  it('finds the same tokens on text made of the edge characters', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...EDGES), { maxLength: 40 }), (chars) => {
        const text = chars.join('');
        expect(tokenize(text)).toEqual(byExpression(text));
      }),
      { numRuns: 3000, seed: 2018 },
    );
  });

  it('finds the same tokens on arbitrary UTF-16 text (lone surrogates included)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (text) => {
        expect(tokenize(text)).toEqual(byExpression(text));
      }),
      { numRuns: 3000, seed: 6 },
    );
  });

  it('finds the same tokens on the seed document', () => {
    const seed = readFileSync(
      new URL('../../../../corpus/000_bf2c9c8ccc29718b.txt', import.meta.url),
      'utf8',
    );
    expect(tokenize(seed)).toEqual(byExpression(seed));
  });
});

describe('wordDiff', () => {
  it('replaces a whole word instead of appending letters to it', () => {
    expect(wordDiff('the cat sit', 'the cat sits')).toEqual([
      { kind: 'equal', text: 'the cat ' },
      { kind: 'delete', text: 'sit' },
      { kind: 'insert', text: 'sits' },
    ]);
  });

  it('diffs Chinese text by character', () => {
    expect(wordDiff('一带一路建设', '一带一路的建设')).toEqual([
      { kind: 'equal', text: '一带一路' },
      { kind: 'insert', text: '的' },
      { kind: 'equal', text: '建设' },
    ]);
  });

  it('returns one equal op for identical texts', () => {
    expect(wordDiff('same text', 'same text')).toEqual([{ kind: 'equal', text: 'same text' }]);
  });

  it('returns no op for two empty texts', () => {
    expect(wordDiff('', '')).toEqual([]);
  });

  it('returns a single insert when the old text is empty', () => {
    expect(wordDiff('', 'new words')).toEqual([{ kind: 'insert', text: 'new words' }]);
  });

  it('groups a replaced phrase into one delete and one insert', () => {
    const ops = wordDiff('the "one belt and one way" initiative', 'the "Belt and Road" initiative');
    expect(ops.filter((op) => op.kind !== 'equal')).toEqual([
      { kind: 'delete', text: 'one belt and one way' },
      { kind: 'insert', text: 'Belt and Road' },
    ]);
  });

  it('never leaves two adjacent ops of the same kind or an empty op', () => {
    const random = prng(1);
    for (let n = 0; n < 300; n++) {
      const before = randomText(random);
      const ops = wordDiff(before, mutate(before, random));
      ops.forEach((op, i) => {
        expect(op.text).not.toBe('');
        expect(op.kind).not.toBe(ops[i + 1]?.kind);
      });
    }
  });

  it('rebuilds both texts from its ops for 2,000 random pairs', () => {
    const random = prng(42);
    for (let n = 0; n < 2000; n++) {
      const before = randomText(random);
      const after = random() < 0.8 ? mutate(before, random) : randomText(random);
      const ops = wordDiff(before, after);
      expect(textOf(ops, 'insert')).toBe(before);
      expect(textOf(ops, 'delete')).toBe(after);
    }
  });

  it('stays correct with more distinct tokens than code units', () => {
    const before = Array.from({ length: 70000 }, (_, i) => `w${i}`).join(' ');
    const after = before.replace('w35000 ', 'changed ');
    const ops = wordDiff(before, after);
    expect(textOf(ops, 'insert')).toBe(before);
    expect(textOf(ops, 'delete')).toBe(after);
    expect(ops).toHaveLength(4);
  });

  it('diffs by word up to 63,488 distinct tokens, by character beyond', () => {
    // k distinct words, the space, "sit" and "sits": k + 3 distinct tokens.
    const diff = (k: number) => {
      const prefix = Array.from({ length: k }, (_, i) => `w${i}`).join(' ');
      return wordDiff(`${prefix} sit`, `${prefix} sits`).slice(-2);
    };
    expect(diff(63488 - 3)).toEqual([
      { kind: 'delete', text: 'sit' },
      { kind: 'insert', text: 'sits' },
    ]);
    expect(diff(63488 - 2)).toEqual([
      { kind: 'equal', text: expect.stringMatching(/ sit$/) as unknown },
      { kind: 'insert', text: 's' },
    ]);
  }, 30_000);

  it('skips the surrogate code units when there are more than 55,296 distinct tokens', () => {
    const words = Array.from({ length: 60000 }, (_, i) => `w${i}`);
    const before = words.join(' ');
    const after = words.map((w, i) => (i % 1000 === 999 ? `x${i}` : w)).join(' ');
    const ops = wordDiff(before, after);
    expect(textOf(ops, 'insert')).toBe(before);
    expect(textOf(ops, 'delete')).toBe(after);
    expect(ops.filter((o) => o.kind === 'delete').map((o) => o.text)).toEqual(
      words.filter((_, i) => i % 1000 === 999),
    );
  }, 30_000);

  it('finishes within its time budget on two long, entirely different texts', () => {
    const before = Array.from({ length: 20000 }, (_, i) => `a${i}`).join(' ');
    const after = Array.from({ length: 20000 }, (_, i) => `b${i}`).join(' ');
    const started = Date.now();
    const ops = wordDiff(before, after);
    expect(Date.now() - started).toBeLessThan(MAX_DIFF_MS + 2000);
    expect(textOf(ops, 'insert')).toBe(before);
    expect(textOf(ops, 'delete')).toBe(after);
  });
});

describe('diffStats', () => {
  it('counts inserted and deleted words, not spaces or punctuation', () => {
    expect(diffStats(wordDiff('one belt and one way, ok', 'Belt and Road! ok'))).toEqual({
      inserted: 3,
      deleted: 5,
    });
  });

  it('counts each inserted CJK character as a word', () => {
    expect(diffStats(wordDiff('一带一路', '一带一路建设'))).toEqual({ inserted: 2, deleted: 0 });
  });

  it('counts nothing for identical texts', () => {
    expect(diffStats(wordDiff('same', 'same'))).toEqual({ inserted: 0, deleted: 0 });
  });
});
