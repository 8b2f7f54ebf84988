/**
 * Exports of the open project (built in the export worker) and its post-editing metrics: the code
 * ExportFlow (export.ts) loads with the first export or metrics (issue 13: not in the first load).
 */
import { downloadName } from '../../core/export/file-name.ts';
import type { ExportKind } from '../../core/export/index.ts';
import { hasLqa } from '../../core/lqa/project-lqa.ts';
import type { ProjectMetrics } from '../../core/metrics/project-metrics.ts';
import type { Download } from '../app-state.ts';
import { noticeFor } from '../notices.ts';
import type { ExportDeps, ExportOptions } from './export.ts';

export class ExportRun {
  constructor(private readonly deps: ExportDeps) {}

  /** Builds a download of the open project (any export kind; `json` is the lossless backup). */
  async exportAs(kind: ExportKind, options: ExportOptions = {}): Promise<Download | null> {
    await this.deps.writes.flush();
    const project = this.deps.session.state.project;
    if (!project) return null;
    try {
      if (kind === 'json') {
        // The repository's backup is exact: every stored revision as stored.
        const [backup, { serializeBackup }] = await Promise.all([
          this.deps.repo.exportBackup(project.id),
          import('../../core/formats/backup/write.ts'),
        ]);
        return {
          fileName: downloadName(project.name, 'backup', 'verso.json'),
          mime: 'application/json',
          content: serializeBackup(backup),
        };
      }
      // The stored assessment goes with every export that carries one (issue 15, deliverable 4).
      const { lqa } = this.deps.session.state;
      const assessment = hasLqa(lqa)
        ? { ...lqa, ...(options.lqaNames ? { names: options.lqaNames } : {}) }
        : undefined;
      const revisions =
        kind === 'report' ? (await this.deps.repo.exportBackup(project.id)).revisions : undefined;
      const file = await this.deps.exporter.export(kind, {
        meta: project,
        segments: this.deps.session.state.segments,
        now: this.deps.now(),
        // The report runs the checks on the final text itself (issue 11 item 3): findings of the
        // panel may be stale or absent.
        qa: this.deps.qa.context(),
        terms: this.deps.qa.termPairs(),
        ...(revisions ? { revisions } : {}),
        ...(options.author ? { author: options.author } : {}),
        ...(options.report ? { report: options.report } : {}),
        ...(assessment ? { lqa: assessment } : {}),
      }).promise;
      return { fileName: file.fileName, mime: file.mime, content: file.data };
    } catch (error) {
      this.deps.session.update({ notice: noticeFor(error) });
      return null;
    }
  }

  /** Post-editing metrics of the open project (computed on demand; the code is loaded then too). */
  async metrics(): Promise<ProjectMetrics | null> {
    await this.deps.writes.flush();
    const project = this.deps.session.state.project;
    if (!project) return null;
    const [{ projectMetrics }, backup] = await Promise.all([
      import('../../core/metrics/project-metrics.ts'),
      this.deps.repo.exportBackup(project.id),
    ]);
    return projectMetrics(
      this.deps.session.state.segments,
      backup.revisions,
      this.deps.qa.termPairs(),
    );
  }
}
