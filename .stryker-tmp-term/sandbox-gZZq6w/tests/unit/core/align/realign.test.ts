// @ts-nocheck
import { describe, expect, it } from 'vitest';
import type { Segment } from '../../../../src/core/model/model.ts';
import { idCounter as ids, segmentRow } from '../../../support/segments.ts';

/** A row with an automatic link score, as imported rows have. */
function row(id: string, source: string, mt: string, text = mt): Segment {
  return { ...segmentRow(id, source, mt, text), alignScore: 0.9 };
}
import {
  joinText,
  mapOffset,
  mergeNext,
  mergeRows,
  shiftDown,
  shiftUp,
  splitAt,
} from '../../../../src/core/align/realign.ts';

const pairs = (segments: readonly Segment[]) => segments.map((s) => [s.source, s.mt]);

const doc = [
  row('s1', '第一段。', 'First paragraph.'),
  row('s2', '第二段。', 'Second paragraph, first half.'),
  row('s3', '第三段。', 'second half.'),
  row('s4', '', 'Third paragraph.'),
];

describe('joinText', () => {
  it('joins English with one space and Chinese with none', () => {
    expect(joinText('First half,', ' second half.')).toBe('First half, second half.');
    expect(joinText('第一句。', '第二句。')).toBe('第一句。第二句。');
    expect(joinText('', 'only')).toBe('only');
  });
});

describe('mapOffset', () => {
  it('maps a cursor in the correction to the same place in the MT', () => {
    const mt = 'The cat sat. The dog ran.';
    const text = 'A cat sat down. The dog ran.';
    expect(mt.slice(mapOffset(mt, text, text.indexOf('The dog')))).toBe('The dog ran.');
  });

  it('never cuts the MT inside a word', () => {
    const mt = 'alpha beta gamma';
    const at = mapOffset(mt, 'alpha beta gamma', 8);
    expect([6, 10]).toContain(at);
  });
});

describe('merge', () => {
  it('merges two target cells and moves the rest of the MT column up', () => {
    const { segments, changes } = mergeNext(doc, 1, 'target', ids(), 0);
    expect(pairs(segments)).toEqual([
      ['第一段。', 'First paragraph.'],
      ['第二段。', 'Second paragraph, first half. second half.'],
      ['第三段。', 'Third paragraph.'],
    ]);
    expect(segments[1]?.ancestors).toEqual(['s3']);
    expect(changes).toEqual([expect.objectContaining({ segmentId: 's2', origin: 'merge' })]);
  });

  it('merges two source cells without touching the MT column', () => {
    const { segments, changes } = mergeNext(doc, 1, 'source', ids(), 0);
    expect(pairs(segments).map(([s]) => s)).toEqual(['第一段。', '第二段。第三段。', '', '']);
    expect(changes).toEqual([]);
  });

  it('merges whole rows on both sides', () => {
    const { segments } = mergeRows(doc, 1, ids(), 0);
    expect(pairs(segments)[1]).toEqual([
      '第二段。第三段。',
      'Second paragraph, first half. second half.',
    ]);
    expect(segments).toHaveLength(3);
  });

  it('keeps the correction when merging, and marks the result edited', () => {
    const edited = [row('a', 'x', 'One.', 'One!'), row('b', 'y', 'Two.')];
    const { segments } = mergeNext(edited, 0, 'target', ids(), 0);
    expect(segments[0]).toMatchObject({ text: 'One! Two.', mt: 'One. Two.', status: 'edited' });
  });
});

describe('split', () => {
  it('splits the correction at the cursor and the MT at the matching word', () => {
    const one = [row('a', '甲。乙。', 'Alpha here. Beta there.', 'Alpha is here. Beta there.')];
    const cursor = 'Alpha is here. '.length;
    const { segments, changes } = splitAt(one, 0, 'target', cursor, ids(), 0);
    expect(segments.map((s) => [s.source, s.mt, s.text])).toEqual([
      ['甲。乙。', 'Alpha here.', 'Alpha is here.'],
      ['', 'Beta there.', 'Beta there.'],
    ]);
    expect(segments[1]).toMatchObject({ id: 'n1', ancestors: ['a'], status: 'new' });
    expect(changes.map((c) => c.origin)).toEqual(['split', 'split']);
  });

  it('splits a source cell and moves the source column below down', () => {
    const { segments } = splitAt(doc, 0, 'source', 2, ids(), 0);
    expect(pairs(segments).map(([s]) => s)).toEqual(['第一', '段。', '第二段。', '第三段。']);
  });

  it('does nothing when the cursor is at either end', () => {
    expect(splitAt(doc, 0, 'target', 0, ids(), 0).segments).toEqual(doc);
  });
});

describe('shift', () => {
  it('shifting the source down inserts an empty source cell (a 0-1 link)', () => {
    const { segments } = shiftDown(doc, 1, 'source', ids(), 0);
    expect(pairs(segments).map(([s]) => s)).toEqual(['第一段。', '', '第二段。', '第三段。']);
  });

  it('shifting the target down inserts an empty target and adds a row when needed', () => {
    const { segments } = shiftDown(doc.slice(0, 3), 0, 'target', ids(), 0);
    expect(pairs(segments)).toEqual([
      ['第一段。', ''],
      ['第二段。', 'First paragraph.'],
      ['第三段。', 'Second paragraph, first half.'],
      ['', 'second half.'],
    ]);
  });

  it('shifting up removes an empty cell above', () => {
    const shifted = shiftDown(doc, 1, 'source', ids(), 0).segments;
    expect(pairs(shiftUp(shifted, 2, 'source', ids(), 0).segments)).toEqual(pairs(doc));
  });

  it('shifting up into a filled cell merges them', () => {
    const { segments } = shiftUp(doc, 2, 'target', ids(), 0);
    expect(segments[1]?.mt).toBe('Second paragraph, first half. second half.');
  });

  it('keeps automatic link scores above the repair and drops them from there on', () => {
    const { segments } = shiftDown(doc, 2, 'source', ids(), 0);
    expect(segments.map((s) => s.alignScore)).toEqual([0.9, 0.9, undefined, undefined]);
  });
});
