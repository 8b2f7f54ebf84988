/**
 * How a project's segments are laid out in IndexedDB records: chunks of `CHUNK_SIZE` segments and the
 * project row (revisions: revision-records.ts). Pure functions, tested through the repository.
 */
import type { ProjectMeta, Segment } from '../core/model/model.ts';
import type { SegmentUpdate } from '../core/project/records.ts';
import { unknownSegment } from '../core/project/records.ts';
import { CHUNK_SIZE, PROJECT_RECORD_SCHEMA } from './schema.ts';
import type {
  DiskChunk,
  DiskSegment,
  StoredChunk,
  StoredProject,
  StoredSegment,
} from './schema.ts';

/** Splits `segments` (document order) into chunk records 0, 1, … of `CHUNK_SIZE` segments. */
export function toChunks(projectId: string, segments: readonly Segment[]): StoredChunk[] {
  const chunks: StoredChunk[] = [];
  for (let start = 0; start < segments.length; start += CHUNK_SIZE) {
    chunks.push({
      projectId,
      index: chunks.length,
      segments: segments.slice(start, start + CHUNK_SIZE),
    });
  }
  return chunks;
}

/** Segment id → index of the chunk holding it, so a save reads and rewrites only the chunks it touches. */
function chunkIndexOf(chunks: readonly StoredChunk[]): Map<string, number> {
  const map = new Map<string, number>();
  for (const chunk of chunks) {
    for (const segment of chunk.segments) map.set(segment.id, chunk.index);
  }
  return map;
}

/**
 * {@link chunkIndexOf}, made on first use: a project opens without it (on 20,000 segments, 20,000 map
 * entries and ≈ 13 ms before the first rows), its first save makes it.
 */
export function lazyChunkIndex(chunks: readonly StoredChunk[]): () => Map<string, number> {
  let index: Map<string, number> | undefined;
  let from: readonly StoredChunk[] | undefined = chunks;
  return () => {
    if (!index) {
      index = chunkIndexOf(from ?? []);
      from = undefined; // the chunks are not kept once the index is made
    }
    return index;
  };
}

/**
 * Copies of `chunks` with `updates` applied in order (a segment may be updated several times; each
 * update sees the previous one). Throws if a segment is not in the given chunks.
 */
export function rewriteChunks(
  projectId: string,
  chunks: readonly StoredChunk[],
  updates: readonly SegmentUpdate[],
): StoredChunk[] {
  const copies = chunks.map((chunk) => ({ ...chunk, segments: [...chunk.segments] }));
  const where = new Map<string, { segments: StoredSegment[]; position: number }>();
  for (const copy of copies) {
    copy.segments.forEach((segment, position) =>
      where.set(segment.id, { segments: copy.segments, position }),
    );
  }
  for (const { segmentId, apply } of updates) {
    const place = where.get(segmentId);
    const segment = place?.segments[place.position];
    if (!place || !segment) throw unknownSegment(projectId, segmentId);
    place.segments[place.position] = apply(segment);
  }
  return copies;
}

/** The project row for `meta` laid out in `chunkCount` chunks, written with `writeToken` (chunk-cache.ts). */
export function toProjectRow(
  meta: ProjectMeta,
  chunkCount: number,
  writeToken: string,
): StoredProject {
  return { ...meta, chunkCount, chunkSize: CHUNK_SIZE, schema: PROJECT_RECORD_SCHEMA, writeToken };
}

/**
 * The record of `chunk` as written (version 5 on): a segment whose text is still its MT is stored
 * without `text`. A fresh project is its MT, and most segments of one under review stay untouched, so
 * this halves what a chunk write serialises and a chunk read deserialises (issue 11: on the bench's
 * 20,000 paragraphs, 14 MB → 7 MB per read of the whole project).
 */
export function toDisk(chunk: StoredChunk): DiskChunk {
  return { ...chunk, segments: chunk.segments.map(toDiskSegment) };
}

function toDiskSegment(segment: StoredSegment): DiskSegment {
  if (segment.text !== segment.mt) return segment;
  const { text: _text, ...rest } = segment;
  return rest;
}

/**
 * The chunk as the repository holds it: `text` filled in from `mt` where the record left it out.
 * Works on the record just read, in place (it belongs to nobody else); anything malformed is left
 * as it is for `checkedSegments` to name.
 */
export function fromDisk(chunk: DiskChunk): StoredChunk;
export function fromDisk(chunk: DiskChunk | undefined): StoredChunk | undefined;
export function fromDisk(chunk: DiskChunk | undefined): StoredChunk | undefined {
  const list: unknown = chunk?.segments;
  if (Array.isArray(list)) {
    for (const segment of list as unknown[]) {
      if (typeof segment !== 'object' || segment === null) continue;
      const record = segment as { text?: unknown; mt?: unknown };
      if (record.text === undefined && typeof record.mt === 'string') record.text = record.mt;
    }
  }
  return chunk as StoredChunk | undefined;
}
