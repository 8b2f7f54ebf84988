/** "Needs rework" (issue 15, deliverable 5): flags with the errors as reasons, grouped for the translator. */
import { describe, expect, it } from 'vitest';
import {
  clearRework,
  flagRework,
  reworkItems,
  reworkSegmentIds,
} from '../../../../src/core/lqa/rework.ts';
import { filterSegments, NO_FILTER } from '../../../../src/core/review/segment-filter.ts';
import { lqaError, lqaSegment } from '../../../support/lqa.ts';

const segments = [
  lqaSegment('s1', 'Fourty open policies', { text: 'Fourty open policy' }),
  lqaSegment('s2', 'one belt and one road'),
  lqaSegment('s3', 'fine'),
];
const errors = [
  lqaError('e2', 's1', { span: { start: 12, end: 18 }, categoryId: 'grammar', comment: 'Plural' }),
  lqaError('e1', 's1', { span: { start: 0, end: 6 }, categoryId: 'spelling' }),
  lqaError('e3', 's2', { categoryId: 'wrong-term' }),
];
const by = { by: 'Ann', at: 5 };

describe('flagRework', () => {
  it('flags a segment with all its errors as the reasons', () => {
    expect(flagRework([], 's1', errors, { ...by, note: ' Please recheck ' })).toEqual([
      { segmentId: 's1', errorIds: ['e2', 'e1'], note: 'Please recheck', by: 'Ann', at: 5 },
    ]);
  });

  it('keeps only the picked errors of that segment', () => {
    const [flag] = flagRework([], 's1', errors, { ...by, errorIds: ['e1', 'e3'] });
    expect(flag!.errorIds).toEqual(['e1']);
  });

  it('replaces an earlier flag of the segment, and clears it', () => {
    const flags = flagRework(flagRework([], 's1', errors, by), 's1', errors, { ...by, at: 9 });
    expect(flags.map((f) => f.at)).toEqual([9]);
    expect(clearRework(flags, 's1')).toEqual([]);
  });
});

describe('reworkItems', () => {
  it('groups the flagged segments in document order, reasons in text order with their text', () => {
    const flags = [...flagRework([], 's2', errors, by), ...flagRework([], 's1', errors, by)];
    const items = reworkItems(segments, flags, errors);
    expect(items.map((i) => [i.number, i.reasons.map((r) => [r.error.id, r.text])])).toEqual([
      [
        1,
        [
          ['e1', 'Fourty'],
          ['e2', 'policy'],
        ],
      ],
      [2, [['e3', 'one belt and one road']]],
    ]);
  });

  it('drops reasons whose error was deleted since', () => {
    const flags = flagRework([], 's1', errors, by);
    expect(
      reworkItems(segments, flags, errors.slice(1))[0]!.reasons.map((r) => r.error.id),
    ).toEqual(['e1']);
  });
});

describe('the "needs rework" filter', () => {
  it('shows only the flagged segments', () => {
    const rework = reworkSegmentIds(flagRework([], 's2', errors, by));
    expect(filterSegments(segments, { ...NO_FILTER, rework })).toEqual([1]);
  });
});
