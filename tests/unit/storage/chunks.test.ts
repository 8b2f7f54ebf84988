import { describe, expect, it } from 'vitest';
import { fromDisk, lazyChunkIndex, toChunks, toDisk } from '../../../src/storage/chunks.ts';
import { CHUNK_SIZE } from '../../../src/storage/schema.ts';
import { segment } from '../../support/export.ts';

describe('lazyChunkIndex', () => {
  it('finds the chunk of every segment, across chunk boundaries, and makes the index once', () => {
    const segments = Array.from({ length: CHUNK_SIZE * 2 + 3 }, (_, i) =>
      segment(`s${i}`, `t${i}`),
    );
    const index = lazyChunkIndex(toChunks('p', segments));
    const map = index();
    expect(map.size).toBe(segments.length);
    expect(map.get('s0')).toBe(0);
    expect(map.get(`s${CHUNK_SIZE - 1}`)).toBe(0);
    expect(map.get(`s${CHUNK_SIZE}`)).toBe(1);
    expect(map.get(`s${CHUNK_SIZE * 2 + 2}`)).toBe(2);
    expect(map.get('missing')).toBeUndefined();
    expect(index()).toBe(map);
  });
});

describe('toDisk / fromDisk', () => {
  const stored = (id: string, mt: string, text: string) => ({
    id,
    mt,
    text,
    status: 'new' as const,
    comments: [],
    revisionCount: 1,
    updatedAt: 1,
  });

  it('leaves out a text that is still the MT, keeps any other, and reads both back whole', () => {
    const chunk = {
      projectId: 'p',
      index: 0,
      segments: [
        stored('s1', 'Same', 'Same'),
        stored('s2', 'MT', 'Edited'),
        stored('s3', 'MT', ''),
      ],
    };
    const disk = toDisk(chunk);
    expect(disk.segments.map((s) => ('text' in s ? s.text : null))).toEqual([null, 'Edited', '']);
    // The chunk the repository holds is not changed by writing it.
    expect(chunk.segments[0]?.text).toBe('Same');
    // As IndexedDB hands it back: a structured clone.
    expect(fromDisk(structuredClone(disk))).toEqual(chunk);
  });

  it('leaves malformed records for the damage check to name', () => {
    const odd = { projectId: 'p', index: 0, segments: [null, 7, { id: 's1' }] };
    expect(fromDisk(structuredClone(odd) as never)).toEqual(odd);
    expect(fromDisk({ projectId: 'p', index: 1, segments: 'none' } as never)).toEqual({
      projectId: 'p',
      index: 1,
      segments: 'none',
    });
    expect(fromDisk(undefined)).toBeUndefined();
  });
});
