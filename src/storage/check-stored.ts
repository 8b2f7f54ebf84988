/**
 * Checks a stored project as it is opened (issue 12 item 1): a damaged record, or legacy data stored
 * before the limits were checked (a 20,000,000-character segment, 150,000 segments), is refused with
 * `errors.projectDamaged` naming what is wrong, instead of freezing or breaking the page that shows it.
 */
import { VersoInputError } from '../core/model/errors.ts';
import { MAX_SEGMENTS, MAX_SEGMENT_CHARS } from '../core/model/limits.ts';
import type { StoredChunk, StoredSegment } from './schema.ts';

/** The segments of `chunks` in order, or `errors.projectDamaged` naming the first problem. */
export function checkedSegments(name: string, chunks: readonly StoredChunk[]): StoredSegment[] {
  const segments: StoredSegment[] = [];
  for (const chunk of chunks) {
    const list: unknown = chunk.segments;
    if (!Array.isArray(list)) throw damaged(name, `chunk ${chunk.index} holds no segment list`);
    for (const s of list as unknown[]) {
      const n = segments.length + 1;
      if (typeof s !== 'object' || s === null) throw damaged(name, `segment ${n} is not a record`);
      const { id, mt, text } = s as Partial<Record<keyof StoredSegment, unknown>>;
      if (typeof id !== 'string' || typeof mt !== 'string' || typeof text !== 'string')
        throw damaged(name, `segment ${n} lacks its id or texts`);
      const length = Math.max(mt.length, text.length);
      if (length > MAX_SEGMENT_CHARS)
        throw damaged(
          name,
          `segment ${n} is ${length} characters long (limit ${MAX_SEGMENT_CHARS})`,
        );
      segments.push(s as StoredSegment);
      if (segments.length > MAX_SEGMENTS) throw damaged(name, `more than ${MAX_SEGMENTS} segments`);
    }
  }
  return segments;
}

function damaged(name: string, problem: string): VersoInputError {
  return new VersoInputError(
    'errors.projectDamaged',
    { name, problem },
    `The stored project “${name}” is damaged: ${problem}.`,
  );
}
