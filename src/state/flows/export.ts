/**
 * Exports of the open project (built in the export worker) and its post-editing metrics.
 */
import type { ExportKind, ReportOptions } from '../../core/export/index.ts';
import { downloadName } from '../../core/export/file-name.ts';
import type { LqaNames } from '../../core/lqa/names.ts';
import { hasLqa } from '../../core/lqa/project-lqa.ts';
import type { ProjectMetrics } from '../../core/metrics/project-metrics.ts';
import type { Repository } from '../../core/project/repository.ts';
import type { QaContext } from '../../core/qa/index.ts';
import type { Exporter } from '../../jobs/export/protocol.ts';
import type { Download } from '../app-state.ts';
import { noticeFor } from '../notices.ts';
import type { Session } from '../session/session.ts';
import type { WritePipeline } from '../session/write-pipeline.ts';

/** Who the Word review copy names as the author of its changes; the report's language. */
export interface ExportOptions {
  readonly author?: string;
  readonly report?: ReportOptions;
  /** Names of LQA categories, severities and presets in the UI language (English by default). */
  readonly lqaNames?: LqaNames;
}

/** What exports need from QA: the context the checks run with, and the term rules as pairs. */
export interface QaSource {
  context(): QaContext;
  termPairs(): { from: string; to: string }[];
}

export class ExportFlow {
  constructor(
    private readonly session: Session,
    private readonly writes: Pick<WritePipeline, 'flush'>,
    private readonly repo: Pick<Repository, 'exportBackup'>,
    private readonly exporter: Exporter,
    private readonly qa: QaSource,
    private readonly now: () => number,
  ) {}

  /** Builds a download of the open project (any export kind; `json` is the lossless backup). */
  async exportAs(kind: ExportKind, options: ExportOptions = {}): Promise<Download | null> {
    await this.writes.flush();
    const project = this.session.state.project;
    if (!project) return null;
    try {
      if (kind === 'json') {
        // The repository's backup is exact: every stored revision as stored.
        const [backup, { serializeBackup }] = await Promise.all([
          this.repo.exportBackup(project.id),
          import('../../core/formats/backup/write.ts'),
        ]);
        return {
          fileName: downloadName(project.name, 'backup', 'verso.json'),
          mime: 'application/json',
          content: serializeBackup(backup),
        };
      }
      // The stored assessment goes with every export that carries one (issue 15, deliverable 4).
      const { lqa } = this.session.state;
      const assessment = hasLqa(lqa)
        ? { ...lqa, ...(options.lqaNames ? { names: options.lqaNames } : {}) }
        : undefined;
      const revisions =
        kind === 'report' ? (await this.repo.exportBackup(project.id)).revisions : undefined;
      const file = await this.exporter.export(kind, {
        meta: project,
        segments: this.session.state.segments,
        now: this.now(),
        // The report runs the checks on the final text itself (issue 11 item 3): findings of the
        // panel may be stale or absent.
        qa: this.qa.context(),
        terms: this.qa.termPairs(),
        ...(revisions ? { revisions } : {}),
        ...(options.author ? { author: options.author } : {}),
        ...(options.report ? { report: options.report } : {}),
        ...(assessment ? { lqa: assessment } : {}),
      }).promise;
      return { fileName: file.fileName, mime: file.mime, content: file.data };
    } catch (error) {
      this.session.update({ notice: noticeFor(error) });
      return null;
    }
  }

  /** Post-editing metrics of the open project (computed on demand; the code is loaded then too). */
  async metrics(): Promise<ProjectMetrics | null> {
    await this.writes.flush();
    const project = this.session.state.project;
    if (!project) return null;
    const [{ projectMetrics }, backup] = await Promise.all([
      import('../../core/metrics/project-metrics.ts'),
      this.repo.exportBackup(project.id),
    ]);
    return projectMetrics(this.session.state.segments, backup.revisions, this.qa.termPairs());
  }
}
