import { describe, expect, it } from 'vitest';
import { idCounter as ids, segmentRow as row } from '../../../support/segments.ts';
import { toParagraphMode, toSentenceMode } from '../../../../src/core/align/sentence-mode.ts';

const langs = { sourceLang: 'zh-CN', targetLang: 'en' };
const paragraph = row(
  'p1',
  '坚持共商共建共享原则。推动构建人类命运共同体。到2020年取得明显成效。',
  'Adhere to the principle of consultation. Promote a community of human destiny. By 2020 achieve results.',
);

describe('sentence mode', () => {
  it('splits a paragraph into aligned sentence rows, the first keeping the paragraph id', () => {
    const { segments, changes } = toSentenceMode([paragraph], langs, ids(), 0);
    expect(segments.map((s) => [s.source, s.mt])).toEqual([
      ['坚持共商共建共享原则。', 'Adhere to the principle of consultation.'],
      ['推动构建人类命运共同体。', 'Promote a community of human destiny.'],
      ['到2020年取得明显成效。', 'By 2020 achieve results.'],
    ]);
    expect(segments[0]?.id).toBe('p1');
    expect(segments[1]?.ancestors).toEqual(['p1']);
    expect(changes.every((c) => c.origin === 'split')).toBe(true);
  });

  it('gives every sentence row the inline codes of its paragraph', () => {
    const codes = [{ n: 1, kind: 'standalone' as const, element: 'ph', data: '<ph id="1"/>' }];
    const withCodes = {
      ...row('p1', '第一句。第二句⟨1/⟩。', 'First sentence. Second sentence⟨1/⟩.'),
      codes,
    };
    const { segments } = toSentenceMode([withCodes], langs, ids(), 7);
    expect(segments).toHaveLength(2);
    expect(segments.map((s) => s.codes)).toEqual([codes, codes]);
  });

  it('cuts the correction where the MT sentences end, keeping every correction', () => {
    const edited = {
      ...paragraph,
      text: 'Uphold consultation. Build a community with a shared future for mankind. By 2020, achieve results.',
      status: 'edited' as const,
    };
    const { segments } = toSentenceMode([edited], langs, ids(), 0);
    expect(segments.map((s) => s.text)).toEqual([
      'Uphold consultation.',
      'Build a community with a shared future for mankind.',
      'By 2020, achieve results.',
    ]);
  });

  it('rejoins the paragraph exactly, with corrections made in sentence mode', () => {
    const split = toSentenceMode([paragraph, row('p2', '标题', 'Title')], langs, ids(), 0).segments;
    const corrected = split.map((s, i) =>
      i === 1
        ? {
            ...s,
            text: 'Build a community with a shared future for mankind.',
            status: 'edited' as const,
          }
        : s,
    );
    const { segments, changes } = toParagraphMode(corrected);
    expect(segments.map((s) => s.id)).toEqual(['p1', 'p2']);
    expect(segments[0]).toMatchObject({
      source: paragraph.source,
      mt: paragraph.mt,
      text: 'Adhere to the principle of consultation. Build a community with a shared future for mankind. By 2020 achieve results.',
      status: 'edited',
    });
    expect(segments[0]?.sentenceOf).toBeUndefined();
    expect(changes.map((c) => [c.segmentId, c.origin])).toEqual([['p1', 'merge']]);
  });

  it('round-trips untouched paragraphs byte for byte, whitespace included', () => {
    const odd = row('p', '第一句！  第二句？', 'First one!  Second one?');
    const back = toParagraphMode(toSentenceMode([odd], langs, ids(), 0).segments).segments;
    expect(back[0]).toMatchObject({ source: odd.source, mt: odd.mt, text: odd.text });
  });
});
