/** Errors follow their text when segments are split or merged. */
import { describe, expect, it } from 'vitest';
import {
  mergeErrors,
  restructureErrors,
  splitErrors,
} from '../../../../src/core/lqa/restructure.ts';
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

describe('restructureErrors', () => {
  const row = (id: string, text: string) => ({ id, text });
  const where = (errors: ReturnType<typeof restructureErrors>) =>
    errors.map((e) => [e.id, e.segmentId, e.span]);

  it('moves the errors of merged segments into the merged row, with their text', () => {
    const before = [row('s1', 'Fourty policies.'), row('s2', 'One belt.'), row('s3', 'Rest.')];
    const after = [row('s1', 'Fourty policies. One belt.'), row('s3', 'Rest.')];
    const errors = [
      lqaError('a', 's1', { span: { start: 0, end: 6 } }),
      lqaError('b', 's2', { span: { start: 4, end: 8 } }),
      lqaError('c', 's2'),
      lqaError('d', 's3', { span: { start: 0, end: 4 } }),
    ];
    expect(where(restructureErrors(errors, before, after))).toEqual([
      ['a', 's1', { start: 0, end: 6 }],
      ['b', 's1', { start: 21, end: 25 }],
      ['c', 's1', { start: 17, end: 26 }],
      ['d', 's3', { start: 0, end: 4 }],
    ]);
  });

  it('gives each error of a split segment to the part holding its span', () => {
    const before = [row('s1', 'Fourty policies. One belt.')];
    const after = [row('s1', 'Fourty policies.'), row('n1', 'One belt.')];
    const errors = [
      lqaError('a', 's1', { span: { start: 0, end: 6 } }),
      lqaError('b', 's1', { span: { start: 21, end: 25 } }),
      lqaError('c', 's1'),
    ];
    expect(where(restructureErrors(errors, before, after))).toEqual([
      ['a', 's1', { start: 0, end: 6 }],
      ['b', 'n1', { start: 4, end: 8 }],
      ['c', 's1', undefined],
    ]);
  });

  it('follows sentence rows made under new ids, and back to the paragraph', () => {
    const paragraph = [row('p1', 'One. Fourty two.')];
    const sentences = [row('n1', 'One.'), row('n2', 'Fourty two.')];
    const errors = [lqaError('a', 'p1', { span: { start: 5, end: 11 } })];
    const split = restructureErrors(errors, paragraph, sentences);
    expect(where(split)).toEqual([['a', 'n2', { start: 0, end: 6 }]]);
    expect(where(restructureErrors(split, sentences, paragraph))).toEqual([
      ['a', 'p1', { start: 5, end: 11 }],
    ]);
  });

  it('leaves an error alone when its segment kept its text, or its text is nowhere', () => {
    const errors = [lqaError('a', 's1', { span: { start: 0, end: 2 } })];
    expect(restructureErrors(errors, [row('s1', 'Hi')], [row('s1', 'Hi')])).toEqual(errors);
    expect(restructureErrors(errors, [row('s1', 'Hi')], [row('s2', 'Other')])).toEqual(errors);
  });
});
