import { describe, expect, it } from 'vitest';
import { MATCH_PENALTIES, scoreMatch } from '../../../../src/core/tm/score.ts';

// Expected percentages worked out by hand from score.ts's formula:
//   base = ⌊100 · (max(n, m) − d) / max(n, m)⌋ over content tokens (words, CJK characters, numbers),
//   score = min(99, base − one point per kind of near-exact difference), 100 only for identical text.

describe('scoreMatch', () => {
  it('gives identical texts 100', () => {
    expect(scoreMatch('The plan works.', 'The plan works.', 'x').score).toBe(100);
  });

  it('takes one word of five off as 80 (4 of 5 content tokens kept)', () => {
    const scored = scoreMatch(
      'The committee approved the plan.',
      'The committee rejected the plan.',
      '委员会否决了该计划。',
    );
    expect(scored).toMatchObject({ score: 80, base: 80, edits: 1, differences: ['text'] });
  });

  it('rounds down as OmegaT does: one word of three differing is 66', () => {
    expect(scoreMatch('open the file', 'close the file', 'x').score).toBe(66);
  });

  it('counts a word inserted against the longer text: 5 of 6 kept is 83', () => {
    expect(
      scoreMatch('The committee approved the new plan.', 'The committee approved the plan.', 'x')
        .score,
    ).toBe(83);
  });

  it('scores CJK text by character: one character more in nine is 88', () => {
    const scored = scoreMatch('推进一带一路建设', '推进一带一路的建设', 'x');
    expect(scored).toMatchObject({ score: 88, edits: 1 });
  });

  it('treats differing numbers as a 1-point difference and substitutes them in the target', () => {
    const scored = scoreMatch(
      'Sales rose 5% in 2019.',
      'Sales rose 7% in 2018.',
      '2018年销售额增长了7%。',
    );
    expect(scored).toMatchObject({
      score: 99,
      base: 100,
      differences: ['numbers'],
      target: '2019年销售额增长了5%。',
    });
    expect(scored.substitutions).toEqual([
      { from: '7', to: '5' },
      { from: '2018', to: '2019' },
    ]);
  });

  it('costs 2 points when a differing number is not in the target to substitute', () => {
    const scored = scoreMatch('It began in 2019.', 'It began in 2018.', '始于二〇一八年。');
    expect(scored).toMatchObject({ score: 98, target: '始于二〇一八年。', substitutions: [] });
  });

  it('keeps a number written with separators as one token', () => {
    const scored = scoreMatch('Pay 1,500.50 now', 'Pay 1,200.00 now', 'Zahlen Sie 1,200.00 jetzt');
    expect(scored).toMatchObject({ score: 99, target: 'Zahlen Sie 1,500.50 jetzt' });
  });

  it('counts a number that is missing as a content edit, not as a number difference', () => {
    // current: chapter, 3, covers, costs (4); stored: chapter, covers, costs (3): d = 1 → ⌊75⌋.
    expect(scoreMatch('Chapter 3 covers costs.', 'Chapter covers costs.', 'x')).toMatchObject({
      score: 75,
      differences: ['text'],
    });
  });

  it('penalises a case difference by one point', () => {
    expect(
      scoreMatch('the Belt and Road initiative', 'The belt and road Initiative', 'x'),
    ).toMatchObject({
      score: 99,
      differences: ['case'],
    });
  });

  it('penalises punctuation by one point', () => {
    expect(scoreMatch('Hello, world.', 'Hello world.', 'x')).toMatchObject({
      score: 99,
      differences: ['punctuation'],
    });
  });

  it('treats a full-width comma for a half-width one as punctuation', () => {
    expect(scoreMatch('你好，世界', '你好,世界', 'x').differences).toEqual(['punctuation']);
  });

  it('penalises white space alone by one point', () => {
    expect(scoreMatch('Hello  world.', 'Hello world.', 'x')).toMatchObject({
      score: 99,
      differences: ['whitespace'],
    });
    expect(scoreMatch('汉密尔顿 在 乔治', '汉密尔顿在乔治', 'x').differences).toEqual([
      'whitespace',
    ]);
  });

  it('adds one point per kind of difference: numbers, punctuation and case make 97', () => {
    const scored = scoreMatch(
      'In 2019, The Plan worked.',
      'In 2018 the plan worked.',
      '2018年计划奏效。',
    );
    expect(scored).toMatchObject({
      score: 97,
      differences: ['case', 'numbers', 'punctuation'],
      target: '2019年计划奏效。',
    });
  });

  it('penalises a kind of difference once, however many places have it', () => {
    expect(scoreMatch('A, b, c, d.', 'A b c d', 'x').score).toBe(99);
  });

  it('subtracts the penalties from a fuzzy base: 80 with a comma more is 79', () => {
    expect(
      scoreMatch('The committee approved, the plan.', 'The committee rejected the plan.', 'x')
        .score,
    ).toBe(79);
  });

  it('caps the penalties at 5, so near-exact differences alone stay at 95 or more', () => {
    expect(MATCH_PENALTIES.maxTotal).toBe(5);
    const scored = scoreMatch(
      '⟨1⟩In  2019, The plan⟨/1⟩',
      'In 2018 the plan',
      'nothing to substitute',
    );
    expect(scored.differences).toEqual(['case', 'numbers', 'punctuation', 'codes', 'whitespace']);
    expect(scored.score).toBe(95); // 2 + 1 + 1 + 1 + 1 = 6 points, capped at 5
  });

  it('penalises an inline code added or removed by one point', () => {
    expect(scoreMatch('Click ⟨1⟩Save⟨/1⟩ now.', 'Click Save now.', 'x')).toMatchObject({
      score: 99,
      differences: ['codes'],
    });
  });

  it('substitutes renumbered placeholders in the target', () => {
    const scored = scoreMatch(
      'Click ⟨2⟩Save⟨/2⟩ now.',
      'Click ⟨1⟩Save⟨/1⟩ now.',
      '点击⟨1⟩保存⟨/1⟩。',
    );
    expect(scored).toMatchObject({
      score: 99,
      target: '点击⟨2⟩保存⟨/2⟩。',
      differences: ['codes'],
    });
  });

  it('never gives a text that differs 100, even when every token agrees', () => {
    expect(scoreMatch('Hello world. ', 'Hello world.', 'x').score).toBe(99);
  });
});
