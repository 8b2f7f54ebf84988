import { describe, expect, it } from 'vitest';
import {
  SEGMENT_STATUSES,
  statusAfterEdit,
  statusOfPiece,
  type SegmentStatus,
} from '../../../../src/core/model/model.ts';

const MT = 'the MT';

describe('statusAfterEdit (a change to the text of a segment)', () => {
  it.each<[SegmentStatus, SegmentStatus]>([
    ['new', 'edited'],
    ['edited', 'edited'],
    ['reviewed', 'edited'],
    ['approved', 'edited'],
    ['rejected', 'edited'],
    ['excluded', 'excluded'],
  ])('turns a %s segment whose text now differs from the MT into %s', (previous, expected) => {
    expect(statusAfterEdit(previous, 'a correction', MT, 'the old text')).toBe(expected);
  });

  it.each<[SegmentStatus, SegmentStatus]>([
    ['new', 'new'],
    ['edited', 'new'],
    ['reviewed', 'new'],
    ['approved', 'new'],
    ['rejected', 'new'],
    ['excluded', 'excluded'],
  ])('turns a %s segment whose text is the MT again into %s', (previous, expected) => {
    expect(statusAfterEdit(previous, MT, MT, 'a correction')).toBe(expected);
  });

  it.each(SEGMENT_STATUSES)('keeps a %s segment when its text did not change', (previous) => {
    expect(statusAfterEdit(previous, 'same', MT, 'same')).toBe(previous);
  });

  it('takes the text as changed when the caller does not pass the text before', () => {
    expect(statusAfterEdit('reviewed', 'a correction', MT)).toBe('edited');
    expect(statusAfterEdit('approved', MT, MT)).toBe('new');
  });
});

describe('statusOfPiece (split, merge, sentence rows: the wording is not changed)', () => {
  it.each<SegmentStatus>(['reviewed', 'approved', 'rejected', 'excluded'])(
    'carries a %s verdict over to the piece',
    (previous) => {
      expect(statusOfPiece(previous, 'a correction', MT)).toBe(previous);
    },
  );

  it('makes a new or edited piece edited when it differs from its MT, new when it does not', () => {
    expect(statusOfPiece('new', 'a correction', MT)).toBe('edited');
    expect(statusOfPiece('edited', MT, MT)).toBe('new');
    expect(statusOfPiece('edited', 'a correction', MT)).toBe('edited');
    expect(statusOfPiece('new', MT, MT)).toBe('new');
  });
});
