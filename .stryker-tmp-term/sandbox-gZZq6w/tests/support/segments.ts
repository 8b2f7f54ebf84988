// @ts-nocheck
import type { Segment } from '../../src/core/model/model.ts';

/** A bilingual row as the store holds it: status follows whether the text differs from the MT. */
export function segmentRow(id: string, source: string, mt: string, text = mt): Segment {
  return {
    id,
    source,
    mt,
    text,
    status: text === mt ? 'new' : 'edited',
    comments: [],
    revisionCount: 1,
    updatedAt: 0,
  };
}

/** Ids n1, n2, … for segments created by an operation. */
export function idCounter(): () => string {
  let n = 0;
  return () => `n${++n}`;
}
