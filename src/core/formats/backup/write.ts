/**
 * Writing project backups (`*.verso.json`): lossless, every segment and every revision.
 */
import { BACKUP_FORMAT as FORMAT, backupLqaPart, backupSegmentOf, type Backup } from './model.ts';
import type { ProjectMeta, Revision, Segment } from '../../model/model.ts';
import type { ProjectLqa } from '../../lqa/project-lqa.ts';

/**
 * Builds the backup of a project: every segment and every revision (ordered by id, i.e. by time), and
 * its quality assessment when it has one (then as version 2, see BACKUP_VERSION).
 */
export function createBackup(
  meta: ProjectMeta,
  segments: readonly Segment[],
  revisions: readonly Revision[],
  exportedAt: number,
  lqa?: ProjectLqa,
): Backup {
  const { version, lqa: assessment } = backupLqaPart(lqa);
  return {
    format: FORMAT,
    version,
    exportedAt,
    project: {
      name: meta.name,
      fileName: meta.fileName,
      createdAt: meta.createdAt,
      updatedAt: meta.updatedAt,
      targetLang: meta.targetLang,
      ...(meta.sourceLang === undefined ? {} : { sourceLang: meta.sourceLang }),
      ...(meta.mode === undefined ? {} : { mode: meta.mode }),
      ...(meta.qa === undefined ? {} : { qa: meta.qa }),
    },
    segments: segments.map(backupSegmentOf),
    revisions: [...revisions]
      .sort((a, b) => a.id - b.id)
      .map((r) => ({
        id: r.id,
        segmentId: r.segmentId,
        text: r.text,
        status: r.status,
        origin: r.origin,
        createdAt: r.createdAt,
        ...(r.author ? { author: r.author } : {}),
      })),
    ...(assessment ? { lqa: assessment } : {}),
  };
}

/** Serializes a backup as JSON (one-space indent: readable, yet lean for 20,000-segment projects). */
export function serializeBackup(b: Backup): string {
  return `${JSON.stringify(b, null, 1)}\n`;
}
