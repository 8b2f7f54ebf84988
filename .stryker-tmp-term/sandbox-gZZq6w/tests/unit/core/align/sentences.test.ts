// @ts-nocheck
import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../../../src/core/align/index.ts';
import { seededRandom } from '../../../support/prng.ts';

/** The sentence texts only. */
function texts(text: string, lang?: string): string[] {
  return splitSentences(text, lang).map((p) => p.text);
}

describe('splitSentences, CJK rules', () => {
  it('ends sentences at 。！？ without a space after them', () => {
    expect(texts('你好。我很好！你呢？')).toEqual(['你好。', '我很好！', '你呢？']);
  });

  it('ends sentences at ； and at the ellipsis ……', () => {
    expect(texts('第一条；第二条……第三条')).toEqual(['第一条；', '第二条……', '第三条']);
  });

  it('keeps closing quotes and brackets with the sentence they close', () => {
    expect(texts('他说：“走吧。”然后离开了。')).toEqual(['他说：“走吧。”', '然后离开了。']);
    expect(texts('见《方案》。（完）下一段')).toEqual(['见《方案》。', '（完）下一段']);
    expect(texts('「はい。」と言った。')).toEqual(['「はい。」', 'と言った。']);
  });

  it('ends a sentence at ASCII punctuation written straight after a CJK character', () => {
    expect(texts('他的同事们. 他们很好!真的?')).toEqual(['他的同事们.', '他们很好!', '真的?']);
  });

  it('does not end a sentence at a period inside a name or file name', () => {
    expect(texts('收购了捕手杰森.肯德尔。见弗洛里达.jpg')).toEqual([
      '收购了捕手杰森.肯德尔。',
      '见弗洛里达.jpg',
    ]);
  });

  it('keeps a stray closing quote or full stop with the sentence it ends', () => {
    expect(texts('第一部是《你这个纳粹间谍！》。下一部')).toEqual([
      '第一部是《你这个纳粹间谍！》。',
      '下一部',
    ]);
    expect(texts('They left. "')).toEqual(['They left. "']);
  });

  it('splits mixed Chinese and English', () => {
    expect(texts('Verso 很好。It works. 真的吗？')).toEqual([
      'Verso 很好。',
      'It works.',
      '真的吗？',
    ]);
  });
});

describe('splitSentences, English rules', () => {
  it('ends a sentence at . ! ? followed by a space and a capital', () => {
    expect(texts('It rained. We stayed! Why? Nobody knows.')).toEqual([
      'It rained.',
      'We stayed!',
      'Why?',
      'Nobody knows.',
    ]);
  });

  it('does not split before a lower-case word', () => {
    expect(texts('Why? because it rained.')).toEqual(['Why? because it rained.']);
  });

  it('splits before a digit or an opening quote', () => {
    expect(texts('It ended. 2019 was better. "Yes," she said.')).toEqual([
      'It ended.',
      '2019 was better.',
      '"Yes," she said.',
    ]);
  });

  it.each([
    'See No. 5 for details.',
    'Some fruits, e.g. Apples, keep well.',
    'That is, i.e. The same thing.',
    'The U.S. Army and the U.K. Navy met.',
    'Mr. Smith met Dr. Jones and Mrs. Lee.',
    'Apples, pears etc. Were sold.',
    'Smith vs. Jones was decided.',
    'As Fig. 3 shows, Art. 12 applies.',
    'From Jan. 5 to Dec. 9 they met.',
    'He lived in St. Louis.',
    'Acme Co. Ltd. And Widget Inc. Merged.',
    'J. R. R. Tolkien wrote it.',
    'Lucius Cornelius L. f. L. n. Lentulus was consul.',
    'Growth was 3.5 percent.',
    '1. Introduction',
  ])('keeps %j in one sentence', (text) => {
    expect(texts(text, 'en')).toEqual([text]);
  });

  it('keeps enumerations with their items', () => {
    expect(texts('(1) First item. (2) Second item.')).toEqual([
      '(1) First item.',
      '(2) Second item.',
    ]);
  });

  it('keeps a closing quote after the period with its sentence', () => {
    expect(texts('He said "Stop." Then he left.')).toEqual(['He said "Stop."', 'Then he left.']);
  });

  it('splits after a year that ends a sentence', () => {
    expect(texts('He was born in 1990. The next year they moved.')).toEqual([
      'He was born in 1990.',
      'The next year they moved.',
    ]);
  });

  it('starts a sentence at a line that begins a list item', () => {
    expect(texts('Steps:\n1. Open it\n2. Close it')).toEqual([
      'Steps:',
      '1. Open it',
      '2. Close it',
    ]);
  });

  it('keeps a hard-wrapped line in its sentence', () => {
    expect(texts('This sentence is\nwrapped. Next one.')).toEqual([
      'This sentence is\nwrapped.',
      'Next one.',
    ]);
  });

  it('applies the English abbreviations only to English (or unknown) text', () => {
    expect(texts('Siehe Fig. Drei.', 'de')).toEqual(['Siehe Fig.', 'Drei.']);
  });
});

describe('splitSentences, separators', () => {
  it('gives each sentence the whitespace that followed it', () => {
    expect(splitSentences('One.  Two.\n')).toEqual([
      { text: 'One.', sep: '  ' },
      { text: 'Two.', sep: '\n' },
    ]);
  });

  it('keeps leading whitespace at the start of the first sentence', () => {
    expect(splitSentences('  Lead. Trail.')).toEqual([
      { text: '  Lead.', sep: ' ' },
      { text: 'Trail.', sep: '' },
    ]);
  });

  it('gives no sentence for the empty string and one empty one for whitespace', () => {
    expect(splitSentences('')).toEqual([]);
    expect(splitSentences(' \n')).toEqual([{ text: '', sep: ' \n' }]);
  });

  it('always joins back into the original text (1,000 seeded random texts)', () => {
    const random = seededRandom(20240601);
    const alphabet = [
      ...'abcXYZ019 。！？；…“”「」』）)"\'.!?(（《》\n\t\u3000',
      'No.',
      'U.S.',
      'e.g.',
      ' A',
      '3.5',
      '(1)',
      '一、',
      '他们',
      '……',
      '\r\n',
    ];
    for (let run = 0; run < 1000; run++) {
      const length = Math.floor(random() * 40);
      let text = '';
      for (let k = 0; k < length; k++) text += alphabet[Math.floor(random() * alphabet.length)];
      const parts = splitSentences(text);
      expect(parts.map((p) => p.text + p.sep).join('')).toBe(text);
      for (const [k, part] of parts.entries()) {
        expect(part.sep).toMatch(/^\s*$/);
        expect(part.text).toBe(k === 0 ? part.text : part.text.trim());
        expect(part.text).toBe(part.text.trimEnd());
        if (text.trim() !== '') expect(part.text.trim()).not.toBe('');
      }
    }
  });
});
