/**
 * Exports of the open project (built in the export worker) and its post-editing metrics. The work is
 * in export-run.ts, loaded with the first export or metrics (issue 13: not in the first load).
 */
import type { ExportKind, ReportOptions } from '../../core/export/index.ts';
import type { LqaNames } from '../../core/lqa/names.ts';
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

/** What the flow is built with (wire.ts), handed as one to export-run.ts. */
export interface ExportDeps {
  readonly session: Session;
  readonly writes: Pick<WritePipeline, 'flush'>;
  readonly repo: Pick<Repository, 'exportBackup'>;
  readonly exporter: Exporter;
  readonly qa: QaSource;
  readonly now: () => number;
}

export class ExportFlow {
  readonly #deps: ExportDeps;
  #run: Promise<import('./export-run.ts').ExportRun> | undefined;

  constructor(
    session: Session,
    writes: Pick<WritePipeline, 'flush'>,
    repo: Pick<Repository, 'exportBackup'>,
    exporter: Exporter,
    qa: QaSource,
    now: () => number,
  ) {
    this.#deps = { session, writes, repo, exporter, qa, now };
  }

  /** Builds a download of the open project (any export kind; `json` is the lossless backup). */
  async exportAs(kind: ExportKind, options: ExportOptions = {}): Promise<Download | null> {
    let run;
    try {
      run = await this.#load();
    } catch (error) {
      this.#deps.session.update({ notice: noticeFor(error) });
      return null;
    }
    return run.exportAs(kind, options);
  }

  /** Post-editing metrics of the open project (computed on demand; the code is loaded then too). */
  async metrics(): Promise<ProjectMetrics | null> {
    return (await this.#load()).metrics();
  }

  #load(): Promise<import('./export-run.ts').ExportRun> {
    this.#run ??= import('./export-run.ts').then(
      ({ ExportRun }) => new ExportRun(this.#deps),
      (error: unknown) => {
        this.#run = undefined;
        throw error;
      },
    );
    return this.#run;
  }
}
