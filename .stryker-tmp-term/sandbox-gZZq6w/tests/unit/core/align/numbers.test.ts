// @ts-nocheck
import { describe, expect, it } from 'vitest';
import { chineseNumeralValue, numbersIn } from '../../../../src/core/align/numbers.ts';

describe('numbersIn', () => {
  it.each([
    ['2013年12月29日', ['2013', '12', '29']],
    ['On 29 December 2013', ['29', '2013', '12']],
    ['April 14, 2013', ['14', '2013', '4']],
    ['投资3.5亿元', ['350000000']],
    ['an investment of 350 million yuan', ['350000000']],
    ['各收到五千美元', ['5000']],
    ['each receive $5,000', ['5000']],
    ['二〇一三年', ['2013']],
    ['１２３号', ['123']],
    ['增长15%', ['15']],
    ['增长百分之十五', ['15']],
    ['二十一世纪', ['21']],
    ['一亿五千万人', ['150000000']],
    ['离要塞七公里', ['7']],
    ['第四章', ['4']],
    ['seven Yankees batters and two touchdowns', ['7', '2']],
    ['the third season', ['3']],
    ['0.26 and 0.65 seconds', ['0.26', '0.65']],
    ['in the 1990s', ['1990']],
  ])('reads %s as %j', (text, values) => {
    expect(numbersIn(text).sort()).toEqual([...values].sort());
  });

  it('does not read numerals inside ordinary words', () => {
    expect(numbersIn('统一、一些、十分、三明治、万一、千万不要、一一')).toEqual([]);
  });

  it('does not take a month name alone ("May" is also a name)', () => {
    expect(numbersIn('May said that in March they left')).toEqual([]);
  });

  it('does not take digits inside a Latin word', () => {
    expect(numbersIn('his LE7ELS podcast')).toEqual([]);
  });

  it('does not count the scale after digits a second time', () => {
    expect(numbersIn('3百万')).toEqual(['3000000']);
  });
});

describe('chineseNumeralValue', () => {
  it.each([
    ['十', 10],
    ['十五', 15],
    ['二十', 20],
    ['一百零五', 105],
    ['三万五千', 35000],
    ['两亿', 200000000],
    ['一九九〇', 1990],
  ])('reads %s as %d', (run, value) => {
    expect(chineseNumeralValue(run)).toBe(value);
  });
});
