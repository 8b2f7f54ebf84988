/** Errors follow their text when segments are split or merged. */
import { describe, expect, it } from 'vitest';
import { mergeErrors, splitErrors } from '../../../../src/core/lqa/restructure.ts';
import { lqaError } from '../../../support/lqa.ts';

// "Fourty policies. One belt." split into "Fourty policies." [0, 16) and "One belt." [17, 26).
const pieces = [
  { id: 's1', start: 0, end: 16 },
  { id: 's1b', start: 17, end: 26 },
];

describe('splitErrors', () => {
  it('moves each error to the piece its span starts in, shifted to that piece', () => {
    const errors = [
      lqaError('a', 's1', { span: { start: 0, end: 6 } }),
      lqaError('b', 's1', { span: { start: 17, end: 25 } }),
      lqaError('c', 's2', { span: { start: 0, end: 1 } }),
    ];
    expect(splitErrors(errors, 's1', pieces).map((e) => [e.id, e.segmentId, e.span])).toEqual([
      ['a', 's1', { start: 0, end: 6 }],
      ['b', 's1b', { start: 0, end: 8 }],
      ['c', 's2', { start: 0, end: 1 }],
    ]);
  });

  it('cuts a span that crossed the cut at its piece’s end', () => {
    const [e] = splitErrors([lqaError('a', 's1', { span: { start: 7, end: 22 } })], 's1', pieces);
    expect([e!.segmentId, e!.span]).toEqual(['s1', { start: 7, end: 16 }]);
  });

  it('keeps a whole-segment error whole, on the first piece', () => {
    const [e] = splitErrors([lqaError('a', 's1')], 's1', pieces);
    expect([e!.segmentId, e!.span]).toEqual(['s1', undefined]);
  });
});

describe('mergeErrors', () => {
  it('moves the parts’ errors into the merged segment, shifted; a whole-part error spans its text', () => {
    const errors = [
      lqaError('a', 's1', { span: { start: 0, end: 6 } }),
      lqaError('b', 's1b', { span: { start: 0, end: 3 } }),
      lqaError('c', 's1b'),
    ];
    const parts = [
      { id: 's1', offset: 0, length: 16 },
      { id: 's1b', offset: 17, length: 9 },
    ];
    expect(mergeErrors(errors, parts, 's1').map((e) => [e.id, e.segmentId, e.span])).toEqual([
      ['a', 's1', { start: 0, end: 6 }],
      ['b', 's1', { start: 17, end: 20 }],
      ['c', 's1', { start: 17, end: 26 }],
    ]);
  });
});
