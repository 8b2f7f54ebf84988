/**
 * The server's CPU-heavy work, as pure functions of bytes (issue 14): run in a worker thread
 * (worker.ts, pool.ts) so a big share or a compaction never stalls the sync of other documents — for a
 * 20,000-segment project each takes a few hundred milliseconds to seconds.
 */
import { gzipSync } from 'node:zlib';
import * as Y from 'yjs';
import { parseBackup } from '../../core/formats/backup/read.ts';
import { VersoInputError } from '../../core/model/errors.ts';
import { assertSegmentLimits } from '../../core/model/limits.ts';
import { projectDocState } from '../../core/sync/project-doc.ts';
import { decodeText } from '../../core/text/decode.ts';

/**
 * Merges Yjs updates into one, applied to a scratch Y.Doc with garbage collection on, so text deleted
 * long ago no longer takes room (Y.mergeUpdates would keep it).
 */
export function mergeUpdatesNow(updates: readonly Uint8Array[]): Uint8Array {
  const doc = new Y.Doc({ gc: true });
  doc.transact(() => {
    for (const update of updates) Y.applyUpdate(doc, update);
  });
  const merged = Y.encodeStateAsUpdate(doc);
  doc.destroy();
  return merged;
}

/** A shared project ready to store, or why the upload was refused. */
export type PreparedProject =
  | {
      readonly ok: true;
      readonly name: string;
      /** The upload, compressed: the base snapshot. */
      readonly baseGzip: Uint8Array;
      readonly baseBytes: number;
      /** The seeded Y.Doc state (src/core/sync/project-doc.ts). */
      readonly state: Uint8Array;
    }
  | {
      readonly ok: false;
      readonly code: string;
      readonly params: Record<string, string | number>;
      readonly message: string;
    };

/**
 * Reads an uploaded backup as the app's own import does (encoding, backup format, segment limits), and
 * prepares what sharing stores.
 */
export function prepareProjectNow(upload: Uint8Array): PreparedProject {
  try {
    const backup = parseBackup(decodeText(upload, 'upload').text, 'upload');
    assertSegmentLimits(
      'upload',
      backup.segments.map((s) => [s.mt, s.text, s.source ?? '']),
    );
    return {
      ok: true,
      name: backup.project.name,
      baseGzip: new Uint8Array(gzipSync(upload)),
      baseBytes: upload.length,
      state: projectDocState(backup),
    };
  } catch (error) {
    if (!(error instanceof VersoInputError)) throw error;
    return { ok: false, code: error.code, params: { ...error.params }, message: error.message };
  }
}
