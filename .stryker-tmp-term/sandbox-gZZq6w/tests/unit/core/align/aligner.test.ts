// @ts-nocheck
import { describe, expect, it } from 'vitest';
import { align, AlignAbortedError, type AlignLink } from '../../../../src/core/align/index.ts';
import { seededRandom } from '../../../support/prng.ts';

/** A short bilingual document: Chinese source paragraphs and their English translations. */
const ZH = [
  '辽宁省位于中国东北地区南部，南临黄海和渤海，是东北地区唯一的沿海省份。',
  '全省面积14.8万平方公里，2020年常住人口4259万人。省会沈阳是东北地区最大的城市之一，也是重要的工业基地。',
  '近年来，辽宁积极参与“一带一路”建设，与沿线国家的贸易额持续增长。大连港和营口港是连接欧亚大陆的重要枢纽，每年有数千列中欧班列从这里出发。',
  '2019年，全省对外贸易总额达到7255亿元，其中出口3150亿元。',
  '省政府提出，到2025年要建成开放合作的新高地。为此将实施五项重点工程，包括港口升级、物流网络、产业园区、人才引进和营商环境改革。',
  '专家认为，这一计划能否成功，关键在于民营企业的参与程度。',
  '在文化方面，沈阳故宫和本溪水洞吸引了大量国内外游客。',
  '截至2021年底，全省共有A级旅游景区530家，其中5A级景区6家。',
];
const EN = [
  'Liaoning Province lies in the south of Northeast China, bordering the Yellow Sea and the Bohai Sea to the south; it is the only coastal province of the Northeast.',
  'The province covers 148,000 square kilometres and had a resident population of 42.59 million in 2020. Its capital, Shenyang, is one of the largest cities in the Northeast and an important industrial base.',
  'In recent years Liaoning has taken an active part in the "Belt and Road" initiative, and its trade with the countries along the route keeps growing. The ports of Dalian and Yingkou are key hubs linking Europe and Asia, and thousands of China–Europe freight trains leave from here every year.',
  'In 2019 the total foreign trade of the province reached 725.5 billion yuan, of which exports were 315 billion yuan.',
  'The provincial government aims to build a new highland of open cooperation by 2025. To this end it will carry out five key projects: port upgrades, logistics networks, industrial parks, talent attraction and reform of the business environment.',
  'Experts believe that whether the plan succeeds depends mainly on how far private companies take part.',
  'As for culture, the Shenyang Imperial Palace and the Benxi Water Caves attract large numbers of visitors from home and abroad.',
  'By the end of 2021 the province had 530 A-level tourist attractions, 6 of them rated 5A.',
];

const OPTIONS = { sourceLang: 'zh', targetLang: 'en' };

/** The links as `source|target` strings, easy to compare and to read in a failure. */
function shape(links: readonly AlignLink[]): string[] {
  return links.map((l) => `${l.source.join(',')}|${l.target.join(',')}`);
}

/** 1-1 links for indexes from..to-1 on both sides shifted by `dj` on the target. */
function ones(from: number, to: number, dj = 0): string[] {
  return Array.from({ length: to - from }, (_, k) => `${from + k}|${from + k + dj}`);
}

/** Every index of both lists in exactly one link, in order, scores in 0..1. */
function expectValidAlignment(links: readonly AlignLink[], n: number, m: number): void {
  expect(links.flatMap((l) => l.source)).toEqual(Array.from({ length: n }, (_, i) => i));
  expect(links.flatMap((l) => l.target)).toEqual(Array.from({ length: m }, (_, j) => j));
  for (const link of links) {
    expect(link.source.length + link.target.length).toBeGreaterThan(0);
    expect(link.score).toBeGreaterThanOrEqual(0);
    expect(link.score).toBeLessThanOrEqual(1);
  }
}

describe('align', () => {
  it('links a faithful translation one to one with high confidence', () => {
    const links = align(ZH, EN, OPTIONS);
    expect(shape(links)).toEqual(ones(0, 8));
    expect(Math.min(...links.map((l) => l.score))).toBeGreaterThan(0.8);
  });

  it('finds two source paragraphs merged into one by the MT (2-1)', () => {
    const target = [...EN.slice(0, 2), `${EN[2]} ${EN[3]}`, ...EN.slice(4)];
    expect(shape(align(ZH, target, OPTIONS))).toEqual([...ones(0, 2), '2,3|2', ...ones(4, 8, -1)]);
  });

  it('finds a source paragraph split in two by the MT (1-2)', () => {
    const [first, second] = EN[4]!.split(/(?<=2025\.) /);
    const target = [...EN.slice(0, 4), first!, second!, ...EN.slice(5)];
    expect(shape(align(ZH, target, OPTIONS))).toEqual([...ones(0, 4), '4|4,5', ...ones(5, 8, 1)]);
  });

  it('leaves a paragraph the MT dropped without counterpart (1-0)', () => {
    const target = EN.filter((_, j) => j !== 2);
    expect(shape(align(ZH, target, OPTIONS))).toEqual([...ones(0, 2), '2|', ...ones(3, 8, -1)]);
  });

  it('leaves a line only the MT has without counterpart (0-1)', () => {
    const target = [
      ...EN.slice(0, 4),
      'Translated by machine; please review before publication.',
      ...EN.slice(4),
    ];
    expect(shape(align(ZH, target, OPTIONS))).toEqual([...ones(0, 4), '|4', ...ones(4, 8, 1)]);
  });

  it('keeps a page footer of the source out of the neighbouring links', () => {
    const source = [...ZH.slice(0, 3), '— 2 —', ...ZH.slice(3)];
    expect(shape(align(source, EN, OPTIONS))).toEqual([...ones(0, 3), '3|', ...ones(4, 9, -1)]);
  });

  it('pairs headings with headings', () => {
    const source = ['第一章 概况', ...ZH.slice(0, 4), '第二章 发展', ...ZH.slice(4)];
    const target = [
      'Chapter 1: Overview',
      ...EN.slice(0, 4),
      'Chapter 2: Development',
      ...EN.slice(4),
    ];
    const links = align(source, target, OPTIONS);
    expect(shape(links)).toEqual(ones(0, 10));
  });

  it('uses numbers to tell which of two similar-length paragraphs was dropped', () => {
    // Paragraphs 3 and 7 are about as long; only their numbers say which one the MT lost.
    const target = EN.filter((_, j) => j !== 3);
    expect(shape(align(ZH, target, OPTIONS))).toEqual([...ones(0, 3), '3|', ...ones(4, 8, -1)]);
  });

  it('guesses the length units from the script when no languages are given', () => {
    const target = [...EN.slice(0, 2), `${EN[2]} ${EN[3]}`, ...EN.slice(4)];
    expect(shape(align(ZH, target))).toEqual([...ones(0, 2), '2,3|2', ...ones(4, 8, -1)]);
  });

  it('aligns in the other direction (English source, Chinese MT)', () => {
    const target = [...ZH.slice(0, 5), `${ZH[5]}${ZH[6]}`, ZH[7]!];
    expect(shape(align(EN, target, { sourceLang: 'en', targetLang: 'zh' }))).toEqual([
      ...ones(0, 5),
      '5,6|5',
      '7|6',
    ]);
  });

  it('makes every paragraph a one-sided link when the other side is empty', () => {
    expect(align(['a', 'b'], [])).toEqual([
      { source: [0], target: [], score: 1 },
      { source: [1], target: [], score: 1 },
    ]);
    expect(align([], ['x'])).toEqual([{ source: [], target: [0], score: 1 }]);
    expect(align([], [])).toEqual([]);
  });

  it('gives a lower score to a link it is unsure of', () => {
    // A short note inserted next to a long paragraph: the note may belong to it or stand alone.
    const target = [...EN.slice(0, 2), 'See below.', ...EN.slice(2)];
    const links = align(ZH, target, OPTIONS);
    const unsure = links.find((l) => l.target.includes(2))!;
    const sure = links.find((l) => l.source.includes(6))!;
    expect(unsure.score).toBeLessThan(sure.score);
    expect(unsure.score).toBeLessThan(0.9);
  });

  it('widens its band when a long stretch is missing on one side', () => {
    // 60 paragraphs (two copies of the document, each paragraph numbered) of which the MT lost the
    // first 40: the path runs far from the length diagonal.
    const number = (texts: readonly string[], offset: number): string[] =>
      texts.map((t, i) => `${t} (${offset + i + 1})`);
    const source = Array.from({ length: 8 }, (_, k) => number(ZH, k * 8))
      .flat()
      .slice(0, 60);
    const target = Array.from({ length: 8 }, (_, k) => number(EN, k * 8))
      .flat()
      .slice(40, 60);
    const links = align(source, target, OPTIONS);
    expectValidAlignment(links, 60, 20);
    expect(shape(links).slice(40)).toEqual(ones(40, 60, -40));
  });

  it('returns a valid alignment for random input', () => {
    const random = seededRandom(11);
    const pool = [...ZH, ...EN, '', '1', '“”', '(1)', '— 3 —'];
    for (let run = 0; run < 50; run++) {
      const pick = (): string => pool[Math.floor(random() * pool.length)]!;
      const n = Math.floor(random() * 12);
      const m = Math.floor(random() * 12);
      const source = Array.from({ length: n }, pick);
      const target = Array.from({ length: m }, pick);
      expectValidAlignment(align(source, target), n, m);
    }
  });

  it('throws AlignAbortedError when its signal is raised', () => {
    expect(() => align(ZH, EN, { signal: { aborted: true } })).toThrow(AlignAbortedError);
  });

  it('checks its signal while it works, not only at the start', () => {
    let reads = 0;
    const signal = {
      get aborted() {
        reads += 1;
        return reads > 1;
      },
    };
    const long = Array.from({ length: 300 }, (_, i) => ZH[i % 8]!);
    const longEn = Array.from({ length: 300 }, (_, i) => EN[i % 8]!);
    expect(() => align(long, longEn, { signal })).toThrow(AlignAbortedError);
  });
});
