/**
 * The quality score (issue 15, deliverable 3) on worked examples written from the MQM scoring model:
 * OQS = 100 − APT × RWC ÷ EWC, APT = Σ type weight × severity multiplier (MQM Core: neutral 0,
 * minor 1, major 5, critical 25), RWC = 1,000, EWC = the evaluated words.
 */
import { describe, expect, it } from 'vitest';
import { lqaScore, roundScore } from '../../../../src/core/lqa/score.ts';
import { MQM_CORE_SCORECARD } from '../../../../src/core/lqa/presets.ts';
import type { LqaError } from '../../../../src/core/lqa/error.ts';
import type { Segment } from '../../../../src/core/model/model.ts';
import { lqaError, lqaSegment, reviewedSeed } from '../../../support/lqa.ts';

/** A text of exactly `n` words. */
const words = (n: number) => Array.from({ length: n }, (_, i) => `word${i}`).join(' ');

function score(
  segments: Segment[],
  errors: LqaError[],
  targetLang = 'en',
  scorecard = MQM_CORE_SCORECARD,
) {
  return lqaScore({ segments, errors, scorecard, targetLang });
}

describe('lqaScore', () => {
  it('gives 100 and a pass when no error was logged', () => {
    const result = score([lqaSegment('s1', words(250))], []);
    expect([result.score, result.passed, result.penaltyTotal, result.evaluatedWords]).toEqual([
      100,
      true,
      0,
      250,
    ]);
  });

  it('takes 50 points for one critical error in 500 words (25 × 1000 ÷ 500)', () => {
    const result = score(
      [lqaSegment('s1', words(500))],
      [lqaError('e1', 's1', { severityId: 'critical' })],
    );
    expect([result.penaltyTotal, result.normedPenalty, result.score, result.passed]).toEqual([
      25,
      50,
      50,
      false,
    ]);
  });

  it('leaves excluded segments out: neither their words nor their errors count', () => {
    const result = score(
      [lqaSegment('s1', words(200)), lqaSegment('s2', words(300), { status: 'excluded' })],
      [lqaError('e1', 's1'), lqaError('e2', 's2', { severityId: 'critical' })],
    );
    // 100 − 5 × 1000 ÷ 200
    expect([result.evaluatedWords, result.penaltyTotal, result.score]).toEqual([200, 5, 75]);
    expect(result.uncounted).toEqual([{ errorId: 'e2', reason: 'excluded' }]);
  });

  it('counts a Chinese target in characters at 1.5 per word, Latin words as words', () => {
    // 297 Han characters and 2 Latin words ("5G", "Dalian"): 2 + 297 ÷ 1.5 = 200 evaluated words.
    const text = `${'一带一路合作'.repeat(49)}发展中 5G Dalian。`;
    const result = score([lqaSegment('s1', text)], [lqaError('e1', 's1')], 'zh-CN');
    expect(result.wordBasis).toEqual({ unit: 'characters', charactersPerWord: 1.5 });
    expect([result.characters, result.evaluatedWords, result.score]).toEqual([297, 200, 75]);
  });

  it('rounds the score to two decimals: one minor error in 300 words is 96.67', () => {
    const result = score(
      [lqaSegment('s1', words(300))],
      [lqaError('e1', 's1', { severityId: 'minor' })],
    );
    expect(result.exactScore).toBeCloseTo(96.6667, 4);
    expect(result.score).toBe(96.67);
  });

  it('rounds half away from zero: one minor error in 320 words is 96.875 → 96.88', () => {
    const result = score(
      [lqaSegment('s1', words(320))],
      [lqaError('e1', 's1', { severityId: 'minor' })],
    );
    expect(result.score).toBe(96.88);
  });

  it('keeps counting an error whose text was deleted (detached)', () => {
    const result = score(
      [lqaSegment('s1', words(100))],
      [lqaError('e1', 's1', { span: { start: 3, end: 3 }, detached: true, severityId: 'minor' })],
    );
    expect([result.errorCount, result.penaltyTotal, result.score]).toEqual([1, 1, 90]);
  });

  it('lists a neutral error without taking points', () => {
    const result = score(
      [lqaSegment('s1', words(100))],
      [lqaError('e1', 's1', { severityId: 'neutral' })],
    );
    expect([
      result.errorCount,
      result.penaltyTotal,
      result.score,
      result.bySeverity.neutral,
    ]).toEqual([1, 0, 100, 1]);
  });

  it('passes a score equal to the threshold (10 points in 1,000 words is exactly 90)', () => {
    const result = score(
      [lqaSegment('s1', words(1000))],
      [lqaError('e1', 's1'), lqaError('e2', 's1')],
    );
    expect([result.score, result.passed]).toEqual([90, true]);
  });

  it('does not clip a score below zero: the translation fails by far', () => {
    const result = score(
      [lqaSegment('s1', words(100))],
      [lqaError('e1', 's1', { severityId: 'critical' })],
    );
    expect(result.score).toBe(-150);
  });

  it('multiplies by the category weight of a scorecard that sets one', () => {
    const weighted = {
      ...MQM_CORE_SCORECARD,
      categories: [{ id: 'accuracy', weight: 2, children: [{ id: 'mistranslation' }] }],
    };
    const result = score([lqaSegment('s1', words(1000))], [lqaError('e1', 's1')], 'en', weighted);
    expect([result.penaltyTotal, result.score]).toEqual([5, 95]);
    const direct = { ...weighted, categories: [{ id: 'mistranslation', weight: 2 }] };
    expect(score([lqaSegment('s1', words(1000))], [lqaError('e1', 's1')], 'en', direct).score).toBe(
      90,
    );
  });

  it('has no score without words to evaluate', () => {
    const result = score([lqaSegment('s1', words(10), { status: 'excluded' })], []);
    expect([result.score, result.passed, result.normedPenalty]).toEqual([null, null, null]);
  });

  it('counts the final text with its placeholders resolved, not their numbers', () => {
    const codes = [{ n: 1, kind: 'standalone' as const, element: 'ph', data: '<ph id="1"/>' }];
    const result = score([lqaSegment('s1', 'Press ⟨1/⟩ now', { codes })], []);
    expect(result.evaluatedWords).toBe(2);
  });

  it('tables the errors by category and severity, in the scorecard’s order', () => {
    const result = score(
      [lqaSegment('s1', words(100))],
      [
        lqaError('e1', 's1', { categoryId: 'spelling', severityId: 'minor' }),
        lqaError('e2', 's1', { categoryId: 'wrong-term' }),
        lqaError('e3', 's1', { categoryId: 'wrong-term', severityId: 'critical' }),
      ],
    );
    expect(
      result.rows.map((r) => [
        r.path.join('/'),
        r.counts.major,
        r.counts.critical,
        r.counts.minor,
        r.penalty,
      ]),
    ).toEqual([
      ['terminology/wrong-term', 1, 1, 0, 30],
      ['linguistic-conventions/spelling', 0, 0, 1, 1],
    ]);
  });

  it('does not count an error of a severity the scorecard no longer has, and says so', () => {
    const result = score(
      [lqaSegment('s1', words(100))],
      [lqaError('e1', 's1', { severityId: 'blocker' })],
    );
    expect([result.errorCount, result.uncounted]).toEqual([
      0,
      [{ errorId: 'e1', reason: 'unknown-severity' }],
    ]);
  });

  it('scores the reviewed seed at 51.89, a fail (the closing note’s worked example)', () => {
    // The errors a reviewer logs on the seed: "one belt and one road/way" → Belt and Road in each of
    // the 9 segments where it occurs (Terminology/Wrong term, major), "Fourty" (Linguistic
    // conventions/Spelling, minor), "double-attraction and double-attraction" and the calque
    // "community of human destiny" (Accuracy/Mistranslation, major); the 3 boilerplate paragraphs
    // excluded. APT = 9 × 5 + 1 + 2 × 5 = 56; EWC = 1,164 words of the final text;
    // NPT = 56 × 1000 ÷ 1164 = 48.11; OQS = 100 − 48.11 = 51.89 < 90.
    const { segments, errors } = reviewedSeed();
    const result = score(segments, errors);
    expect(errors.filter((e) => e.categoryId === 'wrong-term').map((e) => e.segmentId)).toEqual([
      's4',
      's5',
      's6',
      's7',
      's9',
      's14',
      's16',
      's18',
      's19',
    ]);
    expect(result.bySeverity).toEqual({ neutral: 0, minor: 1, major: 11, critical: 0 });
    expect([result.penaltyTotal, result.evaluatedWords, result.score, result.passed]).toEqual([
      56,
      1164,
      51.89,
      false,
    ]);
  });
});

describe('roundScore', () => {
  it('rounds a value stored just below a half up, as it is written (1.005 → 1.01)', () => {
    expect(roundScore(1.005)).toBe(1.01);
    expect(roundScore(96.665)).toBe(96.67);
  });

  it('never gives −0', () => {
    expect(Object.is(roundScore(-0.001), 0)).toBe(true);
  });
});
