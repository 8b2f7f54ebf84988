// @ts-nocheck
import { describe, expect, it } from 'vitest';
import { readTextPair } from '../../../../../src/core/formats/text/text-pair.ts';
import { inputErrorOf } from '../../../../support/input-error.ts';
import { utf16, utf8 } from '../../../../support/formats.ts';

describe('readTextPair', () => {
  it('reads both files into paragraphs, whatever their encodings', () => {
    const pair = readTextPair(
      utf8('第一段。\n\n第二段。\n'),
      'zh.txt',
      utf16('One.\r\n\r\nTwo.\r\n', true),
      'en.txt',
    );
    expect(pair).toEqual({ source: ['第一段。', '第二段。'], target: ['One.', 'Two.'] });
  });

  it('names the file that cannot be read', () => {
    const error = inputErrorOf(() => readTextPair(utf8('a'), 'zh.txt', utf8('  \n'), 'en.txt'));
    expect([error.code, error.params['file']]).toEqual(['errors.empty', 'en.txt']);
  });
});
